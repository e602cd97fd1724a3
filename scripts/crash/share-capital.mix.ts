/**
 * Share capital in the mix: payments of 100.00 towards subscribed capital (a pool the admissions fill), and share
 * transfers of one fully paid share between the first two members, back and forth, each a chain of three writes
 * (request, approval, completion); one transfer at a time, so neither member goes below the bylaws' minimum.
 */
import { exists, field, type MixEntry, type Step } from './journal.js';
import { post } from './http.js';
import { coopPath, type World } from './world.js';

export function shareCapitalMix(world: World): MixEntry[] {
  const coop = coopPath(world);
  const transfer = world.pools.transfer;
  const pay = (): Step | undefined => {
    const payment = world.pools.payments.shift();
    if (!payment) return undefined;
    return {
      module: 'share-capital',
      write: post(world.staff, `${coop}/share-payments`, { ...payment, effectiveDate: world.today }),
      acknowledged: (body) => [
        exists(
          `the payment of ${payment.amount}`,
          'capital_entries',
          "id = $1 AND member_id = $2 AND kind = 'payment' AND paid_up_delta = $3::numeric",
          [field(body, 'entry', 'id'), payment.memberId, payment.amount],
        ),
      ],
    };
  };
  const request = `capital_requests`;
  const complete = (id: string): Step => ({
    module: 'share-capital',
    write: post(world.staff, `${coop}/share-transfers/${id}/complete`, { effectiveDate: world.today }),
    acknowledged() {
      transfer.busy = false;
      transfer.forward = !transfer.forward;
      return [
        exists('the completed transfer', request, "id = $1 AND status = 'completed'", [id]),
        {
          what: 'its two ledger entries (out of one holding, into the other)',
          sql: 'SELECT count(*) = 2 AND sum(shares_delta) = 0 AS ok FROM capital_entries WHERE request_id = $1',
          params: [id],
        },
      ];
    },
  });
  const approve = (id: string): Step => ({
    module: 'share-capital',
    write: post(world.staff, `${coop}/share-transfers/${id}/approve`, { decisionReference: 'Board minute (crash)' }),
    acknowledged: () => [exists('the approved transfer', request, 'id = $1 AND decided_at IS NOT NULL', [id])],
    next: () => complete(id),
  });
  const requestTransfer = (): Step | undefined => {
    if (transfer.busy) return undefined;
    transfer.busy = true;
    const [a, b] = world.voters;
    const [from, to] = transfer.forward ? [a, b] : [b, a];
    return {
      module: 'share-capital',
      write: post(world.staff, `${coop}/share-transfers`, {
        fromMemberId: from.memberId,
        toMemberId: to.memberId,
        shares: 1,
        reason: 'Crash test transfer',
        requestedOn: world.today,
      }),
      acknowledged: (body) => [
        exists('the transfer request', request, 'id = $1 AND member_id = $2 AND shares = 1', [
          field(body, 'id'),
          from.memberId,
        ]),
      ],
      next: (body) => approve(field(body, 'id')),
    };
  };
  return [
    { weight: 3, next: pay },
    { weight: 1, next: requestTransfer },
  ];
}
