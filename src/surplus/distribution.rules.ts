/**
 * Surplus distribution for one fiscal year: pure arithmetic, the contract of DOMAIN.md "Surplus distribution".
 * - Order: reserve, education and community funds, each surplus x % rounded half-up to the minor unit; then limited
 *   interest on paid-up capital; then patronage refunds with exactly what remains.
 * - Interest weight = sum over paid-up amounts of amount x rate x days / days-in-year. Days run from the amount's
 *   effective date (included; the year's first day if held before) to the year's last day (included), or to the day
 *   before it leaves (redemption, transfer out). Days held come from the capital ledger alone: cessation does not
 *   stop interest on capital the member still holds (e.g. awaiting redemption after the notice period).
 * - Days-in-year = the days of the twelve months ending on the fiscal year's last day (365 or 366). For a regular
 *   year that is its own length; a short or long first year thus still earns an annual rate pro rata.
 * - Interest pool = the weights' sum rounded half-up, or what the funds leave if smaller. The pool is always split
 *   by the same weights, so a smaller pool scales every member down in the same proportion.
 * - Patronage pool = surplus - funds - interest pool, exactly. The weight is the patronage value; quantities are
 *   used only when no eligible member has a value. A mix (values for some, a quantity only for others) throws
 *   MIXED_PATRONAGE_BASIS: kg cannot be added to money, and ignoring the quantity-only members would silently cost
 *   them their refund.
 * - A member ceased with effect on or before the year's last day was not a member at year end and gets no patronage
 *   refund unless `patronageForCeasedMembers` (the bylaws) says so; a cessation after year end changes nothing.
 * - A positive patronage pool with no eligible patronage throws NO_PATRONAGE: a treasurer changes the plan (e.g. a
 *   larger reserve) rather than leaving money unallocated. A patronage pool of zero needs no patronage.
 * - Every pool is split by largest remainder (ties: lower member number first): the lines add up exactly to the
 *   pools, the pools exactly to the surplus. A surplus of zero or less throws NON_POSITIVE_SURPLUS.
 * Money is exact (decimal.js, integers in the split); dates are 'YYYY-MM-DD' calendar days, computed in UTC.
 * The steps splitFunds, splitAfterFunds, choosePatronageBasis and assertPatronageTaker are exported for the
 * set-based computation (distribution.computer.ts), so both paths share the pool arithmetic and its errors.
 */
import { allocateLargestRemainder } from '../common/money/largest-remainder.js';
import { Dec, formatMoney, roundHalfUp, sum } from '../common/money/money.js';
import { dayNumber, daysInYear, type FiscalYear, fiscalYearDays } from './fiscal-year-days.rules.js';
import { SurplusError } from './surplus.errors.js';

export { daysInYear, type FiscalYear } from './fiscal-year-days.rules.js';

/** One paid-up amount on the member's capital account. */
export interface CapitalHolding {
  /** Paid-up amount (decimal string, not negative). */
  amount: string;
  /** Effective date from which it was held (included). */
  heldFrom: string;
  /** Effective date on which it left (redemption, transfer out): the last day held is the day before. */
  leftOn?: string | null;
}

export interface DistributionMember {
  memberId: string;
  /** Sequential member number; breaks largest-remainder ties (lower first). */
  memberNumber: number;
  holdings: readonly CapitalHolding[];
  /** Patronage for the year in money (purchases, sales through the coop); null when not recorded. */
  patronageValue?: string | null;
  /** Patronage for the year in units (kg delivered, hours worked); used only when no member has a value. */
  patronageQuantity?: string | null;
  /** Effective date of cessation, if the member ceased. */
  ceasedOn?: string | null;
}

export interface DistributionInput {
  /** Net surplus of the year, with at most `scale` decimals. */
  surplus: string;
  /** Minor-unit digits of the currency (2 for EUR, 0 for JPY). */
  scale: number;
  reservePercent: string;
  educationPercent: string;
  communityPercent: string;
  /** Annual interest rate on paid-up capital, in percent (already checked against the bylaws' cap). */
  interestRate: string;
  fiscalYear: FiscalYear;
  members: readonly DistributionMember[];
  /** Bylaws: members ceased before year end still get a patronage refund. Default false. */
  patronageForCeasedMembers?: boolean;
}

export interface DistributionLine {
  memberId: string;
  memberNumber: number;
  interest: string;
  patronageRefund: string;
  /** interest + patronageRefund. */
  total: string;
}

