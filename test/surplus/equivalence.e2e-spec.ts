/**
 * The set-based SQL computation gives exactly the plan of the pure rules (computeDistribution, the contract): same
 * funds, pools and basis, same line for every member to the cent, same error when there is no plan to make. Random
 * cooperatives (currency scales 0, 2 and 3; leap and July-June years; mid-year payments, transfers out and
 * redemptions; cessations before, on and after the year's end; patronage by value or by quantity), then one of
 * 3,000 members read back page by page. Members are written straight into the register here (the membership flow
 * has its own tests), and capital straight into share capital's ledger (givenHoldings); everything else goes through
 * the API.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Dec } from '../../src/common/money/money.js';
import {
  type CapitalHolding,
  computeDistribution,
  type DistributionInput,
  type DistributionMember,
} from '../../src/surplus/distribution.rules.js';
import { SurplusError } from '../../src/surplus/surplus.errors.js';
import { givenSuperadmin } from '../support/factories.js';
import {
  client,
  coopPath,
  expectInvariants,
  givenFiscalYear,
  givenHoldings,
  lineTuples,
} from '../support/surplus-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Scenario {
  scale: number;
  year: { start: string; end: string };
  surplusUnits: bigint;
  percents: [number, number, number];
  rate: number;
  basis: 'value' | 'quantity' | 'mixed';
  includeCeased: boolean;
  members: {
    number: number;
    ceasedOn: string | null;
    holdings: CapitalHolding[];
    value: string | null;
    quantity: string | null;
  }[];
}

const YEARS = [
  { start: '2023-01-01', end: '2023-12-31' },
  { start: '2024-01-01', end: '2024-12-31' },
  { start: '2023-07-01', end: '2024-06-30' },
];
const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const units = (n: bigint, scale: number) => new Dec(`${n}e-${scale}`).toFixed(scale);
const percent = (hundredths: number) => new Dec(hundredths).div(100).toFixed(2);

/**
 * Whether share capital's ledger gives the SQL a row of this holding for the year: its paid-up movements effective
 * on or before the year's end (capital.sql.ts paidUpMovementsSql); an amount of zero is no entry at all.
 */
const overlaps = (h: CapitalHolding, year: { start: string; end: string }) =>
  !new Dec(h.amount).isZero() && h.heldFrom <= year.end;

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    scale: fc.constantFrom(0, 2, 3),
    year: fc.constantFrom(...YEARS),
    surplusUnits: fc.bigInt({ min: 100n, max: 10n ** 9n }),
    percents: fc.tuple(
      fc.integer({ min: 0, max: 3000 }),
      fc.integer({ min: 0, max: 3000 }),
      fc.integer({ min: 0, max: 3000 }),
    ),
    rate: fc.integer({ min: 0, max: 1500 }),
    basis: fc.constantFrom<'value' | 'quantity' | 'mixed'>('value', 'value', 'quantity', 'quantity', 'mixed'),
    includeCeased: fc.boolean(),
    numbers: fc.uniqueArray(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 25 }),
    members: fc.array(
      fc.record({
        holdings: fc.array(
          fc.record({
            units: fc.bigInt({ min: 0n, max: 10n ** 8n }),
            fromOffset: fc.integer({ min: -400, max: 400 }),
            stay: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
          }),
          { maxLength: 3 },
        ),
        patronage: fc.option(fc.bigInt({ min: 0n, max: 10n ** 7n }), { nil: null, freq: 4 }),
        ceasedOffset: fc.option(fc.integer({ min: -30, max: 400 }), { nil: null, freq: 3 }),
      }),
      { minLength: 25, maxLength: 25 },
    ),
  })
  .map((r) => ({
    scale: r.scale,
    year: r.year,
    surplusUnits: r.surplusUnits,
    percents: r.percents,
    rate: r.rate,
    basis: r.basis,
    includeCeased: r.includeCeased,
    members: r.numbers.map((number, i) => {
      const m = r.members[i];
      const patronage = m.patronage;
      // Values in the currency's minor unit; quantities with one decimal. 'mixed': odd positions only a quantity.
      const byValue = r.basis === 'value' || (r.basis === 'mixed' && i % 2 === 0);
      return {
        number,
        ceasedOn: m.ceasedOffset === null ? null : addDays(r.year.start, m.ceasedOffset),
        holdings: m.holdings.map((h) => {
          const heldFrom = addDays(r.year.start, h.fromOffset);
          return { amount: units(h.units, 2), heldFrom, leftOn: h.stay === null ? null : addDays(heldFrom, h.stay) };
        }),
        value: patronage !== null && byValue ? units(patronage, r.scale) : null,
        quantity: patronage !== null && !byValue ? units(patronage, 1) : null,
      };
    }),
  }));

