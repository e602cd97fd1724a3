/**
 * Member lifecycle: the state machine of a member record and the "as of" rule of the register. Pure: no I/O.
 *
 * Transitions (any other status x action pair is ILLEGAL_TRANSITION, checked before the input):
 *   admit                 applicant          -> active
 *   reject                applicant          -> rejected   (rejection reason 'rejected')
 *   withdraw_application  applicant          -> rejected   (rejection reason 'withdrawn')
 *   suspend               active             -> suspended
 *   reinstate             suspended          -> active
 *   cease                 active | suspended -> ceased     (reason withdrawn | expelled | deceased | dissolved)
 *   rejoin                ceased | rejected  -> applicant  (a new application on the same record)
 * Rejoining is a new application decided by a new admission, never an automatic return to `active`. The record
 * is the same, so the member number given at the first admission is kept: admission assigns a number only when
 * the record has none (`assignsMemberNumber`); numbers are never reused nor reassigned.
 * Every transition needs an effective date (YYYY-MM-DD, a real calendar day), not before the previous
 * transition's effective date (same day allowed). Cessation: 'deceased' only for natural persons, 'dissolved' only
 * for legal entities; 'expelled' needs the board decision reference and records the right of appeal to the general
 * assembly.
 * As of day D (statusOn, isMemberOn, isActiveOn): replay, in recorded order, the transitions effective on or before
 * D. So a person is a member on D when admitted with effect on or before D and not ceased with effect on or before D
 * since that admission (rejoining opens a new period), and active on D unless a suspension effective on or before D
 * has no reinstatement effective on or before D after it. Same-day transitions apply in recorded order: admitted
 * and ceased on the same day is not a member on that day; suspended and reinstated on the same day is active.
 */
import { MembershipError } from './membership.errors.js';

