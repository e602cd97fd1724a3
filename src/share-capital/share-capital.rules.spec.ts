import {
  allocationChange,
  applyChange,
  assertAdmissible,
  assertCanCommit,
  assertWithinCap,
  EMPTY_HOLDING,
  type Holding,
  nextRequestStatus,
  type PaidUpEntry,
  paidUpOn,
  paymentChange,
  redemptionChange,
  reversalChange,
  ShareCapitalRuleError,
  subscriptionChange,
  transferChanges,
} from './share-capital.rules.js';
import {
  annualCap,
  assertPayable,
  type DatedHolding,
  payableFrom,
  planRedemptions,
  type RedemptionRequest,
  redemptionFor,
} from './share-redemptions.rules.js';

const PAR = '10';
const limits = { par: PAR, minShares: 1, maxShares: null, maxPercent: null };

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof ShareCapitalRuleError) return error.code;
    throw error;
  }
  return undefined;
}

const holding = (shares: number, subscribed: string, paidUp: string, committed = 0): Holding => ({
  shares,
  subscribed,
  paidUp,
  committed,
});

describe('entries', () => {
  it('a sequence of entries gives exact balances', () => {
    let h = EMPTY_HOLDING;
    h = applyChange(h, subscriptionChange(5, '12.50')); // 5 shares, 62.50
    h = applyChange(h, paymentChange('20.05'));
    h = applyChange(h, paymentChange('0.45'));
    h = applyChange(h, allocationChange('50', '12.50', h)); // pays up the 42.00 unpaid; 8.00 buys 1 more share
    expect(h).toEqual({ shares: 6, subscribed: '75', paidUp: '70.5', committed: 0 });
    h = applyChange(h, redemptionChange(2, '12.50', h));
    expect(h).toEqual({ shares: 4, subscribed: '50', paidUp: '45.5', committed: 0 });
    h = applyChange(h, redemptionChange(4, '12.50', h)); // all: repays 45.50, cancels the 4.50 unpaid
    expect(h).toEqual(EMPTY_HOLDING);
  });

  it('subscription pledges shares x par and pays nothing', () => {
    expect(subscriptionChange(3, '33.33')).toEqual({ shares: 3, subscribed: '99.99', paidUp: '0' });
  });

  it('paid-up above subscribed is refused with PAID_UP_EXCEEDS_SUBSCRIBED', () => {
    const h = holding(2, '20', '15');
    expect(applyChange(h, paymentChange('5'))).toEqual(holding(2, '20', '20'));
    expect(codeOf(() => applyChange(h, paymentChange('5.01')))).toBe('PAID_UP_EXCEEDS_SUBSCRIBED');
  });

  it('never goes negative', () => {
    expect(codeOf(() => applyChange(holding(1, '10', '10'), transferChanges(2, PAR).out))).toBe('INSUFFICIENT_SHARES');
    expect(codeOf(() => applyChange(holding(0, '0', '0'), reversalChange(paymentChange('1'))))).toBe(
      'INSUFFICIENT_SHARES',
    );
  });

  it('keeps committed shares held (SHARES_COMMITTED)', () => {
    const h = holding(3, '30', '0', 3);
    expect(codeOf(() => applyChange(h, reversalChange(subscriptionChange(1, PAR))))).toBe('SHARES_COMMITTED');
  });

  it('allocation pays up first, then buys whole shares, the last one partly paid', () => {
    expect(allocationChange('7', PAR, holding(1, '10', '2'))).toEqual({ shares: 0, subscribed: '0', paidUp: '7' });
    expect(allocationChange('8', PAR, holding(1, '10', '2'))).toEqual({ shares: 0, subscribed: '0', paidUp: '8' });
    expect(allocationChange('25', PAR, EMPTY_HOLDING)).toEqual({ shares: 3, subscribed: '30', paidUp: '25' });
    expect(allocationChange('18.01', PAR, holding(1, '10', '2'))).toEqual({
      shares: 2,
      subscribed: '20',
      paidUp: '18.01',
    });
  });

  it('a transfer moves fully paid shares at par', () => {
    expect(transferChanges(3, '10.50')).toEqual({
      out: { shares: -3, subscribed: '-31.5', paidUp: '-31.5' },
      in: { shares: 3, subscribed: '31.5', paidUp: '31.5' },
    });
  });

  it('partial redemption needs fully paid shares; redeeming all repays what is paid', () => {
    const h = holding(5, '50', '35');
    expect(redemptionChange(3, PAR, h)).toEqual({ shares: -3, subscribed: '-30', paidUp: '-30' });
    expect(codeOf(() => redemptionChange(4, PAR, h))).toBe('SHARES_NOT_PAID_UP');
    expect(redemptionChange(5, PAR, h)).toEqual({ shares: -5, subscribed: '-50', paidUp: '-35' });
    expect(codeOf(() => redemptionChange(6, PAR, h))).toBe('INSUFFICIENT_SHARES');
  });

  it('a reversal negates its entry exactly', () => {
    expect(reversalChange({ shares: 2, subscribed: '20', paidUp: '0' })).toEqual({
      shares: -2,
      subscribed: '-20',
      paidUp: '0',
    });
    expect(reversalChange({ shares: 0, subscribed: '0', paidUp: '12.34' })).toEqual({
      shares: 0,
      subscribed: '0',
      paidUp: '-12.34',
    });
  });
});