describe('the SQL computation agrees with computeDistribution', () => {
  let t: TestApp;
  let superadmin: string;
  beforeAll(async () => {
    t = await startTestApp();
    superadmin = await givenSuperadmin(t);
  });

  /** A new cooperative and an API key with surplus:write (no password hashing: many cooperatives, quickly). */
  async function givenKeyCoop(bylaws: Record<string, unknown>) {
    const as = client(t, superadmin);
    const coop = (await as.post('/v1/cooperatives', { name: `Coop ${randomUUID()}`, bylaws }).expect(201)).body
      .id as string;
    const key = (
      await as.post(`${coopPath(coop)}/api-clients`, { name: 'app', scopes: ['surplus:read', 'surplus:write'] })
    ).body.key as string;
    return { coop, treasurer: client(t, key, 'key') };
  }
  afterAll(async () => {
    await expectInvariants(t);
    await t.close();
  });

  /** Builds the scenario in a new cooperative; returns it and the members' ids by number. */
  async function build(s: Scenario, holdingsOf: (h: CapitalHolding) => CapitalHolding[] = (h) => [h]) {
    const c = await givenKeyCoop({
      currency: s.scale === 0 ? 'JPY' : s.scale === 3 ? 'KWD' : 'EUR',
      minorUnitScale: s.scale,
      shareParValue: '10',
      minReservePercent: '0',
      educationFundPercent: '0',
      communityFundPercent: '0',
      maxShareInterestRatePercent: '15',
      patronageRefundsForCeasedMembers: s.includeCeased,
    });
    const rows = await t.query<{ id: string; member_number: number }>(
      `INSERT INTO members (cooperative_id, member_number, kind, name, status, applied_on, status_since,
                            first_admitted_on, admitted_on, ceased_on, cessation_reason)
       SELECT $1, u.n, 'natural_person', 'Member ' || u.n, CASE WHEN u.c IS NULL THEN 'active' ELSE 'ceased' END,
              '2009-12-01', coalesce(u.c, '2010-01-01'), '2010-01-01', '2010-01-01', u.c,
              CASE WHEN u.c IS NULL THEN NULL ELSE 'withdrawn' END
         FROM unnest($2::int[], $3::date[]) AS u(n, c)
       RETURNING id, member_number`,
      [c.coop, s.members.map((m) => m.number), s.members.map((m) => m.ceasedOn)],
    );
    await t.query(
      `INSERT INTO member_transitions (cooperative_id, member_id, action, from_status, to_status, effective_date,
                                       cessation_reason, member_number, recorded_by_type)
       SELECT cooperative_id, id, 'admit', 'applicant', 'active', '2010-01-01', NULL, member_number, 'system'
         FROM members WHERE cooperative_id = $1
       UNION ALL
       SELECT cooperative_id, id, 'cease', 'active', 'ceased', ceased_on, 'withdrawn', member_number, 'system'
         FROM members WHERE cooperative_id = $1 AND ceased_on IS NOT NULL`,
      [c.coop],
    );
    const ids = new Map(rows.map((r) => [r.member_number, r.id]));
    await givenHoldings(
      t,
      c.coop,
      s.members.flatMap((m) => m.holdings.flatMap(holdingsOf).map((h) => ({ memberId: ids.get(m.number)!, ...h }))),
    );
    const fy = await givenFiscalYear(c, { ...toDates(s.year) }, units(s.surplusUnits, s.scale));
    const records = s.members
      .filter((m) => m.value !== null || m.quantity !== null)
      .map((m) => ({ memberNumber: m.number, value: m.value, quantity: m.quantity }));
    if (records.length > 0) {
      const imported = await c.treasurer.post(`${coopPath(c.coop)}/fiscal-years/${fy}/patronage/import`, { records });
      expect(imported.status).toBe(200);
    }
    return { c, fy, ids };
  }

  /** The pure plan over the members the SQL sees: those with a ledger row for the year or a patronage record. */
  function expected(s: Scenario, ids: Map<number, string>, holdingsOf: (h: CapitalHolding) => CapitalHolding[]) {
    const members: DistributionMember[] = s.members
      .map((m) => ({ m, rows: m.holdings.flatMap(holdingsOf).filter((h) => overlaps(h, s.year)) }))
      .filter(({ m, rows }) => rows.length > 0 || m.value !== null || m.quantity !== null)
      .map(({ m }) => ({
        memberId: ids.get(m.number)!,
        memberNumber: m.number,
        holdings: m.holdings, // the pure rules take lots; rows outside the year count zero days there
        patronageValue: m.value,
        patronageQuantity: m.quantity,
        ceasedOn: m.ceasedOn,
      }));
    const input: DistributionInput = {
      surplus: units(s.surplusUnits, s.scale),
      scale: s.scale,
      reservePercent: percent(s.percents[0]),
      educationPercent: percent(s.percents[1]),
      communityPercent: percent(s.percents[2]),
      interestRate: percent(s.rate),
      fiscalYear: s.year,
      members,
      patronageForCeasedMembers: s.includeCeased,
    };
    try {
      return { plan: computeDistribution(input) };
    } catch (error) {
      if (error instanceof SurplusError) return { error: error.code };
      throw error;
    }
  }

  async function compare(s: Scenario, holdingsOf: (h: CapitalHolding) => CapitalHolding[] = (h) => [h]) {
    const { c, fy, ids } = await build(s, holdingsOf);
    const want = expected(s, ids, holdingsOf);
    const res = await c.treasurer.post(`${coopPath(c.coop)}/fiscal-years/${fy}/distribution-plans`, {
      reservePercent: percent(s.percents[0]),
      educationPercent: percent(s.percents[1]),
      communityPercent: percent(s.percents[2]),
      interestRatePercent: percent(s.rate),
    });
    if (want.error) {
      expect([res.status, res.body.code]).toEqual([422, want.error]);
      return want;
    }
    const plan = want.plan;
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      surplus: plan.surplus,
      reserve: plan.funds.reserve,
      education: plan.funds.education,
      community: plan.funds.community,
      interestEntitlement: plan.interestEntitlement,
      interestPool: plan.interestPool,
      interestScaledDown: plan.interestScaledDown,
      patronagePool: plan.patronagePool,
      patronageBasis: plan.patronageBasis,
      lineCount: plan.lines.length,
    });
    expect(await lineTuples(c.treasurer, c.coop, res.body.id as string)).toEqual(
      plan.lines.map((l) => [l.memberNumber, l.interest, l.patronageRefund, l.total]),
    );
    return want;
  }

  it('on random cooperatives, plan for plan and line for line (errors included)', async () => {
    const outcomes: string[] = [];
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        const want = await compare(s);
        outcomes.push(want.error ?? (want.plan.interestScaledDown ? 'scaled down' : 'plan'));
      }),
      { numRuns: 30, seed: 20250615, endOnFailure: true },
    );
    // The runs cover full plans, scaled-down interest and refusals.
    expect(outcomes).toEqual(expect.arrayContaining(['plan', 'scaled down', 'MIXED_PATRONAGE_BASIS']));
  });

  it('holdings given as signed ledger movements instead of lots give the same plan', async () => {
    // A lot (a, from, left) is +a from `from` and -a from `left`: the ledger as it is.
    const signed = (h: CapitalHolding): CapitalHolding[] =>
      h.leftOn == null
        ? [h]
        : [
            { amount: h.amount, heldFrom: h.heldFrom, leftOn: null },
            { amount: new Dec(h.amount).neg().toFixed(2), heldFrom: h.leftOn, leftOn: null },
          ];
    const samples = fc.sample(scenarioArb, { numRuns: 8, seed: 77 }).map((s) => ({ ...s, basis: 'value' as const }));
    // The pure rules get the lots, the SQL the movements; members whose movements all lie before the year get a
    // zero line in SQL, and the pure side is given the same members (`expected` filters by the rows the SQL sees).
    for (const s of samples) await compare(s, signed);
  });

  it('3,000 members, read back in pages, match to the cent', async () => {
    const s = fc.sample(scenarioArb, { numRuns: 1, seed: 4242 })[0];
    const members = Array.from({ length: 3000 }, (_, i) => ({
      number: i + 1,
      ceasedOn: i % 97 === 0 ? addDays(s.year.start, (i * 7) % 400) : null,
      holdings:
        i % 5 === 0
          ? []
          : [
              {
                amount: units(BigInt(((i * 7919) % 100_000) + 1), 2),
                heldFrom: addDays(s.year.start, (i % 500) - 100),
              },
            ],
      value: i % 3 === 0 ? null : units(BigInt((i * 104_729) % 1_000_000), 2),
      quantity: null,
    }));
    const want = await compare({
      ...s,
      scale: 2,
      surplusUnits: 987_654_321n,
      percents: [2000, 500, 250],
      rate: 400,
      basis: 'value',
      members,
    });
    expect(want.plan?.lines.length).toBeGreaterThan(2500);
  });
});

function toDates(year: { start: string; end: string }) {
  return { startDate: year.start, endDate: year.end, label: `${year.start}/${year.end}` };
}
