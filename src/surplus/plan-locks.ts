/** The one lock order of the plan use cases: the plan's fiscal year, then the plan (FOR UPDATE). */
import type { TxContext } from '../common/context/request-context.js';
import { DistributionPlan } from './distribution-plan.entity.js';
import type { FiscalYear } from './fiscal-year.entity.js';
import type { FiscalYearService } from './fiscal-year.service.js';
import { SurplusError } from './surplus.errors.js';

export const planNotFound = () => new SurplusError('PLAN_NOT_FOUND', 'No such distribution plan in this cooperative.');

/** The plan's fiscal year (locked `yearLock`), then the plan, locked for update. */
export async function lockYearAndPlan(
  ctx: TxContext,
  years: FiscalYearService,
  cooperativeId: string,
  planId: string,
  yearLock: 'update' | 'share',
): Promise<{ fy: FiscalYear; plan: DistributionPlan }> {
  const { manager } = ctx;
  const found = await manager.findOneBy(DistributionPlan, { id: planId, cooperativeId });
  if (!found) throw planNotFound();
  const fy = await years.find(ctx, cooperativeId, found.fiscalYearId, yearLock);
  const plan = await manager.findOne(DistributionPlan, {
    where: { id: planId, cooperativeId },
    lock: { mode: 'pessimistic_write' },
  });
  return { fy, plan: plan! };
}
