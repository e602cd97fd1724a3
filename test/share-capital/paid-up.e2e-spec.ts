/**
 * The one definition of paid-up capital on a day (capital.sql.ts) agrees with its pure rule (share-capital.rules.ts
 * paidUpOn) on generated ledgers: payments, subscriptions, transfers, redemptions, allocations and reversals, with
 * reversals dated before and after the days asked. Entries are written straight to the real tables (the balance
 * trigger keeps capital_balances), so every builder reads what production reads.
 */
import { DataSource } from 'typeorm';
import { Dec } from '../../src/common/money/money.js';
import { paidUpMovementsSql, paidUpOf, paidUpOnSql, totalPaidUpOn } from '../../src/share-capital/capital.sql.js';
import { type EntryKind, type PaidUpEntry, paidUpOn } from '../../src/share-capital/share-capital.rules.js';
import { givenCapitalApplicant, givenCapitalCooperative } from '../support/share-capital.factories.js';
import type { TestApp } from '../support/test-app.js';
import { startConformingApp } from '../support/contract.js';

const PAR = 1000; // cents
const MEMBERS = 4;
const OPERATIONS = 45;
const YEAR = { start: '2024-01-01', end: '2024-12-31' };

interface State {
  shares: number;
  subscribed: number;
  paid: number;
}

interface Row {
  memberId: string;
  kind: EntryKind;
  shares: number;
  subscribed: number;
  paid: number;
  reverses?: string;
  requestId?: string;
  counterparty?: string;
}

