/**
 * Membership in the mix: admissions, each a chain of three writes (the application, the subscription of the bylaws'
 * minimum of 2 shares, the admission); an admitted member's unpaid 1000.00 joins the share payments' pool.
 */
import { randomBytes } from 'node:crypto';
import { exists, field, type MixEntry, type Step } from './journal.js';
import { post } from './http.js';
import { admissionBody, admitBody, coopPath, subscriptionBody, tenths, type World } from './world.js';

export function membershipMix(world: World): MixEntry[] {
  const coop = coopPath(world);
  const admit = (memberId: string): Step => ({
    module: 'membership',
    write: post(world.staff, `${coop}/members/${memberId}/admit`, admitBody(world)),
    acknowledged(body) {
      world.pools.payments.push(...tenths(memberId));
      return [
        exists('the admission', 'members', "id = $1 AND status = 'active' AND member_number = $2", [
          memberId,
          field(body, 'memberNumber'),
        ]),
      ];
    },
  });
  const subscribe = (memberId: string): Step => ({
    module: 'share-capital',
    write: post(world.staff, `${coop}/share-subscriptions`, subscriptionBody(world, memberId)),
    acknowledged: (body) => [
      exists('the subscription', 'capital_entries', "id = $1 AND member_id = $2 AND kind = 'subscription'", [
        field(body, 'entry', 'id'),
        memberId,
      ]),
    ],
    next: () => admit(memberId),
  });
  const apply = (): Step => {
    const name = `Crash Applicant ${randomBytes(4).toString('hex')}`;
    return {
      module: 'membership',
      write: post(world.staff, `${coop}/members`, admissionBody(world, name)),
      acknowledged: (body) => [
        exists('the application', 'members', 'id = $1 AND cooperative_id = $2 AND name = $3', [
          field(body, 'id'),
          world.cooperativeId,
          name,
        ]),
      ],
      next: (body) => subscribe(field(body, 'id')),
    };
  };
  return [{ weight: 2, next: apply }];
}
