/**
 * Test stand-ins for the modules above the surplus (share capital, governance, credit fund), provided from a
 * @Global() module exactly as those modules will provide the real ports. Each is backed by a plain table the tests
 * fill (created here, in the spec's own database; never in a migration):
 *   test_capital_holdings(cooperative_id, member_id, amount, held_from, left_on)  -- CAPITAL_HOLDINGS reads it
 *   test_ballots(cooperative_id, ballot_id, passed)                               -- BALLOT_DECISIONS reads it
 *   test_capital_allocations(cooperative_id, plan_id, member_id, amount, effective_date)  -- capital posting
 *   test_credit_fund_entries(cooperative_id, plan_id, amount, effective_date)    -- credit fund posting (source = plan)
 * The postings follow the ports' contract: one set-based statement from the plan lines, idempotent on a unique key.
 */
import { Global, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../src/common/context/request-context.js';
import { CommonError } from '../../src/common/errors/common.errors.js';
import { GovernanceError } from '../../src/governance/governance.errors.js';
import {
  BALLOT_DECISIONS,
  type BallotDecisionsPort,
  CAPITAL_ALLOCATION_POSTING,
  CAPITAL_HOLDINGS,
  type CapitalAllocationPostingPort,
  type CapitalHoldingsPort,
  CREDIT_FUND_POSTING,
  type CreditFundPostingPort,
  type PostingResult,
  type SqlQuery,
} from '../../src/surplus/surplus.ports.js';

@Injectable()
export class TestSurplusPorts
  implements CapitalHoldingsPort, BallotDecisionsPort, CapitalAllocationPostingPort, CreditFundPostingPort, OnModuleInit
{
  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.dataSource.query(`
      CREATE TABLE IF NOT EXISTS test_capital_holdings (
        cooperative_id uuid NOT NULL, member_id uuid NOT NULL, amount numeric NOT NULL,
        held_from date NOT NULL, left_on date);
      CREATE TABLE IF NOT EXISTS test_ballots (
        cooperative_id uuid NOT NULL, ballot_id uuid NOT NULL, passed boolean NOT NULL,
        PRIMARY KEY (cooperative_id, ballot_id));
      CREATE TABLE IF NOT EXISTS test_capital_allocations (
        cooperative_id uuid NOT NULL, plan_id uuid NOT NULL, member_id uuid NOT NULL, amount numeric NOT NULL,
        effective_date date NOT NULL, PRIMARY KEY (cooperative_id, plan_id, member_id));
      CREATE TABLE IF NOT EXISTS test_credit_fund_entries (
        cooperative_id uuid NOT NULL, plan_id uuid NOT NULL, amount numeric NOT NULL, effective_date date NOT NULL,
        PRIMARY KEY (cooperative_id, plan_id));`);
  }

  holdingsQuery(input: { cooperativeId: string; start: string; end: string }): SqlQuery {
    return {
      sql: `SELECT member_id, amount, held_from, left_on FROM test_capital_holdings
             WHERE cooperative_id = $1 AND held_from <= $2::date AND (left_on IS NULL OR left_on > $3::date)`,
      params: [input.cooperativeId, input.end, input.start],
    };
  }

  async assertPassed(_ctx: RequestContext, cooperativeId: string, ballotId: string): Promise<void> {
    const rows: { passed: boolean }[] = await this.dataSource.query(
      `SELECT passed FROM test_ballots WHERE cooperative_id = $1 AND ballot_id = $2`,
      [cooperativeId, ballotId],
    );
    if (!rows[0]?.passed) throw new GovernanceError('BALLOT_NOT_PASSED', `Ballot ${ballotId} did not pass.`);
  }

  async postCapitalAllocations(
    manager: EntityManager,
    input: { cooperativeId: string; planId: string; effectiveDate: string },
  ): Promise<PostingResult> {
    const [posted]: PostingResult[] = await manager.query(
      `WITH ins AS (
         INSERT INTO test_capital_allocations (cooperative_id, plan_id, member_id, amount, effective_date)
         SELECT cooperative_id, plan_id, member_id, total, $3::date FROM distribution_plan_lines
          WHERE cooperative_id = $1 AND plan_id = $2 AND refund_mode = 'capital' AND total > 0
         ON CONFLICT DO NOTHING RETURNING amount)
       SELECT count(*)::int AS entries, coalesce(sum(amount), 0)::text AS amount FROM ins`,
      [input.cooperativeId, input.planId, input.effectiveDate],
    );
    return posted;
  }

  async postSurplusAllocation(
    ctx: RequestContext,
    input: { cooperativeId: string; amount: string; valueDate: string; sourceId: string },
  ): Promise<void> {
    const manager = ctx.manager!;
    const [existing]: { amount: string }[] = await manager.query(
      `SELECT amount::text FROM test_credit_fund_entries WHERE cooperative_id = $1 AND plan_id = $2`,
      [input.cooperativeId, input.sourceId],
    );
    if (existing && existing.amount !== input.amount) {
      throw new CommonError('CONFLICT', `Source ${input.sourceId} was already allocated ${existing.amount}.`);
    }
    await manager.query(
      `INSERT INTO test_credit_fund_entries (cooperative_id, plan_id, amount, effective_date) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [input.cooperativeId, input.sourceId, input.amount, input.valueDate],
    );
  }
}

@Global()
@Module({
  providers: [
    TestSurplusPorts,
    { provide: CAPITAL_HOLDINGS, useExisting: TestSurplusPorts },
    { provide: BALLOT_DECISIONS, useExisting: TestSurplusPorts },
    { provide: CAPITAL_ALLOCATION_POSTING, useExisting: TestSurplusPorts },
    { provide: CREDIT_FUND_POSTING, useExisting: TestSurplusPorts },
  ],
  exports: [CAPITAL_HOLDINGS, BALLOT_DECISIONS, CAPITAL_ALLOCATION_POSTING, CREDIT_FUND_POSTING],
})
export class TestSurplusPortsModule {}
