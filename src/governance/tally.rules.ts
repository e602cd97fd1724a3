/**
 * Ballot rules: what a voter may select and how counts become a result. Pure and
 * exact: integer (BigInt) arithmetic for every ratio, no floats, no randomness.
 *
 * - Participants are the counted ballots: every yes/no/abstain, every choice ballot (an explicit abstention
 *   included), every election ballot (a blank one, marking no candidate, included).
 * - Quorum: participants >= quorum % of the frozen electorate, tested as participants x 100 x 10^s >= P x electorate
 *   for a percent P / 10^s (so '33.33' is exact), or participants >= an absolute number, or no quorum. A ballot that
 *   misses quorum is 'failed_quorum' whatever its votes.
 * - Motion majorities: simple: yes > no; two_thirds: 3 x yes >= 2 x (yes + no) with yes + no > 0; absolute:
 *   2 x yes > electorate. Abstentions never count as yes or no, so under an absolute majority they weigh like no.
 * - Choice (one of N): the option with the most votes wins (plurality); equal top counts are a 'tie' listing every
 *   tied option; when no option has a vote, 'no_votes'. Abstaining is allowed (selection null): it counts for
 *   quorum only, because nobody can be forced to pick.
 * - Election (up to k of N): the k candidates with the most votes, but a candidate needs at least one vote (seats
 *   nobody voted for stay vacant). When the k-th and (k+1)-th candidates have equal votes: `elected` = those
 *   strictly above that count, `tied` = every candidate with that count, `seatsInTie` = seats left to fill.
 * - Ties are reported, never broken by the server. Rankings list votes descending, then the ballot's own option
 *   order, so results are deterministic.
 * - Electorate fingerprint: fingerprint.rules.ts.
 */
import { GovernanceError, type GovernanceErrorCode } from './governance.errors.js';

export const BALLOT_KINDS = ['motion', 'choice', 'election'] as const;
export type BallotKind = (typeof BALLOT_KINDS)[number];

export const MAJORITY_RULES = ['simple', 'two_thirds', 'absolute'] as const;
export type MajorityRule = (typeof MAJORITY_RULES)[number];

export const MOTION_VOTES = ['yes', 'no', 'abstain'] as const;
export type MotionVote = (typeof MOTION_VOTES)[number];

export type QuorumRule =
  | { type: 'none' }
  /** A percent of the electorate, as a plain decimal string or number from 0 to 100 ('50', '33.33'). */
  | { type: 'percent'; percent: string | number }
  /** An absolute number of participants. */
  | { type: 'absolute'; count: number };

export type BallotRuleCode = Extract<
  GovernanceErrorCode,
  'INVALID_CHOICE' | 'INVALID_BALLOT_DEFINITION' | 'INVALID_QUORUM' | 'INVALID_TALLY_INPUT' | 'INVALID_ELECTORATE'
>;

export class BallotRuleError extends GovernanceError {
  declare readonly code: BallotRuleCode;