describe('bylaws limits', () => {
  it('caps shares by count', () => {
    const capped = { ...limits, maxShares: 10 };
    expect(codeOf(() => assertWithinCap(holding(10, '100', '0'), '0', capped))).toBeUndefined();
    expect(codeOf(() => assertWithinCap(holding(11, '110', '0'), '0', capped))).toBe('SHARE_CAP_EXCEEDED');
  });

  it('caps subscribed capital at a % of total paid-up capital, once there is some', () => {
    const capped = { ...limits, maxPercent: '20' };
    expect(codeOf(() => assertWithinCap(holding(20, '200', '0'), '1000', capped))).toBeUndefined();
    expect(codeOf(() => assertWithinCap(holding(21, '210', '0'), '1000', capped))).toBe('SHARE_CAP_EXCEEDED');
    expect(codeOf(() => assertWithinCap(holding(999, '9990', '0'), '0', capped))).toBeUndefined();
  });

  it('admission needs the minimum subscribed, and paid when required', () => {
    const two = { ...limits, minShares: 2 };
    expect(codeOf(() => assertAdmissible(holding(1, '10', '10'), two, false))).toBe('MINIMUM_SHARES_REQUIRED');
    expect(codeOf(() => assertAdmissible(holding(2, '20', '0'), two, false))).toBeUndefined();
    expect(codeOf(() => assertAdmissible(holding(2, '20', '19.99'), two, true))).toBe('MINIMUM_SHARES_NOT_PAID');
    expect(codeOf(() => assertAdmissible(holding(3, '30', '20'), two, true))).toBeUndefined();
  });

  it('a request commits free, fully paid shares and leaves a member the minimum', () => {
    const h = holding(10, '100', '80', 3);
    const member = { par: PAR, minShares: 1, inMembership: true, takesAll: false };
    expect(codeOf(() => assertCanCommit(h, 5, member))).toBeUndefined();
    expect(codeOf(() => assertCanCommit(h, 6, member))).toBe('SHARES_NOT_PAID_UP');
    expect(codeOf(() => assertCanCommit(holding(10, '100', '100', 3), 7, member))).toBe('MINIMUM_SHARES_REQUIRED');
    expect(codeOf(() => assertCanCommit(h, 8, member))).toBe('INSUFFICIENT_SHARES');
    const former = { par: PAR, minShares: 1, inMembership: false, takesAll: true };
    expect(codeOf(() => assertCanCommit(holding(10, '100', '0', 0), 10, former))).toBeUndefined();
  });
});

describe('requests', () => {
  it('follow requested -> approved | rejected -> completed, or cancelled while open', () => {
    expect(nextRequestStatus('requested', 'approve')).toBe('approved');
    expect(nextRequestStatus('requested', 'reject')).toBe('rejected');
    expect(nextRequestStatus('approved', 'complete')).toBe('completed');
    expect(nextRequestStatus('approved', 'cancel')).toBe('cancelled');
    expect(codeOf(() => nextRequestStatus('requested', 'complete'))).toBe('ILLEGAL_TRANSITION');
    expect(codeOf(() => nextRequestStatus('completed', 'cancel'))).toBe('ILLEGAL_TRANSITION');
    expect(codeOf(() => nextRequestStatus('rejected', 'approve'))).toBe('ILLEGAL_TRANSITION');
  });

  it('a redemption is payable after the notice period', () => {
    expect(payableFrom('2024-01-31', 30)).toBe('2024-03-01');
    expect(payableFrom('2023-12-01', 90)).toBe('2024-02-29');
    expect(payableFrom('2024-05-10', 0)).toBe('2024-05-10');
    expect(codeOf(() => assertPayable('2024-03-01', '2024-02-29'))).toBe('REDEMPTION_NOT_PAYABLE_YET');
    expect(codeOf(() => assertPayable('2024-03-01', '2024-03-01'))).toBeUndefined();
  });

  it('the annual cap is a % of the capital, rounded half-up to the minor unit', () => {
    expect(annualCap('1234.5', '10', 2)).toBe('123.45');
    expect(annualCap('1000.05', '10', 2)).toBe('100.01');
    expect(annualCap('999', '12.5', 0)).toBe('125');
  });

  it('an all-shares redemption waits for the member’s other open requests', () => {
    const request = { id: 'r', memberId: 'm', shares: 3, allShares: true, payableFrom: '2024-01-01' };
    expect(codeOf(() => redemptionFor(request, holding(5, '50', '50', 5), PAR))).toBe('OPEN_REQUESTS_PENDING');
    expect(redemptionFor(request, holding(3, '30', '25', 3), PAR)).toEqual({
      shares: -3,
      subscribed: '-30',
      paidUp: '-25',
    });
  });
});

