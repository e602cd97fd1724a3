/**
 * The distribution computed set-based in PostgreSQL, reproducing computeDistribution (distribution.rules.ts) to the
 * cent without loading members into memory. The pool arithmetic is the pure rules' own code (splitFunds,
 * splitAfterFunds, choosePatronageBasis); only the per-member work runs in SQL, in one `compute` call:
 * 1. One statement builds each member's weights in a temporary table: capital_days = sum of amount x days held in
 *    the year over share capital's paid-up movements (capital.sql.ts paidUpMovementsSql; the interest weight without
 *    the constant rate / (100 x days-in-year)), the patronage value and quantity, and whether the member may get a
 *    patronage refund (active or suspended on the year's end by membership's statusOnSql, or the bylaws refund
 *    ceased members too).
 * 2. One aggregate gives the sums and the facts the patronage basis depends on; the pools follow in exact decimals,
 *    and the caller stores the plan row with them (the lines' trigger needs their plan).
 * 3. One INSERT ... SELECT writes the lines: each pool (in minor units P) is split by largest remainder with exact
 *    numeric integer division: floor = div(P x w, W), remainder = mod(P x w, W); the P - sum(floor) units left go
 *    one each to the largest remainders, ties to the lower member number (row_number() over remainder DESC,
 *    member_number). div and mod on numeric are exact, so this is the integer arithmetic of
 *    allocateLargestRemainder. An e2e test compares the two on hand-computed and random inputs.
 * Members without a member number (never admitted) get no line: the plan is for members, and the tie rule needs
 * their number.
 */
import { Injectable } from '@nestjs/common';
import type { TxContext } from '../common/context/request-context.js';
import { CommonError } from '../common/errors/common.errors.js';
import { Dec, formatMoney } from '../common/money/money.js';
import type { RefundMode } from '../cooperatives/bylaws.rules.js';
import { memberDirectorySql } from '../membership/member-directory.sql.js';
import { statusOnSql } from '../membership/register.sql.js';
import { paidUpMovementsSql } from '../share-capital/capital.sql.js';
import {
  assertPatronageTaker,
  choosePatronageBasis,
  daysInYear,
  parseInterestRate,
  splitAfterFunds,
  splitFunds,
} from './distribution.rules.js';

export interface ComputeInput {
  cooperativeId: string;
  fiscalYearId: string;
  start: string;
  end: string;
  /** The surplus with exactly `scale` decimals. */
  surplus: string;
  scale: number;
  reservePercent: string;
  educationPercent: string;
  communityPercent: string;
  interestRatePercent: string;
  patronageForCeasedMembers: boolean;
  /** A line's refund form when the member made no standing choice (the bylaws'). */
  defaultRefundMode: RefundMode;
}

/** The pools, as money strings with `scale` decimals. */
export interface ComputedPools {
  daysInYear: 365 | 366;
  reserve: string;
  education: string;
  community: string;
  interestEntitlement: string;
  interestPool: string;
  patronagePool: string;
  patronageBasis: 'value' | 'quantity' | null;
  lineCount: number;
}

interface Aggregates {
  members: number;
  capital_days: string | null;
  any_value: boolean | null;
  quantity_only: boolean | null;
  any_quantity: boolean | null;
  value_sum: string | null;
  quantity_sum: string | null;
}

const WEIGHTS = 'surplus_weights_stage';

@Injectable()
export class DistributionComputer {
  /**
   * Computes the plan inside the caller's transaction: the pools, then `savePlan(pools)` stores the plan row and
   * gives its id, then the lines. Throws the pure rules' errors (NON_POSITIVE_SURPLUS first, before any heavy work).
   */
  async compute(
    ctx: TxContext,
    input: ComputeInput,
    savePlan: (pools: ComputedPools) => Promise<string>,
  ): Promise<ComputedPools> {
    const pools = await this.pools(ctx, input);
    const planId = await savePlan(pools);
    const written = await this.writeLines(ctx, input, planId, pools);
    if (written !== pools.lineCount) {
      throw new CommonError('INTERNAL_ERROR', `Wrote ${written} lines for ${pools.lineCount} members.`);
    }
    return pools;
  }