export interface DistributionPlan {
  surplus: string;
  funds: { reserve: string; education: string; community: string };
  /** Interest the members are entitled to: the weights' sum rounded half-up. */
  interestEntitlement: string;
  /** Interest actually distributed: the entitlement, or less when the funds leave less. */
  interestPool: string;
  /** True when the interest pool is smaller than the entitlement. */
  interestScaledDown: boolean;
  patronagePool: string;
  /** What the patronage refunds were weighted by; null when no eligible member has any patronage. */
  patronageBasis: 'value' | 'quantity' | null;
  /** One line per member, every member included, ordered by member number. */
  lines: DistributionLine[];
  /** Sums: funds = reserve + education + community; total = interest + patronageRefund = surplus - funds. */
  totals: { funds: string; interest: string; patronageRefund: string; total: string };
}

const MAX_SCALE = 18;

/** A fund's share of the surplus: surplus x percent / 100 rounded half-up to the minor unit. */
export function fundAmount(surplus: string, percent: string, scale: number): string {
  assertScale(scale);
  const amount = parseDecimal(surplus, 'INVALID_AMOUNT', `Surplus '${surplus}' is not a decimal`);
  const rate = parsePercent(percent, 'INVALID_PERCENT', 'Fund percentage');
  return formatMoney(roundHalfUp(amount.times(rate).div(100), scale), scale);
}

/** Days of the fiscal year during which a paid-up amount was held (0 when held outside it). */
export function holdingDays(holding: CapitalHolding, fiscalYear: FiscalYear): number {
  const year = fiscalYearDays(fiscalYear);
  const from = dayNumber(holding.heldFrom);
  const leftOn = holding.leftOn == null ? null : dayNumber(holding.leftOn);
  if (leftOn !== null && leftOn < from) {
    throw new SurplusError(
      'INVALID_HOLDING',
      `A holding cannot leave (${holding.leftOn}) before it is held (${holding.heldFrom})`,
    );
  }
  const first = Math.max(from, year.start);
  const last = leftOn === null ? year.end : Math.min(leftOn - 1, year.end);
  return Math.max(0, last - first + 1);
}

/**
 * A member's interest weight in money: sum of amount x rate/100 x days / days-in-year. Not rounded: only the
 * pool is rounded. Use it to show a member's entitlement; the split itself uses exact integer proportions.
 */
export function interestWeight(
  holdings: readonly CapitalHolding[],
  annualRatePercent: string,
  fiscalYear: FiscalYear,
): Dec {
  const rate = parsePercent(annualRatePercent, 'INVALID_INTEREST_RATE', 'Interest rate');
  return interestNumerator(holdings, rate, fiscalYear).div(100 * daysInYear(fiscalYear));
}

/** The funds taken first from the surplus, and what they leave for interest and patronage. */
export interface FundsSplit {
  surplus: Dec;
  reserve: Dec;
  education: Dec;
  community: Dec;
  /** reserve + education + community. */
  total: Dec;
  /** surplus - total: the interest and patronage pools together. */
  afterFunds: Dec;
}

/**
 * Steps 1-3 of the order: checks the surplus and the percentages and takes the three funds, each surplus x %
 * rounded half-up. Throws NON_POSITIVE_SURPLUS, INVALID_AMOUNT, INVALID_PERCENT, FUND_PERCENTS_OVER_100 or
 * FUNDS_EXCEED_SURPLUS. computeDistribution and the set-based computation both start here.
 */
export function splitFunds(input: {
  surplus: string;
  scale: number;
  reservePercent: string;
  educationPercent: string;
  communityPercent: string;
}): FundsSplit {
  const { scale } = input;
  assertScale(scale);
  const surplus = parseDecimal(input.surplus, 'INVALID_AMOUNT', `Surplus '${input.surplus}' is not a decimal`);
  if (surplus.decimalPlaces() > scale) {
    throw new SurplusError('INVALID_AMOUNT', `Surplus ${input.surplus} has more than ${scale} decimals`);
  }
  if (surplus.lte(0)) {
    throw new SurplusError('NON_POSITIVE_SURPLUS', `A surplus of ${input.surplus} distributes nothing`);
  }

  const percents = [input.reservePercent, input.educationPercent, input.communityPercent];
  const percentSum = sum(percents.map((p) => parsePercent(p, 'INVALID_PERCENT', 'Fund percentage')));
  if (percentSum.gt(100)) {
    throw new SurplusError('FUND_PERCENTS_OVER_100', `Fund percentages add up to ${percentSum.toFixed()}%`);
  }
  const [reserve, education, community] = percents.map((p) => new Dec(fundAmount(input.surplus, p, scale)));
  const total = reserve.plus(education).plus(community);
  const afterFunds = surplus.minus(total);
  if (afterFunds.isNegative()) {
    // Each fund rounds up at most half a unit, so this needs percentages close to 100%.
    throw new SurplusError(
      'FUNDS_EXCEED_SURPLUS',
      `The funds (${formatMoney(total, scale)}) exceed the surplus (${input.surplus}) after rounding`,
    );
  }
  return { surplus, reserve, education, community, total, afterFunds };
}