describe('the redemption queue', () => {
  const dated = (h: Holding, last: string | null = '2024-01-01'): DatedHolding => ({ ...h, lastEffectiveDate: last });
  const request = (id: string, memberId: string, shares: number, payable = '2024-06-01'): RedemptionRequest => ({
    id,
    memberId,
    shares,
    allShares: false,
    payableFrom: payable,
  });

  it('pays first requested first, and stops at the first one that does not fit', () => {
    const holdings = new Map([
      ['a', dated(holding(10, '100', '100', 5))],
      ['b', dated(holding(10, '100', '100', 8))],
      ['c', dated(holding(10, '100', '100', 1))],
    ]);
    const queue = [request('1', 'a', 5), request('2', 'b', 8), request('3', 'c', 1)];
    expect(planRedemptions(queue, holdings, PAR, '129.99', '2024-07-01').map((p) => p.id)).toEqual(['1']);
    expect(planRedemptions(queue, holdings, PAR, '130', '2024-07-01').map((p) => [p.id, p.amount])).toEqual([
      ['1', '50'],
      ['2', '80'],
    ]);
    expect(planRedemptions(queue, holdings, PAR, '140', '2024-07-01').map((p) => p.id)).toEqual(['1', '2', '3']);
    expect(planRedemptions(queue, holdings, PAR, '49.99', '2024-07-01')).toEqual([]);
  });

  it('stops at a redemption not payable yet on that date, or dated before the member’s latest entry', () => {
    const holdings = new Map([
      ['a', dated(holding(2, '20', '20', 1))],
      ['b', dated(holding(2, '20', '20', 1), '2024-08-01')],
    ]);
    expect(
      planRedemptions([request('1', 'a', 1, '2024-09-01'), request('2', 'b', 1)], holdings, PAR, '999', '2024-07-01'),
    ).toEqual([]);
    expect(planRedemptions([request('2', 'b', 1)], holdings, PAR, '999', '2024-07-01')).toEqual([]);
    expect(planRedemptions([request('2', 'b', 1)], holdings, PAR, '999', '2024-08-01').map((p) => p.id)).toEqual(['2']);
  });

  it('applies two redemptions of one member in order', () => {
    const holdings = new Map([['a', dated(holding(5, '50', '45', 5))]]);
    const queue = [request('1', 'a', 2), { ...request('2', 'a', 3), allShares: true }];
    expect(planRedemptions(queue, holdings, PAR, '45', '2024-07-01').map((p) => [p.id, p.amount])).toEqual([
      ['1', '20'],
      ['2', '25'],
    ]);
  });
});

describe('paidUpOn', () => {
  const entry = (
    id: string,
    kind: PaidUpEntry['kind'],
    effectiveDate: string,
    paidUpDelta: string,
    reverses?: string,
  ) => ({ id, kind, effectiveDate, paidUpDelta, reversesEntryId: reverses ?? null }) satisfies PaidUpEntry;
  const ledger = [
    entry('1', 'subscription', '2024-01-10', '0'),
    entry('2', 'payment', '2024-02-01', '30'),
    entry('3', 'payment', '2024-03-01', '20'),
    entry('4', 'reversal', '2024-05-01', '-20', '3'),
    entry('5', 'redemption', '2024-06-30', '-10'),
    entry('6', 'allocation', '2024-12-31', '5.5'),
  ];

  it('sums the movements effective on or before the day, the day included', () => {
    expect(paidUpOn(ledger, '2024-01-31')).toBe('0');
    expect(paidUpOn(ledger, '2024-02-01')).toBe('30');
    expect(paidUpOn(ledger, '2024-06-30')).toBe('20');
    expect(paidUpOn(ledger, '2024-12-31')).toBe('25.5');
  });

  it('leaves a reversed mistake out on every day, even before its reversal, and the reversal too', () => {
    expect(paidUpOn(ledger, '2024-03-15')).toBe('30');
    expect(paidUpOn(ledger, '2024-05-01')).toBe('30');
  });

  it('is zero for no entries and before the first', () => {
    expect(paidUpOn([], '2024-01-01')).toBe('0');
    expect(paidUpOn(ledger, '2023-12-31')).toBe('0');
  });

  it('counts transfers out and in with their sign', () => {
    const moves = [entry('1', 'transfer_in', '2024-01-01', '40'), entry('2', 'transfer_out', '2024-04-01', '-10')];
    expect(paidUpOn(moves, '2024-03-31')).toBe('40');
    expect(paidUpOn(moves, '2024-04-01')).toBe('30');
  });
});
