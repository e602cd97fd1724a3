/**
 * The two statements of a member's first vote for themself (VoteService.castOwnFirstVote), named so that the bench's
 * vote-transaction limit runs exactly them (scripts/bench/vote-limit.ts).
 */
import { auditCtesSql } from '../audit/audit.sql.js';
import { memberDirectorySql } from '../membership/member-directory.sql.js';

/**
 * The ballot ($1 cooperative, $2 ballot), the caller's member record ($3 user id) and whether it is on the frozen
 * roll.
 */
export const OWN_VOTE_READ_SQL = `
  SELECT b.id, b.kind, b.mode, b.in_assembly_method, b.secret, b.options, b.seats, b.status, b.opens_at,
         b.closes_at, b.assembly_id, b.seal_key_check, b.seal_scheme, now() AS now, m.id AS voter,
         EXISTS (SELECT 1 FROM ballot_electorate e
                  WHERE e.cooperative_id = b.cooperative_id AND e.ballot_id = b.id AND e.member_id = m.id) AS on_roll
    FROM ballots b LEFT JOIN (${memberDirectorySql('$1')}) m ON m.user_id = $3
   WHERE b.cooperative_id = $1 AND b.id = $2`;

/**
 * Takes the ballot's FOR KEY SHARE lock only if voting is open at that instant and writes the participation ($3
 * member), the sealed content ($5, secret ballots) or the open vote and its history ($4), the audit entry and its
 * event ($6...: AuditService.values); answers how many votes it cast (0: the transactional path decides).
 */
export const OWN_FIRST_VOTE_SQL = `
  WITH open AS (
      SELECT id FROM ballots
       WHERE cooperative_id = $1 AND id = $2 AND status = 'open'
         AND (opens_at IS NULL OR opens_at <= now()) AND (closes_at IS NULL OR closes_at > now())
       FOR KEY SHARE
    ), vote AS (
      INSERT INTO ballot_participations (cooperative_id, ballot_id, member_id, via, cast_by_member_id)
      SELECT $1, id, $3, 'self', $3 FROM open
      ON CONFLICT DO NOTHING RETURNING member_id
    ), sealed_vote AS (
      INSERT INTO ballot_sealed_votes (id, cooperative_id, ballot_id, sealed)
      SELECT gen_random_uuid(), $1, $2, $5::bytea FROM vote WHERE $5::bytea IS NOT NULL
    ), open_vote AS (
      INSERT INTO ballot_roll_call_votes (cooperative_id, ballot_id, member_id, selection, version)
      SELECT $1, $2, member_id, $4::jsonb, 1 FROM vote WHERE $5::bytea IS NULL
    ), history AS (
      INSERT INTO ballot_vote_history (cooperative_id, ballot_id, member_id, selection, via, cast_by_member_id)
      SELECT $1, $2, member_id, $4::jsonb, 'self', member_id FROM vote WHERE $5::bytea IS NULL
    ), ${auditCtesSql(6, 'vote')}
    SELECT count(*)::int AS cast FROM vote`;
