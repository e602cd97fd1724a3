/** Surplus in the mix: the stage's approved distribution plan executed, with its postings. */
import { exists, type MixEntry, type Step } from './journal.js';
import { post } from './http.js';
import { coopPath, type World } from './world.js';

export function surplusMix(world: World): MixEntry[] {
  const execute = (): Step | undefined => {
    const planId = world.pools.plans.shift();
    if (!planId) return undefined;
    return {
      module: 'surplus',
      write: post(world.staff, `${coopPath(world)}/distribution-plans/${planId}/execute`, { executedOn: world.today }),
      acknowledged: () => [
        exists('the executed plan', 'distribution_plans', "id = $1 AND status = 'executed'", [planId]),
        exists('its postings', 'distribution_postings', 'plan_id = $1', [planId]),
      ],
    };
  };
  return [{ weight: 1, next: execute }];
}
