/**
 * Pure rules of assemblies and ballots (no Nest, no TypeORM): lifecycles, the stored form of a selection, how
 * stored votes or recorded counts become a tally (through tally.rules.ts), and the meeting quorum.
 */
import {
  type BallotKind,
  BallotRuleError,
  type BallotSelection,
  type ChoiceResult,
  type ElectionResult,
  type MajorityRule,
  type MotionResult,
  MOTION_VOTES,
  type QuorumRule,
  quorumThreshold,
  tallyChoice,
  tallyElection,
  tallyMotion,
} from './tally.rules.js';

export const ASSEMBLY_KINDS = ['annual', 'extraordinary'] as const;
export type AssemblyKind = (typeof ASSEMBLY_KINDS)[number];
export const ASSEMBLY_STATUSES = ['planned', 'in_session', 'closed'] as const;
export type AssemblyStatus = (typeof ASSEMBLY_STATUSES)[number];
export const ATTENDANCE_MODES = ['in_person', 'proxy'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

export interface AgendaItem {
  number: number;
  title: string;
  description: string | null;
}

export const BALLOT_MODES = ['electronic', 'in_assembly'] as const;
export type BallotMode = (typeof BALLOT_MODES)[number];
export const IN_ASSEMBLY_METHODS = ['counts', 'roll_call'] as const;
export type InAssemblyMethod = (typeof IN_ASSEMBLY_METHODS)[number];
export const BALLOT_STATUSES = ['draft', 'open', 'closed', 'published'] as const;
export type BallotStatus = (typeof BALLOT_STATUSES)[number];
export const QUORUM_TYPES = ['none', 'percent', 'absolute'] as const;
export type QuorumType = (typeof QUORUM_TYPES)[number];
export const PARTICIPATION_VIAS = ['self', 'proxy', 'roll_call'] as const;
export type ParticipationVia = (typeof PARTICIPATION_VIAS)[number];

export type StoredResult = MotionResult | ChoiceResult | ElectionResult;

/** Counts the secretary recorded for an in-assembly ballot. */
export interface RecordedCounts {
  counts: Record<string, number>;
  abstentions?: number;
  ballots?: number;
}

/**
 * A selection as stored (jsonb): a motion vote 'yes' | 'no' | 'abstain'; a choice option, or null to abstain; an
 * election's marked candidates in ballot order ([] for a blank ballot). One canonical form per selection, so
 * equal selections group together when tallied.
 */
export type StoredSelection = string | null | string[];

export function toStoredSelection(selection: BallotSelection): StoredSelection {
  switch (selection.kind) {
    case 'motion':
      return selection.vote;
    case 'choice':
      return selection.option;
    case 'election':
      return selection.candidates;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Lifecycles

export const BALLOT_ACTIONS = ['open', 'close', 'publish'] as const;
export type BallotAction = (typeof BALLOT_ACTIONS)[number];

const BALLOT_TRANSITIONS: Readonly<Record<BallotAction, { from: BallotStatus; to: BallotStatus }>> = {
  open: { from: 'draft', to: 'open' },
  close: { from: 'open', to: 'closed' },
  publish: { from: 'closed', to: 'published' },
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function ballotTransition(status: BallotStatus, action: BallotAction): BallotStatus | null {
  const rule = BALLOT_TRANSITIONS[action];
  return rule.from === status ? rule.to : null;
}

export const ASSEMBLY_ACTIONS = ['open', 'close'] as const;
export type AssemblyAction = (typeof ASSEMBLY_ACTIONS)[number];

export function assemblyTransition(status: AssemblyStatus, action: AssemblyAction): AssemblyStatus | null {
  if (action === 'open') return status === 'planned' ? 'in_session' : null;
  return status === 'in_session' ? 'closed' : null;
}

/**
 * Whether an electronic vote may be cast at `now`: the ballot is open, and the time is within its window
 * (opensAt included, closesAt excluded). 'before' and 'after' name the side of the window.
 */
export function votingWindow(
  ballot: { status: BallotStatus; opensAt: Date | null; closesAt: Date | null },
  now: Date,
): 'open' | 'before' | 'after' {
  if (ballot.status === 'draft') return 'before';
  if (ballot.status !== 'open') return 'after';
  if (ballot.opensAt !== null && now < ballot.opensAt) return 'before';
  if (ballot.closesAt !== null && now >= ballot.closesAt) return 'after';
  return 'open';
}

// ---------------------------------------------------------------------------------------------------------------
// Tallies

export interface BallotDefinition {
  kind: BallotKind;
  options: readonly string[];
  seats: number | null;
  majority: MajorityRule | null;
}

/** Vote counts in one shape for every kind: per selection key, plus the number of ballots cast. */
export interface AggregatedVotes {
  /** motion: yes/no/abstain; choice: per option; election: marks per candidate. */
  counts: Record<string, number>;
  /** choice only: explicit abstentions. */
  abstentions: number;
  /** Ballots cast (participants). */
  ballots: number;
}

/** Groups stored selections (with how many times each was cast) into counts. */
export function aggregateSelections(
  kind: BallotKind,
  rows: readonly { selection: StoredSelection; votes: number }[],
): AggregatedVotes {
  const counts: Record<string, number> = {};
  let abstentions = 0;
  let ballots = 0;
  const add = (key: string, n: number) => {
    counts[key] = (counts[key] ?? 0) + n;
  };
  for (const { selection, votes } of rows) {
    ballots += votes;
    if (kind === 'election') {
      if (!Array.isArray(selection)) throw new BallotRuleError('INVALID_TALLY_INPUT', 'An election vote is a list.');
      for (const candidate of selection) add(candidate, votes);
    } else if (selection === null) {
      if (kind !== 'choice') throw new BallotRuleError('INVALID_TALLY_INPUT', 'Only a choice may be abstained.');
      abstentions += votes;
    } else if (typeof selection === 'string') {
      add(selection, votes);
    } else {
      throw new BallotRuleError('INVALID_TALLY_INPUT', 'A motion or choice vote is one value.');
    }
  }
  return { counts, abstentions, ballots };
}

/** The tally of a ballot from aggregated votes, by tally.rules.ts. */
export function tallyBallot(
  definition: BallotDefinition,
  votes: AggregatedVotes,
  electorate: number,
  quorum: QuorumRule,
): StoredResult {
  switch (definition.kind) {
    case 'motion': {
      const known = new Set<string>(MOTION_VOTES);
      for (const key of Object.keys(votes.counts)) {
        if (!known.has(key)) throw new BallotRuleError('INVALID_TALLY_INPUT', `Unknown motion vote '${key}'.`);
      }
      return tallyMotion({
        counts: { yes: votes.counts.yes ?? 0, no: votes.counts.no ?? 0, abstain: votes.counts.abstain ?? 0 },
        electorate,
        quorum,
        majority: definition.majority ?? 'simple',
      });
    }
    case 'choice':
      return tallyChoice({
        options: definition.options,
        counts: votes.counts,
        abstentions: votes.abstentions,
        electorate,
        quorum,
      });
    case 'election':
      return tallyElection({
        candidates: definition.options,
        seats: definition.seats ?? 1,
        counts: votes.counts,
        ballots: votes.ballots,
        electorate,
        quorum,
      });
  }
}

/** The quorum rule a ballot stores. */
export function quorumOf(ballot: {
  quorumType: QuorumType;
  quorumPercent: string | null;
  quorumCount: number | null;
}): QuorumRule {
  switch (ballot.quorumType) {
    case 'none':
      return { type: 'none' };
    case 'percent':
      return { type: 'percent', percent: plainPercent(ballot.quorumPercent ?? '0') };
    case 'absolute':
      return { type: 'absolute', count: ballot.quorumCount ?? 0 };
  }
}

/** numeric(5,2) reads back '50.00': the tally wants a plain decimal ('50', '33.33'). */
export function plainPercent(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

export interface MeetingQuorum {
  electorate: number;
  present: number;
  represented: number;
  quorumThreshold: number;
  quorumMet: boolean;
}

/** The quorum of an assembly: members present in person plus those represented by proxy, against the electorate. */
export function meetingQuorum(
  rule: QuorumRule,
  present: number,
  represented: number,
  electorate: number,
): MeetingQuorum {
  const threshold = quorumThreshold(rule, electorate);
  return {
    electorate,
    present,
    represented,
    quorumThreshold: threshold,
    quorumMet: present + represented >= threshold,
  };
}

/** Whether a tallied ballot passed: only a motion passes (a choice or an election is decided, not passed). */
export function hasPassed(result: StoredResult | null): boolean {
  return result?.kind === 'motion' && result.outcome === 'passed';
}

// ---------------------------------------------------------------------------------------------------------------
// Receipt codes

const RECEIPT_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The bytes of a receipt code. */
export const RECEIPT_BYTES = 10;

/**
 * A receipt code from 10 random bytes (80 bits): 16 characters of Crockford's base 32 (no I, L, O, U), in groups
 * of four ('0000-0000-0000-0000' for ten zero bytes). Easy to read aloud and to compare on a phone. The alphabet is
 * in ASCII order, so codes sort as their bytes do.
 */
export function formatReceiptCode(bytes: Uint8Array): string {
  if (bytes.length !== RECEIPT_BYTES) throw new RangeError('A receipt code takes exactly 10 bytes.');
  return receiptCodeAt(bytes, 0);
}

/** The receipt code of the 10 bytes at `at` in `bytes` (formatReceiptCode without the copy, for a million). */
export function receiptCodeAt(bytes: Uint8Array, at: number): string {
  let code = '';
  // Two halves of 40 bits, each exact in a double: eight characters of 5 bits each.
  for (let half = 0; half < 2; half++) {
    let bits = 0;
    for (let k = 0; k < 5; k++) bits = bits * 256 + bytes[at + half * 5 + k];
    for (let i = 7; i >= 0; i--) {
      code += RECEIPT_ALPHABET[Math.floor(bits / 2 ** (5 * i)) % 32];
      if (i === 4) code += '-';
    }
    if (half === 0) code += '-';
  }
  return code;
}

/** The 10 bytes of a receipt code (formatReceiptCode's inverse); RangeError for anything that is not one. */
export function parseReceiptCode(code: string): Buffer {
  if (!/^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{4}$/.test(code)) {
    throw new RangeError(`'${code}' is not a receipt code.`);
  }
  const digits = code.replaceAll('-', '');
  const bytes = Buffer.alloc(RECEIPT_BYTES);
  for (let half = 0; half < 2; half++) {
    let bits = 0;
    for (let i = 0; i < 8; i++) bits = bits * 32 + RECEIPT_ALPHABET.indexOf(digits[half * 8 + i]);
    for (let k = 4; k >= 0; k--) {
      bytes[half * 5 + k] = bits % 256;
      bits = Math.floor(bits / 256);
    }
  }
  return bytes;
}
