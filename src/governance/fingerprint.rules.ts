/** The electorate fingerprint (pure): published with a ballot so anyone can check the frozen roll. */
import { createHash, type Hash } from 'node:crypto';
import { BallotRuleError } from './tally.rules.js';

/**
 * Incremental electorate fingerprint, for rolls streamed from a cursor. The recipe (so anyone can recompute it):
 * the member ids, sorted ascending by JavaScript string comparison (UTF-16 code units; for ASCII ids such as UUIDs
 * this is byte order, i.e. PostgreSQL `ORDER BY id::text COLLATE "C"`), joined by a single '\n' with no trailing
 * newline, UTF-8 encoded, hashed with SHA-256, written as 64 lowercase hex digits. An empty electorate hashes the
 * empty string (e3b0c442...b855). Shell, one id a line: `printf '%s' "$(LC_ALL=C sort ids.txt)" | sha256sum`.
 * Ids must be non-empty, contain no '\n', and come strictly ascending (which also rules out duplicates), else
 * INVALID_ELECTORATE: the builder checks the order instead of sorting, so a caller that sorted differently (another
 * collation) finds out rather than publishing a fingerprint nobody can reproduce.
 */
export class ElectorateFingerprint {
  private readonly hash: Hash = createHash('sha256');
  private previous: string | null = null;
  private count = 0;

  add(memberId: string): this {
    if (typeof memberId !== 'string' || memberId === '' || memberId.includes('\n')) {
      throw new BallotRuleError('INVALID_ELECTORATE', 'A member id must be a non-empty string without newlines.');
    }
    if (this.previous !== null && !(this.previous < memberId)) {
      throw new BallotRuleError(
        'INVALID_ELECTORATE',
        `Member ids must be sorted ascending and distinct ('${this.previous}' then '${memberId}').`,
      );
    }
    this.hash.update(this.count === 0 ? memberId : `\n${memberId}`, 'utf8');
    this.previous = memberId;
    this.count++;
    return this;
  }

  /** The number of ids added. */
  get size(): number {
    return this.count;
  }

  /** The fingerprint: 64 lowercase hex digits. The builder cannot be used afterwards. */
  digest(): string {
    return this.hash.digest('hex');
  }
}

/** The fingerprint of a frozen electorate whose member ids the caller has sorted (see ElectorateFingerprint). */
export function electorateFingerprint(sortedMemberIds: readonly string[]): string {
  const fingerprint = new ElectorateFingerprint();
  for (const id of sortedMemberIds) fingerprint.add(id);
  return fingerprint.digest();
}
