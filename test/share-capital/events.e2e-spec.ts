/**
 * Share capital's events (docs/events.md) carry the resource as its GET answers right after the change: a posting
 * its capital entry, a transfer's or redemption's step the request.
 */
import { jest } from '@jest/globals';
import { givenSuperadmin } from '../support/factories.js';
import { eventFeed } from '../support/event-feed.js';
import {
  type CapitalCoop,
  coopPath,
  get,
  givenActiveMember,
  givenCapitalCooperative,
  invariantViolations,
  pay,
  post,
  subscribe,
} from '../support/share-capital.factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(90_000);

describe('share capital events', () => {
  let t: TestApp;
  let c: CapitalCoop;
  let feed: ReturnType<typeof eventFeed>;
  const path = (rest: string) => `${coopPath(c.coop)}/${rest}`;

  beforeAll(async () => {
    t = await startTestApp();
    c = await givenCapitalCooperative(t, { redemptionNoticeDays: 0, annualRedemptionCapPercent: '100' });
    feed = eventFeed(t, c.coop, await givenSuperadmin(t), c.secretary);
  });
  afterAll(async () => {
    expect(await invariantViolations(t)).toEqual({});
    await t.close();
  });

  it('gives each posting the entry as GET /capital-entries/{id} answers after it', async () => {
    const member = await givenActiveMember(t, c, { shares: 2, paid: '20.00' });
    const start = await feed.now();
    const subscribed = await subscribe(t, c, member, 3, '2024-01-10');
    const afterSubscription = await get(t, c.treasurer, path(`capital-entries/${subscribed.entry.id}`));
    const paid = await pay(t, c, member, '30.00', '2024-01-11');
    const afterPayment = await get(t, c.treasurer, path(`capital-entries/${paid.entry.id}`));
    const reversed = await post(t, c.treasurer, path(`capital-entries/${paid.entry.id}/reversal`), {
      reason: 'Bank returned the transfer',
    });
    const afterReversal = await get(t, c.treasurer, path(`capital-entries/${reversed.entry.id}`));
    const allocated = await post(t, c.treasurer, path('share-allocations'), {
      memberId: member,
      amount: '15.00',
      effectiveDate: '2024-01-12',
    });
    const afterAllocation = await get(t, c.treasurer, path(`capital-entries/${allocated.entry.id}`));

    const events = await feed.eventsOf(
      start,
      'capital.subscription_posted',
      'capital.payment_posted',
      'capital.reversal_posted',
      'capital.allocation_posted',
    );
    expect(events.map((e) => e.data)).toEqual([afterSubscription, afterPayment, afterReversal, afterAllocation]);
    expect(afterPayment).toMatchObject({ kind: 'payment', paidUpChange: '30.00', reversedByEntryId: null });
    expect(afterReversal).toMatchObject({ kind: 'reversal', paidUpChange: '-30.00', reversesEntryId: paid.entry.id });
    expect(events[0].subject).toEqual({ type: 'member', id: member });
  });

  it('gives each step of a transfer the request as GET /share-transfers/{id} answers after it', async () => {
    const giver = await givenActiveMember(t, c, { shares: 6, paid: '60.00' });
    const taker = await givenActiveMember(t, c, { shares: 1, paid: '10.00' });
    const start = await feed.now();
    const transfer = (id = '') => path(`share-transfers${id ? `/${id}` : ''}`);
    const requested = await post(t, c.treasurer, transfer(), {
      fromMemberId: giver,
      toMemberId: taker,
      shares: 2,
      requestedOn: '2024-02-01',
      reason: 'Succession',
    });
    const afterRequest = await get(t, c.treasurer, transfer(requested.id));
    await post(t, c.board, `${transfer(requested.id)}/approve`, { decisionReference: 'Board 2024-02' }, 200);
    const afterApproval = await get(t, c.treasurer, transfer(requested.id));
    const completed = await post(
      t,
      c.treasurer,
      `${transfer(requested.id)}/complete`,
      { effectiveDate: '2024-02-10' },
      200,
    );
    const afterCompletion = await get(t, c.treasurer, transfer(requested.id));
    const other = await post(t, c.treasurer, transfer(), { fromMemberId: giver, toMemberId: taker, shares: 1 });
    await post(t, c.board, `${transfer(other.id)}/reject`, { reason: 'Not at par' }, 200);
    const afterRejection = await get(t, c.treasurer, transfer(other.id));

    const events = await feed.eventsOf(
      start,
      'capital.transfer_requested',
      'capital.transfer_approved',
      'capital.transfer_completed',
      'capital.transfer_requested',
      'capital.transfer_rejected',
    );
    expect(events.map((e) => e.data)).toEqual([
      afterRequest,
      afterApproval,
      afterCompletion,
      expect.objectContaining({ id: other.id, status: 'requested' }),
      afterRejection,
    ]);
    expect(completed).toEqual(afterCompletion);
    expect(afterCompletion).toMatchObject({ status: 'completed', completedOn: '2024-02-10', amount: '20.00' });
    expect(events[1].subject).toEqual({ type: 'share_transfer', id: requested.id });
  });

  it('gives each step of a redemption the request as GET /share-redemptions/{id} answers after it', async () => {
    const member = await givenActiveMember(t, c, { shares: 5, paid: '50.00' });
    const start = await feed.now();
    const redemption = (id = '') => path(`share-redemptions${id ? `/${id}` : ''}`);
    const requested = await post(t, c.treasurer, redemption(), {
      memberId: member,
      shares: 2,
      requestedOn: '2024-03-01',
    });
    const afterRequest = await get(t, c.treasurer, redemption(requested.id));
    await post(t, c.board, `${redemption(requested.id)}/approve`, { decisionReference: 'Board 2024-03' }, 200);
    const afterApproval = await get(t, c.treasurer, redemption(requested.id));
    await post(t, c.treasurer, `${redemption(requested.id)}/complete`, { effectiveDate: '2024-03-05' }, 200);
    const afterCompletion = await get(t, c.treasurer, redemption(requested.id));
    const other = await post(t, c.treasurer, redemption(), { memberId: member, shares: 1, requestedOn: '2024-03-06' });
    await post(t, c.treasurer, `${redemption(other.id)}/cancel`, { reason: 'Changed their mind' }, 200);
    const afterCancel = await get(t, c.treasurer, redemption(other.id));

    const events = await feed.eventsOf(
      start,
      'capital.redemption_requested',
      'capital.redemption_approved',
      'capital.redemption_completed',
      'capital.redemption_requested',
      'capital.redemption_cancelled',
    );
    expect(events.map((e) => e.data)).toEqual([
      afterRequest,
      afterApproval,
      afterCompletion,
      expect.objectContaining({ id: other.id, status: 'requested' }),
      afterCancel,
    ]);
    expect(afterCompletion).toMatchObject({ status: 'completed', amount: '20.00', completedOn: '2024-03-05' });
    expect(afterCancel).toMatchObject({ status: 'cancelled', cancellationReason: 'Changed their mind' });
  });
});
