/**
 * A cooperative's bylaws: the settings every module reads (DOMAIN.md, "Cooperatives and bylaws"), their defaults
 * and the rules that tie fields together. Percentages and money are decimal strings; counts are integers.
 *
 * Choices written down here:
 * - The currency and its minor-unit scale are fixed when the cooperative is created: every ledger is kept in it,
 *   so changing it later would silently re-denominate history.
 * - A null cap means "no cap" (maxSharesPerMember, maxCapitalPercentPerMember, quorumAbsolute).
 * - The three surplus funds together may not take more than 100% of the surplus.
 */
export const MAJORITIES = ['simple', 'two_thirds', 'absolute'] as const;
export type Majority = (typeof MAJORITIES)[number];
export const REFUND_MODES = ['cash', 'capital'] as const;
export type RefundMode = (typeof REFUND_MODES)[number];

export interface BylawsValues {
  currency: string;
  minorUnitScale: number;
  shareParValue: string;
  minSharesForMembership: number;
  admissionRequiresPaidShares: boolean;
  maxSharesPerMember: number | null;
  maxCapitalPercentPerMember: string | null;
  quorumPercent: string;
  quorumAbsolute: number | null;
  defaultMajority: Majority;
  maxProxiesPerMember: number;
  votingRequiresPaidShares: boolean;
  votingMinMembershipDays: number;
  minReservePercent: string;
  educationFundPercent: string;
  communityFundPercent: string;
  maxShareInterestRatePercent: string;
  patronageRefundsForCeasedMembers: boolean;
  surplusRefundMode: RefundMode;
  redemptionNoticeDays: number;
  annualRedemptionCapPercent: string;
  loanCeilingMultiple: string;
  loanMaxTermMonths: number;
  loanInterestRatePercent: string;
  loanGuaranteeRequired: boolean;
  loanGuaranteePercent: string;
  maxLoansPerMember: number;
}

export const DEFAULT_BYLAWS: BylawsValues = {
  currency: 'EUR',
  minorUnitScale: 2,
  shareParValue: '10.00',
  minSharesForMembership: 1,
  admissionRequiresPaidShares: false,
  maxSharesPerMember: null,
  maxCapitalPercentPerMember: null,
  quorumPercent: '50',
  quorumAbsolute: null,
  defaultMajority: 'simple',
  maxProxiesPerMember: 1,
  votingRequiresPaidShares: false,
  votingMinMembershipDays: 0,
  minReservePercent: '20',
  educationFundPercent: '5',
  communityFundPercent: '0',
  maxShareInterestRatePercent: '5',
  patronageRefundsForCeasedMembers: false,
  surplusRefundMode: 'cash',
  redemptionNoticeDays: 90,
  annualRedemptionCapPercent: '10',
  loanCeilingMultiple: '3',
  loanMaxTermMonths: 24,
  loanInterestRatePercent: '0',
  loanGuaranteeRequired: false,
  loanGuaranteePercent: '100',
  maxLoansPerMember: 1,
};

/** Fields set once, at creation. */
export const IMMUTABLE_BYLAWS: ReadonlyArray<keyof BylawsValues> = ['currency', 'minorUnitScale'];

export interface BylawsViolation {
  field: keyof BylawsValues;
  message: string;
}

/** Cross-field rules a single field's range cannot express. */
export function checkBylaws(values: BylawsValues): BylawsViolation[] {
  const violations: BylawsViolation[] = [];
  const funds = [values.minReservePercent, values.educationFundPercent, values.communityFundPercent];
  const fundsTotalHundredths = funds.reduce((total, p) => total + toHundredths(p), 0);
  if (fundsTotalHundredths > 100_00) {
    violations.push({
      field: 'minReservePercent',
      message: 'minReservePercent + educationFundPercent + communityFundPercent must not exceed 100',
    });
  }
  const parDecimals = values.shareParValue.split('.')[1]?.length ?? 0;
  if (parDecimals > values.minorUnitScale) {
    violations.push({
      field: 'shareParValue',
      message: `shareParValue has more decimals than the currency allows (${values.minorUnitScale})`,
    });
  }
  if (values.maxSharesPerMember !== null && values.maxSharesPerMember < values.minSharesForMembership) {
    violations.push({ field: 'maxSharesPerMember', message: 'maxSharesPerMember must be >= minSharesForMembership' });
  }
  return violations;
}

/** Percent strings carry at most two decimals (validated by the DTO), so hundredths are exact integers. */
function toHundredths(percent: string): number {
  const [whole, fraction = ''] = percent.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}
