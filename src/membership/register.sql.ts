/**
 * "Member status on day D" written once in SQL, the twin of statusOn() in member-lifecycle.rules.ts (an
 * equivalence test, test/membership/status-on.e2e-spec.ts, checks the two agree). Other modules read the register
 * on a day through this builder, never through their own query on members and member_transitions.
 */

/** SQL expressions (placeholders such as '$1::uuid', or column references) naming what to read. */
export interface StatusOnRefs {
  /** The cooperative (uuid). */
  cooperativeId: string;
  /** Day D (date). */
  date: string;
  /** Optionally only these members (a uuid[] expression), narrowed inside the scans too. */
  members?: string;
}

/**
 * A relation `(member_id uuid, cooperative_id uuid, first_admitted_on date, status text)`: every record of the
 * cooperative with a transition effective on or before D, and the status its last one (in recorded order) left it in; records with none (applications not yet
 * decided on D) are left out, as statusOn() answers null for them. Effective dates never decrease along a history
 * and a member's status is the to_status of its last transition (membership.invariants.ts), so a record with no
 * transition dated after D is in its current status: only the few with one (recent or future-dated changes) need
 * their past looked up. No sort of the whole history at a million members (as governance/electorate.sql.ts).
 */
export function statusOnSql({ cooperativeId: coop, date: day, members }: StatusOnRefs): string {
  const onlyMember = members === undefined ? '' : ` AND sm.id = ANY(${members})`;
  const onlyLater = members === undefined ? '' : ` AND sl.member_id = ANY(${members})`;
  return `SELECT sm.id AS member_id, sm.cooperative_id, sm.first_admitted_on,
                 CASE WHEN sc.member_id IS NULL THEN sm.status ELSE sc.status END AS status
      FROM members sm
      LEFT JOIN (
        SELECT sl.member_id,
               (SELECT st.to_status FROM member_transitions st
                 WHERE st.cooperative_id = ${coop} AND st.member_id = sl.member_id AND st.effective_date <= ${day}
                 ORDER BY st.id DESC LIMIT 1) AS status
          FROM member_transitions sl
         WHERE sl.cooperative_id = ${coop} AND sl.effective_date > ${day}${onlyLater}
         GROUP BY sl.member_id
      ) sc ON sc.member_id = sm.id
     WHERE sm.cooperative_id = ${coop}${onlyMember}
       AND CASE WHEN sc.member_id IS NULL
                THEN sm.status <> 'applicant'
                  OR EXISTS (SELECT 1 FROM member_transitions se
                              WHERE se.cooperative_id = sm.cooperative_id AND se.member_id = sm.id)
                ELSE sc.status IS NOT NULL END`;
}

/**
 * A scalar SQL expression: the effective date of member `member`'s last admission on or before D (the admission that
 * opened the membership period covering D; a rejoined member counts from the new one), null when none.
 */
export function lastAdmissionOnSql(refs: { cooperativeId: string; date: string; member: string }): string {
  return `(SELECT max(a.effective_date) FROM member_transitions a
            WHERE a.cooperative_id = ${refs.cooperativeId} AND a.member_id = ${refs.member}
              AND a.action = 'admit' AND a.effective_date <= ${refs.date})`;
}
