/**
 * statusOnSql (register.sql.ts) is the SQL twin of statusOn() (member-lifecycle.rules.ts): on generated histories
 * (suspensions, reinstatements, cessations, rejoining, refusals, same-day transitions, transitions dated after the
 * day asked, records applied after it or never decided), both give every record the same status on every day
 * around every effective date, for a whole cooperative and for a few members.
 */
import { jest } from '@jest/globals';
import {
  type MemberAction,
  type MemberHistoryEntry,
  type MemberStatus,
  nextStatus,
  statusOn,
} from '../../src/membership/member-lifecycle.rules.js';
import { statusOnSql } from '../../src/membership/register.sql.js';
import { givenCooperative } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(60_000);

const ACTIONS_FROM: Readonly<Record<MemberStatus, readonly MemberAction[]>> = {
  applicant: ['admit', 'admit', 'reject', 'withdraw_application'],
  active: ['suspend', 'cease'],
  suspended: ['reinstate', 'cease'],
  ceased: ['rejoin'],
  rejected: ['rejoin'],
};

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface Generated {
  appliedOn: string;
  history: MemberHistoryEntry[];
}

/** A legal history: dates never decrease (same-day steps included), each action allowed from the status before. */
function generate(next: () => number): Generated {
  const appliedOn = addDays('2020-01-01', Math.floor(next() * 60));
  const history: MemberHistoryEntry[] = [];
  let status: MemberStatus = 'applicant';
  let date = appliedOn;
  const steps = Math.floor(next() * 8);
  for (let i = 0; i < steps; i++) {
    const actions = ACTIONS_FROM[status];
    const action = actions[Math.floor(next() * actions.length)];
    date = addDays(date, Math.floor(next() * 4));
    history.push({ action, effectiveDate: date });
    status = nextStatus(status, action);
  }
  return { appliedOn, history };
}

describe('statusOnSql agrees with statusOn', () => {
  let t: TestApp;
  const cooperatives: { id: string; members: Map<string, MemberHistoryEntry[]> }[] = [];

  /** Writes the record as the service would leave it, and its transitions in recorded order. */
  async function insert(cooperativeId: string, number: number, { appliedOn, history }: Generated): Promise<string> {
    let current: MemberStatus = 'applicant';
    const rows = history.map((entry) => {
      const from = current;
      current = nextStatus(current, entry.action);
      return { ...entry, from, to: current };
    });
    const status: MemberStatus = rows.at(-1)?.to ?? 'applicant';
    const admissions = history.filter((e) => e.action === 'admit');
    const ceased = status === 'ceased' ? history.filter((e) => e.action === 'cease').at(-1)!.effectiveDate : null;
    const [member] = await t.query<{ id: string }>(
      `INSERT INTO members (cooperative_id, member_number, kind, name, status, applied_on, status_since,
                            first_admitted_on, admitted_on, ceased_on, cessation_reason)
       VALUES ($1, $2, 'natural_person', $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        cooperativeId,
        admissions.length > 0 ? number : null,
        `Member ${number}`,
        status,
        appliedOn,
        history.at(-1)?.effectiveDate ?? appliedOn,
        admissions[0]?.effectiveDate ?? null,
        admissions.at(-1)?.effectiveDate ?? null,
        ceased,
        ceased === null ? null : 'withdrawn',
      ],
    );
    for (const row of rows) {
      await t.query(
        `INSERT INTO member_transitions (cooperative_id, member_id, action, from_status, to_status, effective_date,
                                         cessation_reason, rejection_reason, recorded_by_type)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'system')`,
        [
          cooperativeId,
          member.id,
          row.action,
          row.from,
          row.to,
          row.effectiveDate,
          row.action === 'cease' ? 'withdrawn' : null,
          row.action === 'reject' ? 'rejected' : row.action === 'withdraw_application' ? 'withdrawn' : null,
        ],
      );
    }
    return member.id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const next = random(13);
    for (let c = 0; c < 2; c++) {
      const id = await givenCooperative(t);
      const members = new Map<string, MemberHistoryEntry[]>();
      for (let i = 1; i <= 40; i++) {
        const generated = generate(next);
        members.set(await insert(id, i, generated), generated.history);
      }
      cooperatives.push({ id, members });
    }
  });
  afterAll(() => t.close());

  const expected = (members: Map<string, MemberHistoryEntry[]>, date: string, only?: readonly string[]) =>
    [...members]
      .filter(([id]) => only === undefined || only.includes(id))
      .map(([id, history]) => [id, statusOn(history, date)] as const)
      .filter(([, status]) => status !== null)
      .map(([id, status]) => `${id} ${status}`)
      .sort();

  const actual = async (cooperativeId: string, date: string, only?: readonly string[]) => {
    const refs = { cooperativeId: '$1::uuid', date: '$2::date', ...(only ? { members: '$3::uuid[]' } : {}) };
    const rows = await t.query<{ member_id: string; status: string }>(
      `SELECT member_id, status FROM (${statusOnSql(refs)}) s`,
      only ? [cooperativeId, date, only] : [cooperativeId, date],
    );
    return rows.map((r) => `${r.member_id} ${r.status}`).sort();
  };

  it('covers the interesting histories', () => {
    const histories = cooperatives.flatMap((c) => [...c.members.values()]);
    const actions = new Set(histories.flat().map((e) => e.action));
    expect([...actions].sort()).toEqual(
      ['admit', 'cease', 'reinstate', 'reject', 'rejoin', 'suspend', 'withdraw_application'].sort(),
    );
    expect(histories.some((h) => h.length === 0)).toBe(true);
    expect(histories.some((h) => h.some((e, i) => i > 0 && e.effectiveDate === h[i - 1].effectiveDate))).toBe(true);
    expect(histories.some((h) => h.filter((e) => e.action === 'admit').length > 1)).toBe(true);
  });

  it('for every record on every day around every effective date', async () => {
    for (const { id, members } of cooperatives) {
      const dates = new Set<string>(['2019-12-31', '2021-01-01']);
      for (const history of members.values())
        for (const e of history) for (const delta of [-1, 0, 1]) dates.add(addDays(e.effectiveDate, delta));
      expect(dates.size).toBeGreaterThan(40);
      for (const date of [...dates].sort()) {
        expect({ date, statuses: await actual(id, date) }).toEqual({ date, statuses: expected(members, date) });
      }
    }
  });

  it('for a few members (the members option narrows the relation)', async () => {
    const { id, members } = cooperatives[0];
    const only = [...members.keys()].filter((_, i) => i % 3 === 0);
    const dates = new Set<string>();
    for (const memberId of only) for (const e of members.get(memberId)!) dates.add(e.effectiveDate);
    for (const date of [...dates].sort()) {
      expect({ date, statuses: await actual(id, date, only) }).toEqual({
        date,
        statuses: expected(members, date, only),
      });
    }
  });
});
