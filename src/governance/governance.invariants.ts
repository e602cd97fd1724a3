/**
 * Governance invariants: each SQL returns the rows that break the rule (none = it holds). Shaped as the reliability
 * registry expects (src/<module>/<module>.invariants.ts exporting `invariants`), runnable by any test meanwhile.
 */
import { FINGERPRINT_SQL } from './electorate.sql.js';
import { RECEIPT_BYTES } from './governance.rules.js';
import { memberDirectorySql } from '../membership/member-directory.sql.js';

export interface GovernanceInvariant {
  name: string;
  description: string;
  sql: string;
}

export const invariants: GovernanceInvariant[] = [
  {
    name: 'governance.one-counted-vote-per-member',
    description: 'At most one participation per member per ballot.',
    sql: `SELECT cooperative_id, ballot_id, member_id, count(*) AS participations FROM ballot_participations
           GROUP BY cooperative_id, ballot_id, member_id HAVING count(*) > 1`,
  },
  {
    name: 'governance.participation-on-the-roll',
    description: 'Every participation belongs to a member of the frozen roll of its ballot.',
    sql: `SELECT p.cooperative_id, p.ballot_id, p.member_id FROM ballot_participations p
           WHERE NOT EXISTS (SELECT 1 FROM ballot_electorate e
                              WHERE e.cooperative_id = p.cooperative_id AND e.ballot_id = p.ballot_id
                                AND e.member_id = p.member_id)`,
  },
  {
    name: 'governance.secret-content-equals-participation',
    description:
      'A secret ballot has exactly as many contents (published choices, sealed votes and unsealed ones) as ' +
      'participations, as many published receipts as published choices, no roll-call votes, and no sealed or ' +
      'unsealed vote once closed.',
    sql: `SELECT b.id AS ballot_id, p.n AS participations, c.n AS choices, r.n AS receipts, s.n AS sealed,
                 u.n AS unsealed, v.n AS roll_call_votes
            FROM ballots b
            CROSS JOIN LATERAL (SELECT count(*) AS n FROM ballot_participations x
                                 WHERE x.cooperative_id = b.cooperative_id AND x.ballot_id = b.id) p
            CROSS JOIN LATERAL (SELECT coalesce(sum(json_array_length(x.selections)), 0) AS n
                                  FROM ballot_published_choices x
                                 WHERE x.cooperative_id = b.cooperative_id AND x.ballot_id = b.id) c
            CROSS JOIN LATERAL (SELECT coalesce(sum(length(x.receipts) / ${RECEIPT_BYTES}), 0) AS n
                                  FROM ballot_published_receipts x
                                 WHERE x.cooperative_id = b.cooperative_id AND x.ballot_id = b.id) r
            CROSS JOIN LATERAL (SELECT count(*) AS n FROM ballot_sealed_votes x
                                 WHERE x.cooperative_id = b.cooperative_id AND x.ballot_id = b.id) s
            CROSS JOIN LATERAL (SELECT count(*) AS n FROM ballot_unsealed_votes x
                                 WHERE x.cooperative_id = b.cooperative_id AND x.ballot_id = b.id) u
            CROSS JOIN LATERAL (SELECT count(*) AS n FROM ballot_roll_call_votes x
                                 WHERE x.cooperative_id = b.cooperative_id AND x.ballot_id = b.id) v
           WHERE b.secret AND (p.n <> c.n + s.n + u.n OR r.n <> c.n OR v.n <> 0
                               OR (b.status <> 'open' AND s.n + u.n <> 0))`,
  },
  {
    name: 'governance.open-votes-equal-participation',
    description: 'An open ballot has one current roll-call vote per participation, and no secret content.',
    sql: `SELECT b.id AS ballot_id, p.member_id, (v.member_id IS NULL) AS vote_missing
            FROM ballots b
            JOIN ballot_participations p ON p.cooperative_id = b.cooperative_id AND p.ballot_id = b.id
            LEFT JOIN ballot_roll_call_votes v
              ON v.cooperative_id = p.cooperative_id AND v.ballot_id = p.ballot_id AND v.member_id = p.member_id
           WHERE NOT b.secret AND v.member_id IS NULL
          UNION ALL
          SELECT b.id, NULL, false FROM ballots b
           WHERE NOT b.secret AND (EXISTS (SELECT 1 FROM ballot_published_choices c
                                            WHERE c.cooperative_id = b.cooperative_id AND c.ballot_id = b.id)
                                OR EXISTS (SELECT 1 FROM ballot_sealed_votes c
                                            WHERE c.cooperative_id = b.cooperative_id AND c.ballot_id = b.id))`,
  },
  {
    name: 'governance.vote-history-explains-current-vote',
    description: "An open ballot's current vote is the last entry of its history, and its version the entry count.",
    sql: `SELECT v.ballot_id, v.member_id, v.version, h.n AS history_entries
            FROM ballot_roll_call_votes v
            CROSS JOIN LATERAL (
              SELECT count(*) AS n,
                     (array_agg(x.selection ORDER BY x.id DESC))[1] AS last
                FROM ballot_vote_history x
               WHERE x.cooperative_id = v.cooperative_id AND x.ballot_id = v.ballot_id AND x.member_id = v.member_id
            ) h
           WHERE h.n <> v.version OR h.last IS DISTINCT FROM v.selection`,
  },
  {
    name: 'governance.roll-matches-ballot',
    description: 'A ballot past draft has as many roll entries as its electorate size, and the roll its fingerprint.',
    sql: `SELECT b.id AS ballot_id, b.electorate_size, r.size, b.electorate_fingerprint, r.fingerprint
            FROM ballots b
            CROSS JOIN LATERAL (
              SELECT count(*)::int AS size, ${FINGERPRINT_SQL} AS fingerprint FROM ballot_electorate e
               WHERE e.cooperative_id = b.cooperative_id AND e.ballot_id = b.id
            ) r
           WHERE b.status <> 'draft'
             AND (b.electorate_size IS DISTINCT FROM r.size OR b.electorate_fingerprint IS DISTINCT FROM r.fingerprint)`,
  },
  {
    name: 'governance.roll-names-members',
    description: 'Every roll entry is a member of the same cooperative.',
    // A LATERAL join keeps the hash anti-join a correlated NOT EXISTS over the directory would lose.
    sql: `SELECT e.cooperative_id, e.ballot_id, e.member_id FROM ballot_electorate e
            LEFT JOIN LATERAL (${memberDirectorySql('e.cooperative_id')}) m ON m.id = e.member_id
           WHERE m.id IS NULL
              OR NOT EXISTS (SELECT 1 FROM ballots b WHERE b.cooperative_id = e.cooperative_id AND b.id = e.ballot_id)`,
  },
  {
    name: 'governance.result-matches-stored-votes',
    description: "A closed or published electronic or roll-call ballot's result counts exactly its participations.",
    sql: `SELECT b.id AS ballot_id, (b.result ->> 'participants')::int AS result_participants, p.n AS participations
            FROM ballots b
            CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM ballot_participations x
                                 WHERE x.cooperative_id = b.cooperative_id AND x.ballot_id = b.id) p
           WHERE b.status IN ('closed', 'published') AND b.in_assembly_method IS DISTINCT FROM 'counts'
             AND (b.result IS NULL OR (b.result ->> 'participants')::int <> p.n)`,
  },
  {
    name: 'governance.proxy-used-by-its-holder',
    description: 'A participation by proxy names a proxy of that member, held by the member who cast it, marked used.',
    sql: `SELECT p.ballot_id, p.member_id, p.proxy_id FROM ballot_participations p
            LEFT JOIN proxies x ON x.cooperative_id = p.cooperative_id AND x.id = p.proxy_id
           WHERE p.via = 'proxy'
             AND (x.id IS NULL OR x.grantor_member_id <> p.member_id OR x.holder_member_id <> p.cast_by_member_id
                  OR NOT x.used OR x.revoked_at IS NOT NULL)`,
  },
];