/** A small seeded generator (mulberry32): each ledger is the same on every run. */
function random(seed: number): (n: number) => number {
  let a = seed;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const cents = (value: number) => (value / 100).toFixed(2);
const plain = (value: string) => new Dec(value).toFixed();

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('paid-up capital on a day: capital.sql.ts agrees with paidUpOn', () => {
  let t: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    t = await startConformingApp();
    dataSource = t.app.get(DataSource);
  });

  afterAll(async () => {
    await t.close();
  });

  /** Writes a ledger of `OPERATIONS` valid operations; answers the entries as the pure rule reads them. */
  async function generateLedger(
    seed: number,
  ): Promise<{ coop: string; members: string[]; entries: Map<string, PaidUpEntry[]> }> {
    const c = await givenCapitalCooperative(t);
    const members: string[] = [];
    for (let i = 0; i < MEMBERS; i++)
      members.push(await givenCapitalApplicant(t, c, `Socio ${seed}-${i}`, '2023-01-02'));
    const pick = random(seed);
    const state = new Map<string, State>(members.map((m) => [m, { shares: 0, subscribed: 0, paid: 0 }]));
    const reversible: (Row & { id: string })[] = [];
    const entries = new Map<string, PaidUpEntry[]>(members.map((m) => [m, []]));
    let day = '2023-10-01';

    const insert = async (rows: Row[]): Promise<string[]> => {
      const values: unknown[] = [];
      const tuples = rows.map((r) => {
        const p = (i: number) => `$${values.length + 2 + i}`; // $1 is the cooperative
        const tuple = `($1, ${p(0)}, ${p(1)}, ${p(2)}::date, ${p(3)}::int, ${p(4)}::numeric, ${p(5)}::numeric, 10,
                 ${p(6)}::bigint, ${p(7)}::uuid, ${p(8)}::uuid, 'system')`;
        values.push(r.memberId, r.kind, day, r.shares, cents(r.subscribed), cents(r.paid));
        values.push(r.reverses ?? null, r.requestId ?? null, r.counterparty ?? null);
        return tuple;
      });
      const inserted = await t.query<{ id: string }>(
        `INSERT INTO capital_entries (cooperative_id, member_id, kind, effective_date, shares_delta, subscribed_delta,
                                      paid_up_delta, par_value, reverses_entry_id, request_id, counterparty_member_id,
                                      recorded_by_type)
         VALUES ${tuples.join(', ')} RETURNING id::text AS id`,
        [c.coop, ...values],
      );
      rows.forEach((r, i) => {
        const s = state.get(r.memberId)!;
        Object.assign(s, {
          shares: s.shares + r.shares,
          subscribed: s.subscribed + r.subscribed,
          paid: s.paid + r.paid,
        });
        entries.get(r.memberId)!.push({
          id: inserted[i].id,
          kind: r.kind,
          effectiveDate: day,
          paidUpDelta: cents(r.paid),
          reversesEntryId: r.reverses ?? null,
        });
      });
      return inserted.map((r) => r.id);
    };
    const request = async (kind: 'transfer' | 'redemption', memberId: string, shares: number, to?: string) => {
      const [row] = await t.query<{ id: string }>(
        `INSERT INTO capital_requests (cooperative_id, kind, status, member_id, to_member_id, shares, requested_on,
                                       payable_from, requested_by_type)
         VALUES ($1, $2, 'requested', $3, $4, $5, $6::date, $7::date, 'system') RETURNING id`,
        [c.coop, kind, memberId, to ?? null, shares, day, kind === 'redemption' ? day : null],
      );
      return row.id;
    };

    for (let op = 0; op < OPERATIONS; op++) {
      day = addDays(day, pick(26));
      const m = members[pick(MEMBERS)];
      const s = state.get(m)!;
      const unpaid = s.subscribed - s.paid;
      const freePaidShares = Math.min(s.shares, Math.floor(s.paid / PAR));
      const choice = pick(6);
      if (choice === 0 || s.shares === 0) {
        const k = 1 + pick(5);
        const [id] = await insert([{ memberId: m, kind: 'subscription', shares: k, subscribed: k * PAR, paid: 0 }]);
        reversible.push({ id, memberId: m, kind: 'subscription', shares: k, subscribed: k * PAR, paid: 0 });
      } else if (choice === 1 && unpaid > 0) {
        const amount = 1 + pick(unpaid);
        const [id] = await insert([{ memberId: m, kind: 'payment', shares: 0, subscribed: 0, paid: amount }]);
        reversible.push({ id, memberId: m, kind: 'payment', shares: 0, subscribed: 0, paid: amount });
      } else if (choice === 2) {
        const k = pick(3);
        const row: Row =
          k === 0 && unpaid > 0
            ? { memberId: m, kind: 'allocation', shares: 0, subscribed: 0, paid: 1 + pick(unpaid) }
            : {
                memberId: m,
                kind: 'allocation',
                shares: k + 1,
                subscribed: (k + 1) * PAR,
                paid: (k + 1) * PAR + unpaid,
              };
        const [id] = await insert([row]);
        reversible.push({ ...row, id });
      } else if (choice === 3 && freePaidShares > 0) {
        const to = members[(members.indexOf(m) + 1 + pick(MEMBERS - 1)) % MEMBERS];
        const k = 1 + pick(freePaidShares);
        const requestId = await request('transfer', m, k, to);
        const value = k * PAR;
        await insert([
          {
            memberId: m,
            kind: 'transfer_out',
            shares: -k,
            subscribed: -value,
            paid: -value,
            requestId,
            counterparty: to,
          },
          { memberId: to, kind: 'transfer_in', shares: k, subscribed: value, paid: value, requestId, counterparty: m },
        ]);
      } else if (choice === 4 && freePaidShares > 0) {
        const k = 1 + pick(freePaidShares);
        const requestId = await request('redemption', m, k);
        await insert([
          { memberId: m, kind: 'redemption', shares: -k, subscribed: -k * PAR, paid: -k * PAR, requestId },
        ]);
      } else if (reversible.length > 0) {
        const [mistake] = reversible.splice(pick(reversible.length), 1);
        const held = state.get(mistake.memberId)!;
        const after = {
          shares: held.shares - mistake.shares,
          subscribed: held.subscribed - mistake.subscribed,
          paid: held.paid - mistake.paid,
        };
        if (after.shares < 0 || after.paid < 0 || after.paid > after.subscribed) continue;
        await insert([
          {
            memberId: mistake.memberId,
            kind: 'reversal',
            shares: -mistake.shares,
            subscribed: -mistake.subscribed,
            paid: -mistake.paid,
            reverses: mistake.id,
          },
        ]);
      }
    }
    return { coop: c.coop, members, entries };
  }

  /** Every entry date, the day before each, and days before the first and after the last entry. */
  function daysToAsk(entries: Map<string, PaidUpEntry[]>): string[] {
    const dates = [...entries.values()].flat().map((e) => e.effectiveDate);
    return [...new Set([...dates, ...dates.map((d) => addDays(d, -1)), '2023-09-30', YEAR.end, '2026-01-01'])].sort();
  }

  it.each([11, 23, 37])(
    'ledger %i: paidUpOnSql, paidUpOf and totalPaidUpOn equal the rule on every day',
    async (seed) => {
      const { coop, members, entries } = await generateLedger(seed);
      const kinds = new Set([...entries.values()].flat().map((e) => e.kind));
      expect([...kinds].sort()).toEqual(
        ['allocation', 'payment', 'redemption', 'reversal', 'subscription', 'transfer_in', 'transfer_out'].sort(),
      );
      for (const day of daysToAsk(entries)) {
        const expected = new Map(members.map((m) => [m, paidUpOn(entries.get(m)!, day)]));
        const rows = await t.query<{ member_id: string; paid_up: string }>(
          `SELECT p.member_id, p.paid_up::text AS paid_up FROM (${paidUpOnSql({ cooperativeId: '$1::uuid', date: '$2::date' })}) p`,
          [coop, day],
        );
        const fromSql = new Map(members.map((m) => [m, '0']));
        for (const r of rows) fromSql.set(r.member_id, plain(r.paid_up));
        expect({ day, paidUp: Object.fromEntries(fromSql) }).toEqual({ day, paidUp: Object.fromEntries(expected) });

        for (const m of members) {
          expect({ day, m, paidUp: plain(await paidUpOf(dataSource.manager, coop, m, day)) }).toEqual({
            day,
            m,
            paidUp: expected.get(m),
          });
        }
        const total = [...expected.values()].reduce((sum, v) => sum.plus(v), new Dec(0)).toFixed();
        expect({ day, total: plain(await totalPaidUpOn(dataSource.manager, coop, day)) }).toEqual({ day, total });
      }
    },
  );

  it.each([11, 23, 37])('ledger %i: paidUpMovementsSql weighs a year as the rule summed day by day', async (seed) => {
    const { coop, members, entries } = await generateLedger(seed + 100);
    const rows = await t.query<{ member_id: string; weight: string }>(
      `SELECT m.member_id, sum(m.amount * greatest(0, $3::date - greatest(m.held_from, $2::date) + 1))::text AS weight
         FROM (${paidUpMovementsSql({ cooperativeId: '$1::uuid', end: '$3::date' })}) m GROUP BY m.member_id`,
      [coop, YEAR.start, YEAR.end],
    );
    const fromSql = Object.fromEntries(members.map((m) => [m, '0']));
    for (const r of rows) fromSql[r.member_id] = plain(r.weight);
    const expected = Object.fromEntries(
      members.map((m) => {
        let weight = new Dec(0);
        for (let day = YEAR.start; day <= YEAR.end; day = addDays(day, 1)) {
          weight = weight.plus(paidUpOn(entries.get(m)!, day));
        }
        return [m, weight.toFixed()];
      }),
    );
    expect(fromSql).toEqual(expected);
  });
});