  /** Steps 1 and 2: stages the weights and returns the pools. */
  private async pools(ctx: TxContext, input: ComputeInput): Promise<ComputedPools> {
    const { manager } = ctx;
    const { scale } = input;
    const funds = splitFunds(input);
    const rate = parseInterestRate(input.interestRatePercent);
    const fiscalYear = { start: input.start, end: input.end };
    const days = daysInYear(fiscalYear);

    // Sorting a million rows for the remainders stays in memory rather than spilling to disk.
    await manager.query(`SET LOCAL work_mem = '256MB'`);
    await manager.query(
      `CREATE TEMPORARY TABLE ${WEIGHTS} (member_id uuid NOT NULL, member_number integer,
         capital_days numeric NOT NULL, value numeric, quantity numeric, eligible boolean NOT NULL) ON COMMIT DROP`,
    );
    // Eligibility is the register "as of" the year's end: membership's status on that day (register.sql.ts).
    await manager.query(
      `INSERT INTO ${WEIGHTS} (member_id, member_number, capital_days, value, quantity, eligible)
       WITH h AS (
         SELECT member_id,
                sum(amount * greatest(0, least(coalesce(left_on - 1, $3::date), $3::date)
                                         - greatest(held_from, $2::date) + 1)) AS capital_days
           FROM (${paidUpMovementsSql({ cooperativeId: '$1::uuid', end: '$3::date' })}) AS movements
          GROUP BY member_id
       ), p AS (
         SELECT member_id, value, quantity FROM patronage_records WHERE cooperative_id = $1 AND fiscal_year_id = $4
       )
       SELECT coalesce(h.member_id, p.member_id), m.member_number, coalesce(h.capital_days, 0),
              p.value, p.quantity,
              CASE WHEN m.id IS NULL THEN false
                   WHEN $5::boolean THEN true
                   ELSE coalesce(s.status IN ('active', 'suspended'), false)
              END
         FROM h FULL JOIN p ON p.member_id = h.member_id
         LEFT JOIN (${memberDirectorySql('$1::uuid')}) m ON m.id = coalesce(h.member_id, p.member_id)
         LEFT JOIN (${statusOnSql({ cooperativeId: '$1::uuid', date: '$3::date' })}) s ON s.member_id = m.id`,
      [input.cooperativeId, input.start, input.end, input.fiscalYearId, input.patronageForCeasedMembers],
    );
    await manager.query(`ANALYZE ${WEIGHTS}`);
    const [agg]: Aggregates[] = await manager.query(
      `SELECT count(*) FILTER (WHERE member_number IS NOT NULL)::int AS members,
              (sum(capital_days) FILTER (WHERE member_number IS NOT NULL))::text AS capital_days,
              bool_or(eligible AND value IS NOT NULL) FILTER (WHERE member_number IS NOT NULL) AS any_value,
              bool_or(eligible AND value IS NULL AND quantity > 0) FILTER (WHERE member_number IS NOT NULL)
                AS quantity_only,
              bool_or(eligible AND quantity IS NOT NULL) FILTER (WHERE member_number IS NOT NULL) AS any_quantity,
              (sum(value) FILTER (WHERE eligible AND member_number IS NOT NULL))::text AS value_sum,
              (sum(quantity) FILTER (WHERE eligible AND member_number IS NOT NULL))::text AS quantity_sum
         FROM ${WEIGHTS}`,
    );
    const capitalDays = new Dec(agg.capital_days ?? 0);
    const { entitlement, interestPool, patronagePool } = splitAfterFunds(
      funds.afterFunds,
      capitalDays.times(rate),
      fiscalYear,
      scale,
    );
    const basis = choosePatronageBasis({
      anyValue: agg.any_value ?? false,
      quantityOnly: agg.quantity_only ?? false,
      anyQuantity: agg.any_quantity ?? false,
    });
    const totalPatronage = new Dec((basis === 'value' ? agg.value_sum : agg.quantity_sum) ?? 0);
    assertPatronageTaker(patronagePool, basis === null ? new Dec(0) : totalPatronage, scale);

    return {
      daysInYear: days,
      reserve: formatMoney(funds.reserve, scale),
      education: formatMoney(funds.education, scale),
      community: formatMoney(funds.community, scale),
      interestEntitlement: formatMoney(entitlement, scale),
      interestPool: formatMoney(interestPool, scale),
      patronagePool: formatMoney(patronagePool, scale),
      patronageBasis: basis,
      lineCount: agg.members,
    };
  }