/** An annual interest rate in percent, from 0 to 100; INVALID_INTEREST_RATE otherwise. */
export function parseInterestRate(rate: string): Dec {
  return parsePercent(rate, 'INVALID_INTEREST_RATE', 'Interest rate');
}

/**
 * Steps 4-5: the interest pool (the weights' sum rounded half-up, or what the funds leave if smaller) and the
 * patronage pool (exactly the rest). `numeratorSum` is the sum over all paid-up amounts of amount x rate (in
 * percent) x days held: the weights' sum times 100 x days-in-year.
 */
export function splitAfterFunds(
  afterFunds: Dec,
  numeratorSum: Dec,
  fiscalYear: FiscalYear,
  scale: number,
): { entitlement: Dec; interestPool: Dec; patronagePool: Dec } {
  const entitlement = roundHalfUp(numeratorSum.div(100 * daysInYear(fiscalYear)), scale);
  const interestPool = Dec.min(entitlement, afterFunds);
  return { entitlement, interestPool, patronagePool: afterFunds.minus(interestPool) };
}

/**
 * What patronage refunds are weighted by, from three facts about the ELIGIBLE members: does any have a value
 * (`anyValue`), does any have only a positive quantity (`quantityOnly`), does any have a quantity (`anyQuantity`).
 * Values win; a mix throws MIXED_PATRONAGE_BASIS; null when nobody has any patronage.
 */
export function choosePatronageBasis(flags: {
  anyValue: boolean;
  quantityOnly: boolean;
  anyQuantity: boolean;
}): 'value' | 'quantity' | null {
  if (flags.anyValue && flags.quantityOnly) {
    throw new SurplusError(
      'MIXED_PATRONAGE_BASIS',
      'Some members have a patronage value and others only a quantity: record values for all, or for none',
    );
  }
  return flags.anyValue ? 'value' : flags.anyQuantity ? 'quantity' : null;
}

/** A positive patronage pool needs some eligible patronage to go to (NO_PATRONAGE otherwise). */
export function assertPatronageTaker(patronagePool: Dec, totalWeight: Dec, scale: number): void {
  if (patronagePool.gt(0) && totalWeight.isZero()) {
    throw new SurplusError(
      'NO_PATRONAGE',
      `No eligible member has patronage to share a patronage pool of ${formatMoney(patronagePool, scale)}`,
    );
  }
}

/** Computes the whole plan. Throws SurplusError with a stable code on any input it cannot distribute. */
export function computeDistribution(input: DistributionInput): DistributionPlan {
  const { scale } = input;
  const { surplus, reserve, education, community, total: funds, afterFunds } = splitFunds(input);

  const rate = parseInterestRate(input.interestRate);
  const year = input.fiscalYear;
  const yearEnd = fiscalYearDays(year).end;
  assertUniqueMembers(input.members);
  const members = [...input.members].sort((a, b) => a.memberNumber - b.memberNumber);

  // Numerators amount x rate x days share the denominator 100 x days-in-year, so they split the pool in exactly
  // the weights' proportions without any rounded division.
  const numerators = members.map((m) => interestNumerator(m.holdings, rate, year));
  const { entitlement, interestPool, patronagePool } = splitAfterFunds(afterFunds, sum(numerators), year, scale);

  const interest = allocateLargestRemainder(
    formatMoney(interestPool, scale),
    members.map((m, i) => ({ key: m.memberId, weight: numerators[i].toFixed(), tieRank: m.memberNumber })),
    scale,
  );

  const patronage = patronageWeights(members, yearEnd, input.patronageForCeasedMembers ?? false);
  assertPatronageTaker(patronagePool, sum(patronage.weights), scale);
  const refunds = allocateLargestRemainder(
    formatMoney(patronagePool, scale),
    members.map((m, i) => ({ key: m.memberId, weight: patronage.weights[i].toFixed(), tieRank: m.memberNumber })),
    scale,
  );

  const lines = members.map((m): DistributionLine => {
    const memberInterest = interest.get(m.memberId) ?? formatMoney(0, scale);
    const refund = refunds.get(m.memberId) ?? formatMoney(0, scale);
    return {
      memberId: m.memberId,
      memberNumber: m.memberNumber,
      interest: memberInterest,
      patronageRefund: refund,
      total: formatMoney(new Dec(memberInterest).plus(refund), scale),
    };
  });

  return {
    surplus: formatMoney(surplus, scale),
    funds: {
      reserve: formatMoney(reserve, scale),
      education: formatMoney(education, scale),
      community: formatMoney(community, scale),
    },
    interestEntitlement: formatMoney(entitlement, scale),
    interestPool: formatMoney(interestPool, scale),
    interestScaledDown: interestPool.lt(entitlement),
    patronagePool: formatMoney(patronagePool, scale),
    patronageBasis: patronage.basis,
    lines,
    totals: {
      funds: formatMoney(funds, scale),
      interest: formatMoney(sum(lines.map((l) => l.interest)), scale),
      patronageRefund: formatMoney(sum(lines.map((l) => l.patronageRefund)), scale),
      total: formatMoney(sum(lines.map((l) => l.total)), scale),
    },
  };
}