  constructor(code: BallotRuleCode, message: string) {
    super(code, message);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Ballot definitions and selections

export type BallotSelection =
  | { kind: 'motion'; vote: MotionVote }
  /** `option` null: an explicit abstention. */
  | { kind: 'choice'; option: string | null }
  /** Candidates in the ballot's option order (not the order they were marked); empty: a blank ballot. */
  | { kind: 'election'; candidates: string[] };

/**
 * Checks a ballot's definition (INVALID_BALLOT_DEFINITION). Motions have no options (yes/no/abstain are implied)
 * and no seats. A choice needs at least 2 distinct, non-empty options. An election needs at least 1 distinct,
 * non-empty candidate and `seats` (k) an integer >= 1; k may exceed the candidates (a voter then marks at most all).
 */
export function validateBallotDefinition(kind: BallotKind, options: readonly string[], seats: number | null): void {
  const fail = (message: string): never => {
    throw new BallotRuleError('INVALID_BALLOT_DEFINITION', message);
  };
  if (!(BALLOT_KINDS as readonly string[]).includes(kind)) fail(`Unknown ballot kind '${String(kind)}'.`);
  if (kind === 'motion') {
    if (options.length > 0) fail('A motion has no options: its votes are yes, no and abstain.');
    if (seats != null) fail('Only an election has seats.');
    return;
  }
  const minimum = kind === 'choice' ? 2 : 1;
  if (options.length < minimum) fail(`A ${kind} needs at least ${minimum} option(s).`);
  if (options.some((o) => typeof o !== 'string' || o.trim() === '')) fail('Options must be non-empty strings.');
  if (new Set(options).size !== options.length) fail('Options must be distinct.');
  if (kind === 'choice' && seats != null) fail('Only an election has seats.');
  if (kind === 'election' && (typeof seats !== 'number' || !Number.isSafeInteger(seats) || seats < 1)) {
    fail('An election needs a whole number of seats, at least 1.');
  }
}

/**
 * Checks one voter's selection against the ballot and returns it normalised, or INVALID_CHOICE.
 * - motion: 'yes' | 'no' | 'abstain';
 * - choice: one of the options, or null to abstain;
 * - election: an array of 0 to k distinct candidates (empty: a blank ballot).
 * The definition is checked first (INVALID_BALLOT_DEFINITION).
 */
export function validateBallotChoice(
  kind: BallotKind,
  options: readonly string[],
  seats: number | null,
  selection: unknown,
): BallotSelection {
  validateBallotDefinition(kind, options, seats);
  const fail = (message: string): never => {
    throw new BallotRuleError('INVALID_CHOICE', message);
  };
  switch (kind) {
    case 'motion':
      if (typeof selection !== 'string' || !(MOTION_VOTES as readonly string[]).includes(selection)) {
        return fail(`A motion vote is one of: ${MOTION_VOTES.join(', ')}.`);
      }
      return { kind, vote: selection as MotionVote };
    case 'choice':
      if (selection === null) return { kind, option: null };
      if (typeof selection !== 'string' || !options.includes(selection)) {
        return fail('A choice vote is exactly one of the options, or null to abstain.');
      }
      return { kind, option: selection };
    case 'election': {
      if (!Array.isArray(selection)) return fail('An election vote is a list of candidates.');
      const marked: unknown[] = selection;
      if (marked.length > seats!) fail(`At most ${seats} candidate(s) may be marked.`);
      if (marked.some((c) => typeof c !== 'string' || !options.includes(c))) fail('Unknown candidate.');
      if (new Set(marked).size !== marked.length) fail('A candidate may be marked only once.');
      return { kind, candidates: options.filter((o) => marked.includes(o)) };
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Quorum and majority

/**
 * The quorum rule from bylaws-shaped settings: an absolute number when one is set (it replaces the percent),
 * otherwise the percent.
 */
export function quorumFromBylaws(bylaws: { quorumPercent: string; quorumAbsolute: number | null }): QuorumRule {
  return bylaws.quorumAbsolute != null
    ? { type: 'absolute', count: bylaws.quorumAbsolute }
    : { type: 'percent', percent: bylaws.quorumPercent };
}

/** The fewest participants that meet the quorum: ceil(percent x electorate / 100), or the absolute number. */
export function quorumThreshold(rule: QuorumRule, electorate: number): number {
  const e = BigInt(checkCount(electorate, 'electorate'));
  switch (rule?.type) {
    case 'none':
      return 0;
    case 'absolute':
      return checkCount(rule.count, 'quorum count', 'INVALID_QUORUM');
    case 'percent': {
      const { numerator, denominator } = parsePercent(rule.percent);
      // ceil(a / b) for non-negative BigInts.
      return Number((numerator * e + denominator - 1n) / denominator);
    }
    default:
      throw new BallotRuleError('INVALID_QUORUM', 'Unknown quorum rule.');
  }
}

/** True when `participants` meet the quorum of an `electorate`. */
export function isQuorumMet(rule: QuorumRule, participants: number, electorate: number): boolean {
  const p = checkCount(participants, 'participants');
  // Exact: p >= ceil(x) <=> p >= x for an integer p, so this equals p x 100 x 10^s >= P x electorate.
  return p >= quorumThreshold(rule, electorate);
}

export interface MotionCounts {
  yes: number;
  no: number;
  abstain: number;
}

/** True when the votes meet the majority. `electorate` is the base of an absolute majority. */
export function isMajorityMet(rule: MajorityRule, counts: MotionCounts, electorate: number): boolean {
  const yes = BigInt(checkCount(counts.yes, 'yes'));
  const no = BigInt(checkCount(counts.no, 'no'));
  switch (rule) {
    case 'simple':
      return yes > no;
    case 'two_thirds':
      return yes + no > 0n && 3n * yes >= 2n * (yes + no);
    case 'absolute':
      return 2n * yes > BigInt(checkCount(electorate, 'electorate'));
    default:
      throw new BallotRuleError('INVALID_TALLY_INPUT', `Unknown majority rule '${String(rule)}'.`);
  }
}

/** A percent from 0 to 100 as the exact fraction numerator / denominator of 1 (33.33 % = 3333 / 10000). */
function parsePercent(value: string | number): { numerator: bigint; denominator: bigint } {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  const match = typeof text === 'string' ? /^(\d+)(?:\.(\d+))?$/.exec(text.trim()) : null;
  if (match === null) {
    throw new BallotRuleError('INVALID_QUORUM', `The quorum percent '${String(value)}' is not a plain decimal.`);
  }
  const decimals = match[2] ?? '';
  const numerator = BigInt(match[1] + decimals);
  const denominator = 100n * 10n ** BigInt(decimals.length);
  if (numerator > denominator) {
    throw new BallotRuleError('INVALID_QUORUM', `The quorum percent '${String(value)}' is above 100.`);
  }
  return { numerator, denominator };
}

function checkCount(value: unknown, field: string, code: BallotRuleCode = 'INVALID_TALLY_INPUT'): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new BallotRuleError(code, `${field} must be a whole number >= 0.`);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------------------------
// Tallies

interface QuorumReport {
  electorate: number;
  participants: number;
  /** The fewest participants that meet the quorum. */
  quorumThreshold: number;
  quorumMet: boolean;
}

export interface MotionTallyInput {
  counts: MotionCounts;
  /** Size of the frozen electorate. */
  electorate: number;
  quorum: QuorumRule;
  majority: MajorityRule;
}

export interface MotionResult extends QuorumReport {
  kind: 'motion';
  counts: MotionCounts;
  majority: MajorityRule;
  /** Whether the votes meet the majority (reported even when the quorum failed). */
  majorityMet: boolean;
  outcome: 'passed' | 'rejected' | 'failed_quorum';
}

/** Tallies a motion. Participants = yes + no + abstain, and may not exceed the electorate. */
export function tallyMotion(input: MotionTallyInput): MotionResult {
  const { yes, no, abstain } = input.counts;
  const participants = checkCount(yes, 'yes') + checkCount(no, 'no') + checkCount(abstain, 'abstain');
  const quorum = quorumReport(input.quorum, participants, input.electorate);
  const majorityMet = isMajorityMet(input.majority, input.counts, input.electorate);
  return {
    kind: 'motion',
    ...quorum,
    counts: { yes, no, abstain },
    majority: input.majority,
    majorityMet,
    outcome: !quorum.quorumMet ? 'failed_quorum' : majorityMet ? 'passed' : 'rejected',
  };
}

export interface OptionVotes {
  option: string;
  votes: number;
}

export interface ChoiceTallyInput {
  options: readonly string[];
  /** Votes per option; a missing option has 0. */
  counts: Readonly<Record<string, number>>;
  /** Ballots cast as an explicit abstention. */
  abstentions: number;
  electorate: number;
  quorum: QuorumRule;
}

export interface ChoiceResult extends QuorumReport {
  kind: 'choice';
  abstentions: number;
  /** Every option, votes descending, then in the ballot's option order. */
  ranking: OptionVotes[];
  outcome: 'decided' | 'tie' | 'no_votes' | 'failed_quorum';
  /** The option with the most votes, when it is alone at the top and the quorum is met. */
  winner: string | null;
  /** On a tie, the options sharing the top count (ballot order). */
  tied: string[];
}

/** Tallies a choice ballot (one of N). Participants = the option votes + abstentions. */
export function tallyChoice(input: ChoiceTallyInput): ChoiceResult {
  validateBallotDefinition('choice', input.options, null);
  const ranking = rank(input.options, input.counts);
  const abstentions = checkCount(input.abstentions, 'abstentions');
  const participants = ranking.reduce((total, r) => total + r.votes, abstentions);
  const quorum = quorumReport(input.quorum, participants, input.electorate);
  const top = ranking[0].votes;
  const leaders = ranking.filter((r) => r.votes === top).map((r) => r.option);
  const base = { kind: 'choice' as const, ...quorum, abstentions, ranking };
  if (!quorum.quorumMet) return { ...base, outcome: 'failed_quorum', winner: null, tied: [] };
  if (top === 0) return { ...base, outcome: 'no_votes', winner: null, tied: [] };
  if (leaders.length > 1) return { ...base, outcome: 'tie', winner: null, tied: leaders };
  return { ...base, outcome: 'decided', winner: leaders[0], tied: [] };
}

export interface ElectionTallyInput {
  candidates: readonly string[];
  /** k: the number of seats; a voter marks at most k candidates. */
  seats: number;
  /** Votes per candidate; a missing candidate has 0. */
  counts: Readonly<Record<string, number>>;
  /** Ballots cast, blank ones included (a ballot marks up to k candidates, so this is not the sum of counts). */
  ballots: number;
  electorate: number;
  quorum: QuorumRule;
}

export interface ElectionResult extends QuorumReport {
  kind: 'election';
  seats: number;
  /** Every candidate, votes descending, then in the ballot's option order. */
  ranking: OptionVotes[];
  outcome: 'decided' | 'tie' | 'failed_quorum';
  /** Elected without doubt: within the top k and strictly above any tie at the boundary. */
  elected: string[];
  /** The candidates sharing the boundary count, when they are more than the seats left. */
  tied: string[];
  /** Seats left to be filled from `tied` (0 without a tie). */
  seatsInTie: number;
  /** Seats nobody won because too few candidates got any vote. */
  vacantSeats: number;
}

/** Tallies an election (up to k of N). */
export function tallyElection(input: ElectionTallyInput): ElectionResult {
  validateBallotDefinition('election', input.candidates, input.seats);
  const seats = input.seats;
  const ranking = rank(input.candidates, input.counts);
  const participants = checkCount(input.ballots, 'ballots');
  const marks = ranking.reduce((total, r) => total + r.votes, 0);
  if (ranking[0].votes > participants || marks > participants * Math.min(seats, ranking.length)) {
    throw new BallotRuleError('INVALID_TALLY_INPUT', 'The votes exceed what the ballots cast could carry.');
  }
  const quorum = quorumReport(input.quorum, participants, input.electorate);
  const base = { kind: 'election' as const, ...quorum, seats, ranking };
  if (!quorum.quorumMet) {
    return { ...base, outcome: 'failed_quorum', elected: [], tied: [], seatsInTie: 0, vacantSeats: 0 };
  }

  const voted = ranking.filter((r) => r.votes > 0);
  if (voted.length <= seats) {
    const elected = voted.map((r) => r.option);
    return { ...base, outcome: 'decided', elected, tied: [], seatsInTie: 0, vacantSeats: seats - elected.length };
  }
  const boundary = voted[seats - 1].votes;
  if (voted[seats].votes < boundary) {
    const elected = voted.slice(0, seats).map((r) => r.option);
    return { ...base, outcome: 'decided', elected, tied: [], seatsInTie: 0, vacantSeats: 0 };
  }
  const elected = voted.filter((r) => r.votes > boundary).map((r) => r.option);
  const tied = voted.filter((r) => r.votes === boundary).map((r) => r.option);
  return { ...base, outcome: 'tie', elected, tied, seatsInTie: seats - elected.length, vacantSeats: 0 };
}

function quorumReport(rule: QuorumRule, participants: number, electorate: number): QuorumReport {
  checkCount(electorate, 'electorate');
  if (participants > electorate) {
    throw new BallotRuleError(
      'INVALID_TALLY_INPUT',
      `${participants} participants is more than the electorate of ${electorate}.`,
    );
  }
  const threshold = quorumThreshold(rule, electorate);
  return { electorate, participants, quorumThreshold: threshold, quorumMet: participants >= threshold };
}

/** Counts per option in ranking order: votes descending, then the ballot's option order. */
function rank(options: readonly string[], counts: Readonly<Record<string, number>>): OptionVotes[] {
  if (counts === null || typeof counts !== 'object') {
    throw new BallotRuleError('INVALID_TALLY_INPUT', 'Counts must be an object of votes per option.');
  }
  const known = new Set(options);
  for (const key of Object.keys(counts)) {
    if (!known.has(key)) throw new BallotRuleError('INVALID_TALLY_INPUT', `Votes for an unknown option '${key}'.`);
  }
  const rows = options.map((option, index) => ({
    option,
    votes: Object.hasOwn(counts, option) ? checkCount(counts[option], `votes for '${option}'`) : 0,
    index,
  }));
  rows.sort((a, b) => b.votes - a.votes || a.index - b.index);
  return rows.map(({ option, votes }) => ({ option, votes }));
}
