/**
 * Membership invariants (see src/database/invariant.ts). The status on a day (register.sql.ts) and the electorate
 * (governance/electorate.sql.ts) rely on the first: a member's status is where their last recorded transition left
 * them.
 */
import type { Invariant } from '../database/invariant.js';

export const invariants: Invariant[] = [
  {
    name: 'membership.status-is-last-transition',
    description: 'A member with transitions has the status their last transition (in recorded order) leads to.',
    sql: `SELECT m.cooperative_id, m.id AS member_id, m.status, last.to_status
            FROM members m
            JOIN (SELECT DISTINCT ON (cooperative_id, member_id) cooperative_id, member_id, to_status
                    FROM member_transitions ORDER BY cooperative_id, member_id, id DESC) last
              ON last.cooperative_id = m.cooperative_id AND last.member_id = m.id
           WHERE m.status <> last.to_status`,
  },
  {
    name: 'membership.numbers-within-counter',
    description: 'Every member number is at most the cooperative’s counter (the next admission never reuses one).',
    sql: `SELECT m.cooperative_id, max(m.member_number) AS highest, c.last_number
            FROM members m LEFT JOIN member_number_counters c ON c.cooperative_id = m.cooperative_id
           WHERE m.member_number IS NOT NULL
           GROUP BY m.cooperative_id, c.last_number
          HAVING c.last_number IS NULL OR max(m.member_number) > c.last_number`,
  },
];
