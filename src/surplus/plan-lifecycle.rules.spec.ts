import {
  allowedPlanActions,
  PLAN_ACTIONS,
  PLAN_STATUSES,
  PlanRuleError,
  planTransition,
} from './plan-lifecycle.rules.js';

describe('plan lifecycle', () => {
  const legal: Record<string, string> = {
    'draft recompute': 'draft',
    'draft propose': 'proposed',
    'draft reject': 'rejected',
    'proposed approve': 'approved',
    'proposed reject': 'rejected',
    'approved execute': 'executed',
  };

  it.each(PLAN_STATUSES.flatMap((s) => PLAN_ACTIONS.map((a) => [s, a] as const)))('%s + %s', (status, action) => {
    const expected = legal[`${status} ${action}`];
    if (expected) {
      expect(planTransition(status, action)).toBe(expected);
    } else {
      let caught: unknown;
      try {
        planTransition(status, action);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(PlanRuleError);
      expect((caught as PlanRuleError).code).toBe('ILLEGAL_TRANSITION');
    }
  });

  it('lists what each status allows; executed and rejected are final', () => {
    expect(allowedPlanActions('draft')).toEqual(['recompute', 'propose', 'reject']);
    expect(allowedPlanActions('proposed')).toEqual(['approve', 'reject']);
    expect(allowedPlanActions('approved')).toEqual(['execute']);
    expect(allowedPlanActions('executed')).toEqual([]);
    expect(allowedPlanActions('rejected')).toEqual([]);
    expect(() => planTransition('executed', 'execute')).toThrow('it is final');
  });
});
