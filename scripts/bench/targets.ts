/**
 * The targets of ../shared/QUALITY.md ("Targets" table), each with the scenario that measures it. A target no figure
 * of the run answers (its scenario was not selected) is listed as not measured, never as passed.
 */
export type TargetId =
  | 'cast-vote'
  | 'event-delivery'
  | 'read-member'
  | 'open-ballot'
  | 'tally'
  | 'surplus-distribution'
  | 'export-register'
  | 'cold-start-embedded'
  | 'test-suite';

export interface Target {
  id: TargetId;
  /** The "what" column of QUALITY.md. */
  what: string;
  /** The "target" column of QUALITY.md. */
  text: string;
  /** What measures it, shown when the run did not. */
  needs: string;
}

export const TARGETS: readonly Target[] = [
  {
    id: 'cast-vote',
    what: 'cast a vote over HTTP (auth, eligibility check, insert), 64 concurrent clients',
    text: '>= 30% of the raw insert baseline, p99 < 50 ms',
    needs: 'scenario cast-vote',
  },
  {
    id: 'event-delivery',
    what: 'event delivery lag under the vote load',
    text: 'p99 < 2 s from commit to a local receiver',
    needs: 'scenario events',
  },
  {
    id: 'read-member',
    what: 'read one member / list a page of 50 from a 1,000,000-member register',
    text: 'p99 < 20 ms; keyset pagination, no OFFSET scans',
    needs: 'scenario read-member',
  },
  {
    id: 'open-ballot',
    what: 'open a ballot for 1,000,000 eligible members (freeze the roll)',
    text: '< 10 s, set-based',
    needs: 'scenario open-ballot',
  },
  {
    id: 'tally',
    what: 'tally a closed ballot of 1,000,000 votes',
    text: '< 2 s',
    needs: 'scenario tally',
  },
  {
    id: 'surplus-distribution',
    what: 'compute and execute a surplus distribution for 1,000,000 members',
    text: '< 60 s, exact to the cent, memory flat',
    needs: 'scenario surplus-distribution',
  },
  {
    id: 'export-register',
    what: 'export the register of 1,000,000 members as CSV',
    text: 'streamed; < 30 s; API process RSS stays < 300 MB',
    needs: 'scenario export-register',
  },
  {
    id: 'cold-start-embedded',
    what: 'cold start with the embedded database (existing data dir)',
    text: '< 5 s to first healthy response',
    needs: 'scenario cold-start',
  },
  {
    id: 'test-suite',
    what: 'the whole test suite (`npm test`) on this machine',
    text: '< 6 minutes',
    needs: 'not a benchmark scenario: time `npm test` itself',
  },
];

/** A check of one figure against (one clause of) a target: PASS when `pass(value)` holds. */
export interface TargetCheck {
  target: TargetId;
  /** The clause this figure answers, e.g. "< 5 s". */
  clause: string;
  pass(value: number): boolean;
}

export const below = (target: TargetId, clause: string, limit: number): TargetCheck => ({
  target,
  clause,
  pass: (value) => value < limit,
});

export const atLeast = (target: TargetId, clause: string, limit: number): TargetCheck => ({
  target,
  clause,
  pass: (value) => value >= limit,
});