/** Sum of amount x rate x days: the interest weight times 100 x days-in-year. */
function interestNumerator(holdings: readonly CapitalHolding[], rate: Dec, fiscalYear: FiscalYear): Dec {
  return sum(
    holdings.map((h) => {
      const amount = parseDecimal(h.amount, 'INVALID_HOLDING', `Holding amount '${h.amount}' is not a decimal`);
      if (amount.isNegative()) throw new SurplusError('INVALID_HOLDING', `Holding amount ${h.amount} is negative`);
      return amount.times(rate).times(holdingDays(h, fiscalYear));
    }),
  );
}

/** Chooses the patronage basis for the eligible members and returns every member's weight (0 if not eligible). */
function patronageWeights(
  members: readonly DistributionMember[],
  yearEnd: number,
  includeCeased: boolean,
): { basis: 'value' | 'quantity' | null; weights: Dec[] } {
  const parsed = members.map((m) => ({
    // Not a member at year end: ceased with effect on or before its last day.
    eligible: includeCeased || m.ceasedOn == null || dayNumber(m.ceasedOn) > yearEnd,
    value: parsePatronage(m.patronageValue, m),
    quantity: parsePatronage(m.patronageQuantity, m),
  }));
  const eligible = parsed.filter((p) => p.eligible);
  const basis = choosePatronageBasis({
    anyValue: eligible.some((p) => p.value !== null),
    quantityOnly: eligible.some((p) => p.value === null && p.quantity !== null && p.quantity.gt(0)),
    anyQuantity: eligible.some((p) => p.quantity !== null),
  });
  const weights = parsed.map((p) => {
    if (!p.eligible) return new Dec(0);
    return (basis === 'value' ? p.value : p.quantity) ?? new Dec(0);
  });
  return { basis, weights };
}

function parsePatronage(value: string | null | undefined, member: DistributionMember): Dec | null {
  if (value == null) return null;
  const parsed = parseDecimal(value, 'INVALID_PATRONAGE', `Patronage '${value}' of member ${member.memberNumber}`);
  if (parsed.isNegative()) {
    throw new SurplusError('INVALID_PATRONAGE', `Patronage of member ${member.memberNumber} is negative`);
  }
  return parsed;
}

function assertUniqueMembers(members: readonly DistributionMember[]): void {
  const ids = new Set<string>();
  const numbers = new Set<number>();
  for (const m of members) {
    if (!Number.isSafeInteger(m.memberNumber)) {
      throw new SurplusError('INVALID_MEMBER', `Member number ${m.memberNumber} is not an integer`);
    }
    if (ids.has(m.memberId) || numbers.has(m.memberNumber)) {
      throw new SurplusError('INVALID_MEMBER', `Member ${m.memberId} (no. ${m.memberNumber}) appears twice`);
    }
    ids.add(m.memberId);
    numbers.add(m.memberNumber);
  }
}

function assertScale(scale: number): void {
  if (!Number.isInteger(scale) || scale < 0 || scale > MAX_SCALE) {
    throw new SurplusError('INVALID_SCALE', `Scale must be an integer from 0 to ${MAX_SCALE}, got ${scale}`);
  }
}

function parseDecimal(
  value: string,
  code: 'INVALID_AMOUNT' | 'INVALID_HOLDING' | 'INVALID_PATRONAGE',
  message: string,
): Dec {
  let parsed: Dec | null = null;
  try {
    parsed = typeof value === 'string' ? new Dec(value) : null;
  } catch {
    // decimal.js throws on malformed text; reported below with the domain code.
  }
  if (parsed === null || !parsed.isFinite()) throw new SurplusError(code, message);
  return parsed;
}

function parsePercent(value: string, code: 'INVALID_PERCENT' | 'INVALID_INTEREST_RATE', what: string): Dec {
  let parsed: Dec | null = null;
  try {
    parsed = typeof value === 'string' ? new Dec(value) : null;
  } catch {
    // Reported below.
  }
  if (parsed === null || !parsed.isFinite() || parsed.lt(0) || parsed.gt(100)) {
    throw new SurplusError(code, `${what} must be a decimal from 0 to 100, got '${value}'`);
  }
  return parsed;
}
