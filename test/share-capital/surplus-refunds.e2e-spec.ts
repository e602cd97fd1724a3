/**
 * Surplus refunds credited as capital through CapitalLedger.postSurplusRefunds: allocation entries with share
 * capital's own rule, a typed source (surplus_plan, the plan id) that makes a second posting of the same plan a no-op,
 * and the reference the API shows unchanged.
 */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { systemContext } from '../../src/common/context/request-context.js';
import { CapitalLedger } from '../../src/share-capital/capital-ledger.js';
import {
  type CapitalCoop,
  coopPath,
  get,
  givenActiveMember,
  givenCapitalCooperative,
} from '../support/share-capital.factories.js';
import type { TestApp } from '../support/test-app.js';
import { startConformingApp } from '../support/contract.js';

describe('surplus refunds credited as capital', () => {
  let t: TestApp;
  let c: CapitalCoop;

  beforeAll(async () => {
    t = await startConformingApp();
    c = await givenCapitalCooperative(t);
  });

  afterAll(async () => {
    await t.close();
  });

  const post = (planId: string, memberId: string, amount: string) =>
    t.app.get(DataSource).transaction((manager) =>
      t.app.get(CapitalLedger).postSurplusRefunds(
        { ...systemContext(), manager },
        {
          cooperativeId: c.coop,
          planId,
          effectiveDate: '2024-03-31',
          refunds: { sql: 'SELECT $5::uuid AS member_id, $6::numeric AS amount', params: [memberId, amount] },
        },
      ),
    );

  it('pays up the unpaid subscription first, then buys shares; once per plan and member', async () => {
    const member = await givenActiveMember(t, c, { shares: 2, paid: '15.00' });
    const planId = randomUUID();

    await expect(post(planId, member, '12.00')).resolves.toEqual({ entries: 1, amount: '12.0000' });
    await expect(post(planId, member, '12.00')).resolves.toEqual({ entries: 0, amount: '0' });
    await expect(post(randomUUID(), member, '1.00')).resolves.toEqual({ entries: 1, amount: '1.0000' });

    const rows = await t.query<{ source_type: string; source_id: string; shares_delta: number; reference: string }>(
      `SELECT source_type, source_id::text, shares_delta, reference FROM capital_entries
        WHERE cooperative_id = $1 AND member_id = $2 AND kind = 'allocation' ORDER BY id`,
      [c.coop, member],
    );
    expect(rows[0]).toEqual({
      source_type: 'surplus_plan',
      source_id: planId,
      shares_delta: 1,
      reference: `surplus-plan:${planId}`,
    });
    const capital = await get(t, c.treasurer, `${coopPath(c.coop)}/members/${member}/capital`);
    expect(capital).toMatchObject({ sharesHeld: 3, paidUpCapital: '28.00' });
  });
});
