/**
 * Reading the register: filters, search and keyset pagination; the register as of a date (around admission,
 * suspension and cessation dates, and checked against the pure rules for every interesting day); the CSV export.
 */
import { jest } from '@jest/globals';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type MemberHistoryEntry, statusOn } from '../../src/membership/member-lifecycle.rules.js';
import { givenCooperative, givenUser } from '../support/factories.js';
import { act, givenApplicant, givenMemberIn, type MemberBody, membersPath } from '../support/member-factories.js';
import type { TestApp } from '../support/test-app.js';
import { startConformingApp } from '../support/contract.js';

// Jest applies testTimeout only globally, not from the e2e project's config: without this every test and hook
// here has 5 s, too little for 100 concurrent admissions on a loaded 2-core machine.
jest.setTimeout(60_000);

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A strict RFC 4180 reader, to prove the export parses back to what was stored. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else {
          field += text[i++];
        }
      }
    } else if (text[i] === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      record.push(field);
      records.push(record);
      field = '';
      record = [];
      i += 2;
    } else {
      field += text[i++];
    }
  }
  if (field !== '' || record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

describe('the register', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startConformingApp();
  });
  afterAll(() => t.close());

  async function secretaryOfNewCooperative() {
    const coop = await givenCooperative(t);
    return { coop, token: (await givenUser(t, coop, ['secretary'])).accessToken };
  }

  describe('list, filters, search and pagination', () => {
    let coop: string;
    let token: string;
    const m: Record<string, MemberBody> = {};

    beforeAll(async () => {
      ({ coop, token } = await secretaryOfNewCooperative());
      const admitted = async (key: string, body: Record<string, unknown>, admittedOn: string) => {
        const applicant = await givenApplicant(t, coop, token, body);
        m[key] = await act(t, coop, token, applicant.id, 'admit', { effectiveDate: admittedOn });
      };
      await admitted('maria', { name: 'María José Núñez', community: 'El Rosario' }, '2020-02-01');
      await admitted('jose', { name: 'Jose Perez', community: 'San Juan' }, '2021-06-01');
      m.jose = await act(t, coop, token, m.jose.id, 'suspend', { effectiveDate: '2021-07-01' });
      await admitted(
        'vecina',
        { kind: 'legal_entity', name: 'Cooperativa Vecina', community: 'El Rosario' },
        '2022-01-01',
      );
      m.zoila = await givenApplicant(t, coop, token, { name: 'Zoila Applicant' });
      m.ana = await givenMemberIn(t, coop, token, 'rejected', { name: 'Ana Rejected' });
      m.pedro = await givenApplicant(t, coop, token, { name: 'Pedro 100%_off' });
    });

    const list = async (query: string) => {
      const res = await t
        .http()
        .get(`${membersPath(coop)}?${query}`)
        .auth(token, { type: 'bearer' });
      expect(res.status).toBe(200);
      return res.body as { items: MemberBody[]; nextCursor: string | null };
    };
    const names = async (query: string) => (await list(query)).items.map((i) => i.name);
    const unnumbered = () => [m.zoila, m.ana, m.pedro].sort((a, b) => (a.id < b.id ? -1 : 1)).map((x) => x.name);

    it('by number: numbered records in order, then the others', async () => {
      const page = await list('');
      expect(page.items.map((i) => i.memberNumber)).toEqual([1, 2, 3, null, null, null]);
      expect(page.items.map((i) => i.name)).toEqual([
        'María José Núñez',
        'Jose Perez',
        'Cooperativa Vecina',
        ...unnumbered(),
      ]);
      expect(page.nextCursor).toBeNull();
    });

    it("gives each member exactly as the member's own GET does", async () => {
      const page = await list('');
      const one = async (id: string) =>
        (
          await t
            .http()
            .get(`${membersPath(coop)}/${id}`)
            .auth(token, { type: 'bearer' })
            .expect(200)
        ).body as MemberBody;
      expect(page.items).toHaveLength(6);
      for (const item of page.items) expect(item).toEqual(await one(item.id));
      expect(page.items.find((i) => i.id === m.jose.id)).toMatchObject({
        status: 'suspended',
        admittedOn: '2021-06-01',
        statusSince: '2021-07-01',
        hasAccount: false,
      });
    });

    it.each([1, 2, 4])('pages of %i walk the same order with no duplicate and no gap', async (limit) => {
      const walked: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: { items: MemberBody[]; nextCursor: string | null } = await list(
          `limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.items.length).toBeLessThanOrEqual(limit);
        walked.push(...page.items.map((i) => i.name));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      expect(walked).toEqual(['María José Núñez', 'Jose Perez', 'Cooperativa Vecina', ...unnumbered()]);
      expect(pages).toBe(Math.ceil(6 / limit));
    });

    it('by name, in pages', async () => {
      const first = await list('sort=name&limit=4');
      const second = await list(`sort=name&limit=4&cursor=${first.nextCursor}`);
      expect([...first.items, ...second.items].map((i) => i.name)).toEqual([
        'Ana Rejected',
        'Cooperativa Vecina',
        'Jose Perez',
        'María José Núñez',
        'Pedro 100%_off',
        'Zoila Applicant',
      ]);
      expect(second.nextCursor).toBeNull();
    });

    it('by admission date, then number, in pages; never-admitted records last', async () => {
      const walked: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: MemberBody[]; nextCursor: string | null } = await list(
          `sort=admission&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        walked.push(...page.items.map((i) => i.name));
        cursor = page.nextCursor;
      } while (cursor);
      expect(walked).toEqual(['María José Núñez', 'Jose Perez', 'Cooperativa Vecina', ...unnumbered()]);
      expect(await names('sort=admission&admittedFrom=2021-01-01')).toEqual(['Jose Perez', 'Cooperativa Vecina']);
    });

    it('merges several statuses in number order, across pages', async () => {
      const walked: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: MemberBody[]; nextCursor: string | null } = await list(
          `status=suspended,applicant,active&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        walked.push(...page.items.map((i) => i.name));
        cursor = page.nextCursor;
      } while (cursor);
      const applicants = [m.zoila, m.pedro].sort((a, b) => (a.id < b.id ? -1 : 1)).map((x) => x.name);
      expect(walked).toEqual(['María José Núñez', 'Jose Perez', 'Cooperativa Vecina', ...applicants]);
    });

    it('filters by status (one or several), kind, community and admission dates', async () => {
      expect(await names('status=active')).toEqual(['María José Núñez', 'Cooperativa Vecina']);
      expect(await names('status=active,suspended')).toEqual(['María José Núñez', 'Jose Perez', 'Cooperativa Vecina']);
      expect(await names('status=active,suspended&status=active')).toEqual([
        'María José Núñez',
        'Jose Perez',
        'Cooperativa Vecina',
      ]);
      expect(await names('status=applicant&status=rejected&sort=name')).toEqual([
        'Ana Rejected',
        'Pedro 100%_off',
        'Zoila Applicant',
      ]);
      expect(await names('kind=legal_entity')).toEqual(['Cooperativa Vecina']);
      expect(await names('community=El%20Rosario')).toEqual(['María José Núñez', 'Cooperativa Vecina']);
      expect(await names('admittedFrom=2021-01-01&admittedTo=2021-12-31')).toEqual(['Jose Perez']);
      expect(await names('admittedFrom=2022-01-01')).toEqual(['Cooperativa Vecina']);
      expect(await names('admittedTo=2020-02-01')).toEqual(['María José Núñez']);
    });

    it('searches names ignoring case and accents, and numbers exactly', async () => {
      expect(await names('q=maria')).toEqual(['María José Núñez']);
      expect(await names('q=NUNEZ')).toEqual(['María José Núñez']);
      expect(await names('q=jos&sort=name')).toEqual(['Jose Perez', 'María José Núñez']);
      expect(await names('q=2')).toEqual(['Jose Perez']);
      expect(await names('q=100')).toEqual(['Pedro 100%_off']);
      expect(await names('q=nobody')).toEqual([]);
    });

    it('treats % and _ in a search as plain characters', async () => {
      expect(await names(`q=${encodeURIComponent('%')}`)).toEqual(['Pedro 100%_off']);
      expect(await names('q=_')).toEqual(['Pedro 100%_off']);
    });

    it('refuses a malformed or foreign cursor and an oversized page', async () => {
      const byName = await list('sort=name&limit=1');
      for (const query of ['cursor=not-a-cursor', `cursor=${byName.nextCursor}`]) {
        const res = await t
          .http()
          .get(`${membersPath(coop)}?${query}`)
          .auth(token, { type: 'bearer' });
        expect([res.status, res.body.code]).toEqual([400, 'INVALID_CURSOR']);
      }
      const big = await t
        .http()
        .get(`${membersPath(coop)}?limit=201`)
        .auth(token, { type: 'bearer' });
      expect([big.status, big.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });
  });

  describe('as of a date', () => {
    let coop: string;
    let token: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      ({ coop, token } = await secretaryOfNewCooperative());
      const run = async (name: string, steps: [string, string, Record<string, unknown>?][]) => {
        const applicant = await givenApplicant(t, coop, token, { name, appliedOn: '2019-01-01' });
        ids[name] = applicant.id;
        for (const [action, effectiveDate, extra] of steps) {
          await act(t, coop, token, applicant.id, action as never, { effectiveDate, ...extra });
        }
      };
      const withdrawn = { cessationReason: 'withdrawn' };
      await run('Admitted then ceased', [
        ['admit', '2020-03-10'],
        ['cease', '2022-06-30', withdrawn],
      ]); // No. 1
      await run('Suspended a while', [
        ['admit', '2020-03-10'],
        ['suspend', '2021-01-15'],
        ['reinstate', '2021-02-01'],
      ]); // No. 2
      await run('In and out the same day', [
        ['admit', '2021-05-05'],
        ['cease', '2021-05-05', withdrawn],
      ]); // No. 3
      await run('Suspended and reinstated the same day', [
        ['admit', '2020-01-01'],
        ['suspend', '2021-01-15'],
        ['reinstate', '2021-01-15'],
      ]); // No. 4
      await run('Two periods', [
        ['admit', '2020-02-01'],
        ['cease', '2020-06-01', withdrawn],
        ['rejoin', '2020-07-01'],
        ['admit', '2021-01-01'],
      ]); // No. 5
      await run('Still applying', []);
      await run('Refused', [['reject', '2020-01-05']]);
    });

    const registerOn = async (date: string, extra = '') => {
      const res = await t
        .http()
        .get(`${membersPath(coop)}/register?asOf=${date}&limit=200${extra}`)
        .auth(token, { type: 'bearer' });
      expect(res.status).toBe(200);
      expect(res.body.asOf).toBe(date);
      return res.body.items as { name: string; memberNumber: number; status: string; admittedOn: string }[];
    };
    const brief = async (date: string) => (await registerOn(date)).map((e) => `${e.memberNumber} ${e.status}`);

    it('around an admission: the day before no, the same day and after yes', async () => {
      expect(await brief('2020-03-09')).toEqual(['4 active', '5 active']);
      expect(await brief('2020-03-10')).toEqual(['1 active', '2 active', '4 active', '5 active']);
      expect(await brief('2020-03-11')).toEqual(['1 active', '2 active', '4 active', '5 active']);
    });

    it('around a cessation: the day before yes, from the effective date no', async () => {
      expect(await brief('2022-06-29')).toEqual(['1 active', '2 active', '4 active', '5 active']);
      expect(await brief('2022-06-30')).toEqual(['2 active', '4 active', '5 active']);
      expect(await brief('2022-07-01')).toEqual(['2 active', '4 active', '5 active']);
    });

    it('a suspension covers its days; reinstated the same day is active that day', async () => {
      expect(await brief('2021-01-14')).toEqual(['1 active', '2 active', '4 active', '5 active']);
      expect(await brief('2021-01-15')).toEqual(['1 active', '2 suspended', '4 active', '5 active']);
      expect(await brief('2021-01-31')).toEqual(['1 active', '2 suspended', '4 active', '5 active']);
      expect(await brief('2021-02-01')).toEqual(['1 active', '2 active', '4 active', '5 active']);
    });

    it('admitted and ceased the same day is not a member that day', async () => {
      expect((await brief('2021-05-05')).some((e) => e.startsWith('3 '))).toBe(false);
    });

    it('several periods: the admission shown is the one covering the day', async () => {
      const on = async (date: string) => (await registerOn(date)).find((e) => e.memberNumber === 5);
      expect(await on('2020-03-01')).toMatchObject({ status: 'active', admittedOn: '2020-02-01', name: 'Two periods' });
      expect(await on('2020-06-01')).toBeUndefined();
      expect(await on('2020-12-31')).toBeUndefined();
      expect(await on('2021-01-01')).toMatchObject({ status: 'active', admittedOn: '2021-01-01' });
    });

    it('filters by status on the day and pages by member number', async () => {
      expect(await brief('2021-01-20')).toContain('2 suspended');
      expect((await registerOn('2021-01-20', '&status=suspended')).map((e) => e.memberNumber)).toEqual([2]);
      const first = await t
        .http()
        .get(`${membersPath(coop)}/register?asOf=2021-03-01&limit=2`)
        .auth(token, { type: 'bearer' })
        .expect(200);
      const second = await t
        .http()
        .get(`${membersPath(coop)}/register?asOf=2021-03-01&limit=2&cursor=${first.body.nextCursor}`)
        .auth(token, { type: 'bearer' })
        .expect(200);
      expect([...first.body.items, ...second.body.items].map((e: { memberNumber: number }) => e.memberNumber)).toEqual([
        1, 2, 4, 5,
      ]);
      expect(second.body.nextCursor).toBeNull();
    });

    it('agrees with the pure rules (statusOn) for every member on every day around every effective date', async () => {
      const histories = new Map<number | null, MemberHistoryEntry[]>();
      const dates = new Set<string>();
      for (const id of Object.values(ids)) {
        const member = await t
          .http()
          .get(`${membersPath(coop)}/${id}`)
          .auth(token, { type: 'bearer' })
          .expect(200);
        const history = await t
          .http()
          .get(`${membersPath(coop)}/${id}/history`)
          .auth(token, { type: 'bearer' })
          .expect(200);
        const entries = history.body.items.map((h: MemberHistoryEntry) => ({
          action: h.action,
          effectiveDate: h.effectiveDate,
        }));
        histories.set(member.body.memberNumber, entries);
        for (const e of entries) for (const delta of [-1, 0, 1]) dates.add(addDays(e.effectiveDate, delta));
      }
      expect(dates.size).toBeGreaterThan(20);
      for (const date of dates) {
        const expected = [...histories.entries()]
          .filter(([number]) => number !== null)
          .map(([number, history]) => [number, statusOn(history, date)] as const)
          .filter(([, status]) => status === 'active' || status === 'suspended')
          .sort(([a], [b]) => a! - b!)
          .map(([number, status]) => `${number} ${status}`);
        expect({ date, register: await brief(date) }).toEqual({ date, register: expected });
      }
    });

    it('needs a calendar date', async () => {
      for (const query of ['', 'asOf=2021-02-30', 'asOf=yesterday']) {
        const res = await t
          .http()
          .get(`${membersPath(coop)}/register?${query}`)
          .auth(token, { type: 'bearer' });
        expect(res.status).toBe(400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['asOf']);
      }
    });
  });

  describe('CSV export', () => {
    let coop: string;
    let token: string;

    beforeAll(async () => {
      ({ coop, token } = await secretaryOfNewCooperative());
      await givenMemberIn(t, coop, token, 'active', { name: 'Núñez, María "la Niña"' }); // No. 1
      const entity = await givenMemberIn(t, coop, token, 'active', {
        kind: 'legal_entity',
        name: 'Cooperativa São João',
      }); // No. 2
      await act(t, coop, token, entity.id, 'cease', { effectiveDate: '2023-01-01', cessationReason: 'dissolved' });
      const legacy = await givenMemberIn(t, coop, token, 'active', { name: 'Legacy Name' }); // No. 3
      // The API refuses line breaks in names (see the validation spec); a register imported from an older system
      // may still hold one, and the export must survive it.
      await t.query(`UPDATE members SET name = $2 WHERE id = $1`, [legacy.id, 'Línea uno\nLínea dos']);
      await givenApplicant(t, coop, token, { name: '=HYPERLINK("http://evil.example","x")' });
    });

    const exportOf = (cooperative: string, auth: string, query = '') =>
      t
        .http()
        .get(`${membersPath(cooperative)}/export.csv${query}`)
        .auth(auth, { type: 'bearer' });
    const exportCsv = (query = '', auth = token) => exportOf(coop, auth, query);

    it('streams RFC 4180 CSV in UTF-8 with exactly the register columns, escaped', async () => {
      const res = await exportCsv();
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="members-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.text).toBe(
        'member_number,name,status,admission_date,cessation_date,cessation_reason,shares_held,paid_up_capital\r\n' +
          '1,"Núñez, María ""la Niña""",active,2020-02-01,,,1,0.00\r\n' +
          '2,Cooperativa São João,ceased,2020-02-01,2023-01-01,dissolved,1,0.00\r\n' +
          '3,"Línea uno\nLínea dos",active,2020-02-01,,,1,0.00\r\n' +
          `,"'=HYPERLINK(""http://evil.example"",""x"")",applicant,,,,1,0.00\r\n`,
      );
    });

    it('parses back to the stored names (the formula neutralised)', async () => {
      const records = parseCsv((await exportCsv()).text);
      expect(records.every((r) => r.length === 8)).toBe(true);
      expect(records.slice(1).map((r) => r[1])).toEqual([
        'Núñez, María "la Niña"',
        'Cooperativa São João',
        'Línea uno\nLínea dos',
        `'=HYPERLINK("http://evil.example","x")`,
      ]);
    });

    it('filters by status', async () => {
      const res = await exportCsv('?status=ceased');
      expect(res.text.split('\r\n').slice(1)).toEqual([
        '2,Cooperativa São João,ceased,2020-02-01,2023-01-01,dissolved,1,0.00',
        '',
      ]);
    });

    it('a client that goes away mid-export leaves no transaction open', async () => {
      const { coop: big, token: bigToken } = await secretaryOfNewCooperative();
      await t.query(
        `INSERT INTO members (cooperative_id, member_number, kind, name, status, applied_on, status_since,
                              first_admitted_on, admitted_on)
         SELECT $1, g, 'natural_person', repeat('Socio de nombre largo ', 4) || g, 'active', '2020-01-01',
                '2020-01-02', '2020-01-02', '2020-01-02'
           FROM generate_series(1, 60000) g`,
        [big],
      );
      const server = t.app.getHttpServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = server.address() as AddressInfo;
        const firstBytes = await new Promise<number>((resolve, reject) => {
          const req = get(
            {
              host: '127.0.0.1',
              port,
              path: `${membersPath(big)}/export.csv`,
              headers: { authorization: `Bearer ${bigToken}` },
            },
            (res) => {
              res.once('data', (chunk: Buffer) => {
                req.destroy();
                resolve(chunk.length);
              });
            },
          );
          req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
        });
        expect(firstBytes).toBeGreaterThan(0);
        const openExports = async () =>
          (
            await t.query<{ n: number }>(
              `SELECT count(*)::int AS n FROM pg_stat_activity
                WHERE datname = current_database() AND state LIKE 'idle in transaction%' AND pid <> pg_backend_pid()`,
            )
          )[0].n;
        for (let i = 0; i < 50 && (await openExports()) > 0; i++) await new Promise((r) => setTimeout(r, 100));
        expect(await openExports()).toBe(0);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });

    it('lists the records never admitted after the numbered ones, by application date', async () => {
      const { coop: mixed, token: mixedToken } = await secretaryOfNewCooperative();
      await t.query(
        `INSERT INTO members (id, cooperative_id, member_number, kind, name, status, applied_on, status_since,
                              first_admitted_on, admitted_on)
         VALUES ('00000000-0000-4000-8000-000000000001', $1, NULL, 'natural_person', 'Applied in May', 'applicant',
                 '2024-05-01', '2024-05-01', NULL, NULL),
                ('ffffffff-ffff-4fff-bfff-ffffffffffff', $1, NULL, 'natural_person', 'Applied in January', 'rejected',
                 '2024-01-01', '2024-02-01', NULL, NULL),
                (DEFAULT, $1, 2, 'natural_person', 'Number two', 'active', '2020-01-01', '2020-01-02', '2020-01-02',
                 '2020-01-02'),
                (DEFAULT, $1, 1, 'natural_person', 'Number one', 'suspended', '2020-01-01', '2020-01-02',
                 '2020-01-02', '2020-01-02')`,
        [mixed],
      );
      const res = await exportOf(mixed, mixedToken).expect(200);
      expect(parseCsv(res.text).map((r) => r.slice(0, 3))).toEqual([
        ['member_number', 'name', 'status'],
        ['1', 'Number one', 'suspended'],
        ['2', 'Number two', 'active'],
        ['', 'Applied in January', 'rejected'],
        ['', 'Applied in May', 'applicant'],
      ]);
    });

    it('streams a register larger than one batch, in number order', async () => {
      const { coop: big, token: bigToken } = await secretaryOfNewCooperative();
      await t.query(
        `INSERT INTO members (cooperative_id, member_number, kind, name, status, applied_on, status_since,
                              first_admitted_on, admitted_on)
         SELECT $1, g, 'natural_person', 'Socio ' || g, 'active', '2020-01-01', '2020-01-02', '2020-01-02', '2020-01-02'
           FROM generate_series(1, 4500) g`,
        [big],
      );
      const res = await exportOf(big, bigToken).expect(200);
      const records = parseCsv(res.text);
      expect(records).toHaveLength(4501);
      expect(records.slice(1).map((r) => Number(r[0]))).toEqual(Array.from({ length: 4500 }, (_, i) => i + 1));
      expect(records[4500]).toEqual(['4500', 'Socio 4500', 'active', '2020-01-02', '', '', '', '']);
    });
  });
});
