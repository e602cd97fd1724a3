/**
 * The lifecycle of a distribution plan (DOMAIN.md, "Surplus distribution"):
 *   draft (recomputable preview) -> proposed (frozen, linked to a ballot or an assembly resolution)
 *   -> approved (the ballot passed) -> executed (posted once); a draft or a proposed plan may be rejected.
 * An executed or rejected plan is final. Pure: the service locks the plan row and asks here first.
 */
import { SurplusError } from './surplus.errors.js';
export const PLAN_STATUSES = ['draft', 'proposed', 'approved', 'executed', 'rejected'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_ACTIONS = ['recompute', 'propose', 'approve', 'execute', 'reject'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

const TRANSITIONS: Readonly<Record<PlanAction, { from: readonly PlanStatus[]; to: PlanStatus }>> = {
  recompute: { from: ['draft'], to: 'draft' },
  propose: { from: ['draft'], to: 'proposed' },
  approve: { from: ['proposed'], to: 'approved' },
  execute: { from: ['approved'], to: 'executed' },
  reject: { from: ['draft', 'proposed'], to: 'rejected' },
};

export class PlanRuleError extends SurplusError {
  declare readonly code: 'ILLEGAL_TRANSITION';

  constructor(code: 'ILLEGAL_TRANSITION', message: string) {
    super(code, message);
  }
}

/** The status after `action`, or ILLEGAL_TRANSITION when the plan's status does not allow it. */
export function planTransition(status: PlanStatus, action: PlanAction): PlanStatus {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(status)) {
    const allowed = allowedPlanActions(status);
    throw new PlanRuleError(
      'ILLEGAL_TRANSITION',
      `A ${status} plan cannot be ${PAST[action]}` +
        (allowed.length > 0 ? ` (allowed: ${allowed.join(', ')}).` : ': it is final.'),
    );
  }
  return rule.to;
}

export function allowedPlanActions(status: PlanStatus): PlanAction[] {
  return PLAN_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(status));
}

/** Inputs (surplus, patronage) of a year are frozen while one of its plans is in one of these statuses. */
export const ACTIVE_PLAN_STATUSES: readonly PlanStatus[] = ['proposed', 'approved', 'executed'];

const PAST: Readonly<Record<PlanAction, string>> = {
  recompute: 'recomputed',
  propose: 'proposed',
  approve: 'approved',
  execute: 'executed',
  reject: 'rejected',
};