export const MEMBER_STATUSES = ['applicant', 'active', 'suspended', 'ceased', 'rejected'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const MEMBER_ACTIONS = [
  'admit',
  'reject',
  'withdraw_application',
  'suspend',
  'reinstate',
  'cease',
  'rejoin',
] as const;
export type MemberAction = (typeof MEMBER_ACTIONS)[number];

export const CESSATION_REASONS = ['withdrawn', 'expelled', 'deceased', 'dissolved'] as const;
export type CessationReason = (typeof CESSATION_REASONS)[number];

export const ENTITY_KINDS = ['natural_person', 'legal_entity'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Why an application ended in `rejected`: refused by the cooperative, or withdrawn by the applicant. */
export const REJECTION_REASONS = ['rejected', 'withdrawn'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** Statuses in which a person is a member (on the register with voting rights or suspended rights). */
export const MEMBER_STATUSES_IN_MEMBERSHIP: readonly MemberStatus[] = ['active', 'suspended'];

const TRANSITIONS: Readonly<Record<MemberAction, { from: readonly MemberStatus[]; to: MemberStatus }>> = {
  admit: { from: ['applicant'], to: 'active' },
  reject: { from: ['applicant'], to: 'rejected' },
  withdraw_application: { from: ['applicant'], to: 'rejected' },
  suspend: { from: ['active'], to: 'suspended' },
  reinstate: { from: ['suspended'], to: 'active' },
  cease: { from: ['active', 'suspended'], to: 'ceased' },
  rejoin: { from: ['ceased', 'rejected'], to: 'applicant' },
};

const ALLOWED_CESSATION_REASONS: Readonly<Record<EntityKind, readonly CessationReason[]>> = {
  natural_person: ['withdrawn', 'expelled', 'deceased'],
  legal_entity: ['withdrawn', 'expelled', 'dissolved'],
};

export type MembershipRuleCode =
  | 'ILLEGAL_TRANSITION'
  | 'DECISION_REFERENCE_REQUIRED'
  | 'INVALID_CESSATION_REASON'
  | 'EFFECTIVE_DATE_REQUIRED'
  | 'INVALID_DATE'
  | 'EFFECTIVE_DATE_OUT_OF_ORDER'
  | 'INVALID_HISTORY';

/** A broken membership rule, with a stable machine code for the problem+json filter. */
export class MembershipRuleError extends MembershipError {
  declare readonly code: MembershipRuleCode;

  constructor(code: MembershipRuleCode, message: string) {
    super(code, message);
  }
}

/** The action is not allowed from the current status (HTTP 409). */
export class IllegalTransitionError extends MembershipRuleError {
  constructor(
    readonly from: MemberStatus,
    readonly action: MemberAction,
  ) {
    super('ILLEGAL_TRANSITION', `A member in status '${from}' cannot '${action}'.`);
  }
}

export interface TransitionInput {
  /** The legal date the transition takes effect, YYYY-MM-DD. Required. */
  effectiveDate?: string | null;
  /** The effective date of the record's previous transition, if any: the new one may not precede it. */
  previousEffectiveDate?: string | null;
  /** Required for `cease`: whether the member is a natural person or a legal entity. */
  entityKind?: EntityKind | null;
  /** Required for `cease`. */
  cessationReason?: string | null;
  /** Board minute or other decision reference; required for an expulsion. */
  decisionReference?: string | null;
  /** The member number the record already holds (from an earlier admission), if any. */
  memberNumber?: number | null;
}

export interface MemberTransition {
  action: MemberAction;
  from: MemberStatus;
  to: MemberStatus;
  effectiveDate: string;
  cessationReason: CessationReason | null;
  rejectionReason: RejectionReason | null;
  /** Trimmed; null when none was given. */
  decisionReference: string | null;
  /** True for an expulsion: the member may appeal to the general assembly. */
  rightOfAppeal: boolean;
  /** True when this admission must draw a new number from the cooperative's sequence (the record has none). */
  assignsMemberNumber: boolean;
}

/** The status an action leads to from `current`, or IllegalTransitionError. */
export function nextStatus(current: MemberStatus, action: MemberAction): MemberStatus {
  const rule = TRANSITIONS[action];
  if (rule === undefined || !rule.from.includes(current)) throw new IllegalTransitionError(current, action);
  return rule.to;
}

/** The actions allowed from `status`, in the fixed order of MEMBER_ACTIONS. */
export function allowedActions(status: MemberStatus): MemberAction[] {
  return MEMBER_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(status));
}

/**
 * Checks a transition and its input and returns what to record. Legality first (ILLEGAL_TRANSITION), then the
 * effective date (EFFECTIVE_DATE_REQUIRED, INVALID_DATE, EFFECTIVE_DATE_OUT_OF_ORDER), then the cessation reason
 * (INVALID_CESSATION_REASON) and the expulsion's decision reference (DECISION_REFERENCE_REQUIRED).
 */
export function transition(current: MemberStatus, action: MemberAction, input: TransitionInput): MemberTransition {
  const to = nextStatus(current, action);

  const effectiveDate = input.effectiveDate?.trim();
  if (!effectiveDate) throw new MembershipRuleError('EFFECTIVE_DATE_REQUIRED', 'The effective date is required.');
  assertIsoDate(effectiveDate, 'effective date');
  if (input.previousEffectiveDate != null) {
    assertIsoDate(input.previousEffectiveDate, 'previous effective date');
    if (effectiveDate < input.previousEffectiveDate) {
      throw new MembershipRuleError(
        'EFFECTIVE_DATE_OUT_OF_ORDER',
        `The effective date ${effectiveDate} precedes the previous transition (${input.previousEffectiveDate}).`,
      );
    }
  }

  const decisionReference = input.decisionReference?.trim() || null;
  let cessationReason: CessationReason | null = null;
  if (action === 'cease') {
    cessationReason = checkCessationReason(input.cessationReason, input.entityKind);
    if (cessationReason === 'expelled' && decisionReference === null) {
      throw new MembershipRuleError(
        'DECISION_REFERENCE_REQUIRED',
        'An expulsion needs the reference of the board decision.',
      );
    }
  }

  return {
    action,
    from: current,
    to,
    effectiveDate,
    cessationReason,
    rejectionReason: action === 'reject' ? 'rejected' : action === 'withdraw_application' ? 'withdrawn' : null,
    decisionReference,
    rightOfAppeal: cessationReason === 'expelled',
    assignsMemberNumber: action === 'admit' && input.memberNumber == null,
  };
}

/** The cessation reasons allowed for an entity kind. */
export function cessationReasonsFor(entityKind: EntityKind): readonly CessationReason[] {
  return ALLOWED_CESSATION_REASONS[entityKind];
}

function checkCessationReason(reason: string | null | undefined, entityKind: EntityKind | null | undefined) {
  if (entityKind == null || !(ENTITY_KINDS as readonly string[]).includes(entityKind)) {
    throw new MembershipRuleError(
      'INVALID_CESSATION_REASON',
      'A cessation needs to know whether the member is a natural person or a legal entity.',
    );
  }
  const allowed = ALLOWED_CESSATION_REASONS[entityKind];
  if (reason == null || !(allowed as readonly string[]).includes(reason)) {
    throw new MembershipRuleError(
      'INVALID_CESSATION_REASON',
      `The cessation reason of a ${entityKind.replace('_', ' ')} must be one of: ${allowed.join(', ')}.`,
    );
  }
  return reason as CessationReason;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

/** True for a real calendar day written YYYY-MM-DD (years 0001 to 9999). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= daysInMonth;
}

function assertIsoDate(value: string, what: string): void {
  const text: string = value;
  if (!isIsoDate(value)) {
    throw new MembershipRuleError('INVALID_DATE', `The ${what} '${text}' is not a calendar date (YYYY-MM-DD).`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// "As of" queries over a member's history

export interface MemberHistoryEntry {
  action: MemberAction;
  /** YYYY-MM-DD */
  effectiveDate: string;
}

/** One period of membership: from admission (included) to cessation (the first day not a member), if any. */
export interface MembershipPeriod {
  admittedOn: string;
  ceasedOn: string | null;
}

/**
 * The record's status on day D: the transitions effective on or before D replayed from `applicant`, in recorded
 * order. Null when no transition is effective yet on D (at most a pending applicant; the history does not say
 * when the application was filed). Throws INVALID_HISTORY when the history is not chronological or not a legal
 * sequence, and INVALID_DATE for a malformed D.
 */
export function statusOn(history: readonly MemberHistoryEntry[], date: string): MemberStatus | null {
  assertIsoDate(date, 'date');
  let status: MemberStatus | null = null;
  for (const [entry, after] of replay(history)) {
    if (entry.effectiveDate > date) break;
    status = after;
  }
  return status;
}

/** A member on D: admitted with effect on or before D and not ceased since with effect on or before D. */
export function isMemberOn(history: readonly MemberHistoryEntry[], date: string): boolean {
  const status = statusOn(history, date);
  return status !== null && MEMBER_STATUSES_IN_MEMBERSHIP.includes(status);
}

/** Active on D: a member on D and no suspension covers D. */
export function isActiveOn(history: readonly MemberHistoryEntry[], date: string): boolean {
  return statusOn(history, date) === 'active';
}

/** The membership periods of a record, oldest first (several when the person rejoined). */
export function membershipPeriods(history: readonly MemberHistoryEntry[]): MembershipPeriod[] {
  const periods: MembershipPeriod[] = [];
  for (const [entry] of replay(history)) {
    if (entry.action === 'admit') periods.push({ admittedOn: entry.effectiveDate, ceasedOn: null });
    // A legal history only ceases from active/suspended, so an open period exists.
    else if (entry.action === 'cease') periods[periods.length - 1].ceasedOn = entry.effectiveDate;
  }
  return periods;
}

/** Checks the whole history (dates, order, legality), then yields each entry with the status after it. */
function* replay(history: readonly MemberHistoryEntry[]): Generator<[MemberHistoryEntry, MemberStatus]> {
  const statuses: MemberStatus[] = [];
  let status: MemberStatus = 'applicant';
  let previousDate: string | null = null;
  history.forEach((entry, i) => {
    if (!isIsoDate(entry.effectiveDate)) {
      throw new MembershipRuleError('INVALID_HISTORY', `History entry ${i} has no valid effective date.`);
    }
    if (previousDate !== null && entry.effectiveDate < previousDate) {
      throw new MembershipRuleError('INVALID_HISTORY', `History entry ${i} takes effect before entry ${i - 1}.`);
    }
    try {
      status = nextStatus(status, entry.action);
    } catch (error) {
      if (!(error instanceof IllegalTransitionError)) throw error;
      throw new MembershipRuleError('INVALID_HISTORY', `History entry ${i}: ${error.message}`);
    }
    statuses.push(status);
    previousDate = entry.effectiveDate;
  });
  for (let i = 0; i < history.length; i++) yield [history[i], statuses[i]];
}
