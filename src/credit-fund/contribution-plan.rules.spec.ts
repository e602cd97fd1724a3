import { contributionsDueCount, planStanding } from './contribution-plan.rules.js';

describe('contribution plans', () => {
  const monthly = { frequency: 'monthly' as const, startsOn: '2025-01-31', endsOn: null };

  it('counts contributions due on or before the date, from the start date, clamped to month ends', () => {
    // Due 2025-01-31, 02-28, 03-31, 04-30, ...
    expect(contributionsDueCount(monthly, '2025-01-30')).toBe(0);
    expect(contributionsDueCount(monthly, '2025-01-31')).toBe(1);
    expect(contributionsDueCount(monthly, '2025-02-27')).toBe(1);
    expect(contributionsDueCount(monthly, '2025-02-28')).toBe(2);
    expect(contributionsDueCount(monthly, '2025-04-29')).toBe(3);
    expect(contributionsDueCount(monthly, '2025-04-30')).toBe(4);
    expect(contributionsDueCount(monthly, '2026-01-31')).toBe(13);
  });

  it('stops at the end date', () => {
    expect(contributionsDueCount({ ...monthly, endsOn: '2025-03-30' }, '2026-01-01')).toBe(2);
    expect(contributionsDueCount({ ...monthly, endsOn: '2025-03-31' }, '2026-01-01')).toBe(3);
  });

  it('quarterly and yearly', () => {
    const quarterly = { frequency: 'quarterly' as const, startsOn: '2025-01-15', endsOn: null };
    expect(contributionsDueCount(quarterly, '2025-04-14')).toBe(1);
    expect(contributionsDueCount(quarterly, '2025-04-15')).toBe(2);
    expect(contributionsDueCount(quarterly, '2025-12-31')).toBe(4);
    const yearly = { frequency: 'yearly' as const, startsOn: '2024-02-29', endsOn: null };
    expect(contributionsDueCount(yearly, '2025-02-27')).toBe(1);
    expect(contributionsDueCount(yearly, '2025-02-28')).toBe(2);
  });

  it('reports due, paid, outstanding and the next date', () => {
    const plan = { ...monthly, amount: '10.00' };
    expect(planStanding(plan, '25.00', '2025-04-30', 2)).toEqual({
      dueCount: 4,
      dueAmount: '40.00',
      paidAmount: '25.00',
      outstanding: '15.00',
      nextDueOn: '2025-05-31',
    });
    // Paid ahead: nothing outstanding.
    expect(planStanding(plan, '50.00', '2025-02-28', 2)).toMatchObject({ dueAmount: '20.00', outstanding: '0.00' });
    // Before the start.
    expect(planStanding(plan, '0.00', '2024-12-01', 2)).toMatchObject({ dueCount: 0, nextDueOn: '2025-01-31' });
    // Ended.
    expect(planStanding({ ...plan, endsOn: '2025-03-31' }, '30.00', '2025-06-01', 2)).toMatchObject({
      dueCount: 3,
      outstanding: '0.00',
      nextDueOn: null,
    });
  });
});