  /** Step 3: the plan's lines from the staged weights, one statement; returns the lines written. */
  private async writeLines(ctx: TxContext, input: ComputeInput, planId: string, pools: ComputedPools): Promise<number> {
    const { scale } = input;
    const unit = new Dec(10).pow(-scale);
    const units = (amount: string) => new Dec(amount).div(unit).toFixed(0);
    const rows: { written: number }[] = await ctx.manager.query(
      `WITH w AS (
         SELECT member_id, member_number, capital_days, eligible,
                CASE WHEN NOT eligible THEN 0
                     WHEN $3::text = 'value' THEN coalesce(value, 0)
                     WHEN $3::text = 'quantity' THEN coalesce(quantity, 0)
                     ELSE 0 END AS patronage_weight
           FROM ${WEIGHTS}
          WHERE member_number IS NOT NULL
       ), t AS (
         SELECT sum(capital_days) AS capital_total, sum(patronage_weight) AS patronage_total FROM w
       ), f AS (
         SELECT w.*,
                CASE WHEN $4::numeric = 0 THEN 0 ELSE div($4::numeric * w.capital_days, t.capital_total) END AS i_floor,
                CASE WHEN $4::numeric = 0 THEN 0 ELSE mod($4::numeric * w.capital_days, t.capital_total) END AS i_rem,
                CASE WHEN $5::numeric = 0 THEN 0 ELSE div($5::numeric * w.patronage_weight, t.patronage_total) END AS p_floor,
                CASE WHEN $5::numeric = 0 THEN 0 ELSE mod($5::numeric * w.patronage_weight, t.patronage_total) END AS p_rem
           FROM w CROSS JOIN t
       ), r AS (
         SELECT f.*,
                row_number() OVER (ORDER BY i_rem DESC, member_number) AS i_rank,
                $4::numeric - sum(i_floor) OVER () AS i_left,
                row_number() OVER (ORDER BY p_rem DESC, member_number) AS p_rank,
                $5::numeric - sum(p_floor) OVER () AS p_left
           FROM f
       ), a AS (
         SELECT r.*,
                (i_floor + CASE WHEN i_rank <= i_left THEN 1 ELSE 0 END) * $6::numeric AS interest,
                (p_floor + CASE WHEN p_rank <= p_left THEN 1 ELSE 0 END) * $6::numeric AS patronage_refund
           FROM r
       ), ins AS (
         INSERT INTO distribution_plan_lines
           (cooperative_id, plan_id, member_number, member_id, capital_days, patronage_weight, patronage_eligible,
            interest, patronage_refund, total, refund_mode)
         SELECT $1, $2, a.member_number, a.member_id, a.capital_days, a.patronage_weight, a.eligible,
                a.interest, a.patronage_refund, a.interest + a.patronage_refund, coalesce(pref.mode, $7::text)
           FROM a
           LEFT JOIN surplus_refund_preferences pref ON pref.cooperative_id = $1 AND pref.member_id = a.member_id
         RETURNING 1
       )
       SELECT count(*)::int AS written FROM ins`,
      [
        input.cooperativeId,
        planId,
        pools.patronageBasis,
        units(pools.interestPool),
        units(pools.patronagePool),
        unit.toFixed(scale),
        input.defaultRefundMode,
      ],
    );
    return rows[0].written;
  }
}
