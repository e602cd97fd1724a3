/**
 * Fiscal years, net surplus and patronage over HTTP: years never overlap; the surplus and each record are audited;
 * imports (JSON and CSV) are all or nothing, naming each bad row with its reason, and write nothing when refused.
 */
import {
  coopPath,
  expectProblem,
  givenFiscalYear,
  givenMembers,
  givenSurplusCoop,
  type SurplusCoop,
} from '../support/surplus-factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('fiscal years and patronage', () => {
  let t: TestApp;
  let c: SurplusCoop;
  let base: string;
  let members: { id: string; memberNumber: number }[];
  let fy: string;

  const records = async (fiscalYearId: string) =>
    t.query(
      `SELECT member_number, quantity::text, value::text FROM patronage_records
        WHERE fiscal_year_id = $1 ORDER BY member_number`,
      [fiscalYearId],
    );

  beforeAll(async () => {
    t = await startTestApp();
    c = await givenSurplusCoop(t);
    base = coopPath(c.coop);
    members = await givenMembers(t, c, [
      { name: 'Uno', admittedOn: '2020-01-01' },
      { name: 'Dos', admittedOn: '2020-01-01' },
      { name: 'Tres', admittedOn: '2023-03-01' },
      { name: 'Cuatro', admittedOn: '2024-02-01' },
    ]);
    fy = await givenFiscalYear(c, { startDate: '2023-01-01', endDate: '2023-12-31' });
  });
  afterAll(() => t.close());

  describe('fiscal years', () => {
    it('are labelled, never overlap, and list newest first', async () => {
      const july = await c.treasurer.post(`${base}/fiscal-years`, { startDate: '2021-07-01', endDate: '2022-06-30' });
      expect(july.body).toMatchObject({ label: '2021-07-01/2022-06-30', daysInYear: 365, netSurplus: null });
      const overlap = await c.treasurer.post(`${base}/fiscal-years`, {
        startDate: '2022-06-30',
        endDate: '2022-12-31',
      });
      expectProblem(overlap, 409, 'FISCAL_YEAR_OVERLAP');
      expect(overlap.body.detail).toBe("The fiscal year would overlap the fiscal year '2021-07-01/2022-06-30'.");
      const sameLabel = await c.treasurer.post(`${base}/fiscal-years`, {
        startDate: '2019-01-01',
        endDate: '2019-12-31',
        label: '2023',
      });
      expectProblem(sameLabel, 409, 'FISCAL_YEAR_OVERLAP');
      const leap = await c.treasurer.post(`${base}/fiscal-years`, { startDate: '2024-01-01', endDate: '2024-12-31' });
      expect(leap.body).toMatchObject({ label: '2024', daysInYear: 366, inputsLocked: false });
      expectProblem(
        await c.treasurer.post(`${base}/fiscal-years`, { startDate: '2025-01-01', endDate: '2024-12-31' }),
        422,
        'INVALID_FISCAL_YEAR',
      );
      expectProblem(
        await c.treasurer.post(`${base}/fiscal-years`, { startDate: '2010-01-01', endDate: '2012-01-02' }),
        422,
        'INVALID_FISCAL_YEAR',
      );
      expectProblem(
        await c.treasurer.post(`${base}/fiscal-years`, { startDate: '2011-02-29', endDate: '2011-12-31' }),
        400,
        'VALIDATION_FAILED',
      );
      // The database refuses an overlap even when the service's check is bypassed.
      await expect(
        t.query(
          `INSERT INTO fiscal_years (cooperative_id, label, start_date, end_date) VALUES ($1, 'x', '2023-12-31', '2024-01-01')`,
          [c.coop],
        ),
      ).rejects.toThrow('xc_fiscal_years_no_overlap');

      const page1 = await c.board.get(`${base}/fiscal-years?limit=2`);
      expect(page1.body.items.map((y: any) => y.label)).toEqual(['2024', '2023']);
      const page2 = await c.board.get(`${base}/fiscal-years?limit=2&cursor=${page1.body.nextCursor}`);
      expect([page2.body.items.map((y: any) => y.label), page2.body.nextCursor]).toEqual([
        ['2021-07-01/2022-06-30'],
        null,
      ]);
    });

    it('created concurrently for the same dates: exactly one exists', async () => {
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          c.treasurer.post(`${base}/fiscal-years`, {
            startDate: '2016-01-01',
            endDate: '2016-12-31',
            label: `race ${i}`,
          }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
      for (const r of results.filter((r) => r.status === 409)) expect(r.body.code).toBe('FISCAL_YEAR_OVERLAP');
      const rows = await t.query(
        `SELECT label FROM fiscal_years WHERE cooperative_id = $1 AND start_date = '2016-01-01'`,
        [c.coop],
      );
      expect(rows).toHaveLength(1);
    });

    it('take the net surplus in the currency, audited with before and after', async () => {
      const path = `${base}/fiscal-years/${fy}/net-surplus`;
      const first = await c.treasurer.put(path, { netSurplus: '1234.5', reference: 'Draft accounts' });
      expect(first.body).toMatchObject({ netSurplus: '1234.50', netSurplusReference: 'Draft accounts' });
      await c.treasurer.put(path, { netSurplus: '1234.50', reference: 'Draft accounts' }).expect(200);
      await c.treasurer.put(path, { netSurplus: '-10.00', reference: 'Audited accounts' }).expect(200);
      const audit = await t.query(
        `SELECT summary FROM audit_log WHERE target_id = $1 AND action = 'fiscal_year.net_surplus_entered' ORDER BY id`,
        [fy],
      );
      expect(audit.map((a) => a.summary)).toEqual([
        { before: null, after: '1234.50', reference: 'Draft accounts', loss: false },
        { before: '1234.50', after: '-10.00', reference: 'Audited accounts', loss: true },
      ]);
      expectProblem(await c.treasurer.put(path, { netSurplus: '1.005' }), 400, 'VALIDATION_FAILED');
      expectProblem(await c.treasurer.put(path, { netSurplus: 12 }), 400, 'VALIDATION_FAILED');
      expectProblem(await c.treasurer.put(path, { netSurplus: '1', status: 'x' }), 400, 'VALIDATION_FAILED');
    });
  });

  describe('patronage one by one', () => {
    it('records, corrects and removes, audited on the member', async () => {
      const [uno] = members;
      const path = `${base}/fiscal-years/${fy}/patronage/${uno.id}`;
      const recorded = await c.treasurer.put(path, { quantity: '1200.5' });
      expect(recorded.body).toMatchObject({ memberId: uno.id, memberNumber: 1, quantity: '1200.5', value: null });
      const corrected = await c.treasurer.put(path, { quantity: '1200.5', value: '3100.00' });
      expect(corrected.body).toMatchObject({ quantity: '1200.5', value: '3100' });
      await c.treasurer.delete(path).expect(204);
      expectProblem(await c.treasurer.delete(path), 404, 'NOT_FOUND');
      const audit = await t.query<{ action: string }>(
        `SELECT action FROM audit_log WHERE target_type = 'member' AND target_id = $1 AND action LIKE 'patronage.%' ORDER BY id`,
        [uno.id],
      );
      expect(audit.map((a) => a.action)).toEqual(['patronage.recorded', 'patronage.recorded', 'patronage.deleted']);
    });

    it('refuses bad values, members admitted after the year and unknown members', async () => {
      const [uno, , , cuatro] = members;
      const path = (id: string) => `${base}/fiscal-years/${fy}/patronage/${id}`;
      const empty = await c.treasurer.put(path(uno.id), {});
      expectProblem(empty, 400, 'VALIDATION_FAILED');
      expect(empty.body.errors).toEqual([{ field: 'quantity', message: 'give a quantity or a value (or both)' }]);
      expectProblem(await c.treasurer.put(path(uno.id), { value: '10.001' }), 400, 'VALIDATION_FAILED');
      expectProblem(await c.treasurer.put(path(uno.id), { value: 10 }), 400, 'VALIDATION_FAILED');
      expectProblem(await c.treasurer.put(path(uno.id), { quantity: '-1' }), 400, 'VALIDATION_FAILED');
      expectProblem(await c.treasurer.put(path(cuatro.id), { value: '1.00' }), 422, 'PATRONAGE_MEMBER_INELIGIBLE');
      expectProblem(
        await c.treasurer.put(path('00000000-0000-4000-8000-000000000000'), { value: '1.00' }),
        404,
        'MEMBER_NOT_FOUND',
      );
      expect(await records(fy)).toEqual([]);
    });
  });

  describe('imports', () => {
    const json = (body: object, headers: Record<string, string> = {}) =>
      c.treasurer.post(`${base}/fiscal-years/${fy}/patronage/import`, body, headers);
    const csv = (text: string, query = '', headers: Record<string, string> = {}) =>
      c.treasurer.csv(`${base}/fiscal-years/${fy}/patronage/import.csv${query}`, text, headers);

    it('a JSON import with bad rows is refused whole, each bad row named with its reason', async () => {
      const res = await json({
        records: [
          { memberNumber: 1, value: '100.00' },
          { memberNumber: 2, value: 12.5 },
          { memberNumber: 3 },
          { memberNumber: 'x', value: '1' },
          { memberNumber: 2, value: '1.00', kg: '3' },
        ],
      });
      expectProblem(res, 422, 'PATRONAGE_IMPORT_INVALID');
      expect(res.body.detail).toBe('4 row(s) are invalid; nothing was imported.');
      expect(res.body.errors).toEqual([
        { field: 'row 2.value', message: 'must be a decimal string ("12.50"), not a number' },
        { field: 'row 3', message: 'needs a quantity or a value' },
        { field: 'row 4.memberNumber', message: 'must be a member number (a whole number from 1)' },
        { field: 'row 5.kg', message: "unknown field 'kg'" },
      ]);
      expect(await records(fy)).toEqual([]);
    });

    it('rows that fail against the register are refused whole too', async () => {
      const res = await json({
        records: [
          { memberNumber: 1, value: '100.00' },
          { memberNumber: 99, value: '1.00' },
          { memberNumber: 4, value: '1.00' },
          { memberNumber: 1, value: '2.00' },
          { memberNumber: 2, quantity: '3' },
        ],
      });
      expectProblem(res, 422, 'PATRONAGE_IMPORT_INVALID');
      expect(res.body.errors).toEqual([
        { field: 'row 2.member_number', message: 'member number 99 is not on the register' },
        { field: 'row 3.member_number', message: 'member 4 was admitted after the fiscal year (on 2024-02-01)' },
        { field: 'row 4.member_number', message: 'member 1 appears already in row 1' },
      ]);
      expect(await records(fy)).toEqual([]);
      expectProblem(await json({ records: [] }), 422, 'PATRONAGE_IMPORT_INVALID');
      expectProblem(await json({ records: {} }), 400, 'VALIDATION_FAILED');
    });

    it('a good CSV is imported in one go; adding again names the members already recorded; replace replaces', async () => {
      const text = 'member_number,quantity,value\r\n1,1200.5,3100.00\r\n2,800,\r\n3,,950.25\r\n';
      const res = await csv(text);
      expect([res.status, res.body]).toEqual([
        200,
        { imported: 3, replaced: 0, quantityTotal: '2000.5', valueTotal: '4050.25' },
      ]);
      expect(await records(fy)).toEqual([
        { member_number: 1, quantity: '1200.5000', value: '3100.0000' },
        { member_number: 2, quantity: '800.0000', value: null },
        { member_number: 3, quantity: null, value: '950.2500' },
      ]);
      const again = await csv('member_number,value\n3,1.00\n');
      expectProblem(again, 422, 'PATRONAGE_IMPORT_INVALID');
      expect(again.body.errors).toEqual([
        {
          field: 'row 2.member_number',
          message:
            'member 3 already has a patronage record for this year (import with mode=replace, or correct it alone)',
        },
      ]);
      const replaced = await csv('Value,Member_Number\n5.00,2\n', '?mode=replace');
      expect(replaced.body).toEqual({ imported: 1, replaced: 3, quantityTotal: '0', valueTotal: '5' });
      expect(await records(fy)).toEqual([{ member_number: 2, quantity: null, value: '5.0000' }]);
      const [audit] = await t.query(
        `SELECT summary FROM audit_log WHERE target_id = $1 AND action = 'patronage.imported' ORDER BY id DESC LIMIT 1`,
        [fy],
      );
      expect(audit.summary).toEqual({
        format: 'csv',
        mode: 'replace',
        imported: 1,
        replaced: 3,
        quantityTotal: '0',
        valueTotal: '5',
      });
    });

    it('a CSV with bad rows is refused whole with the file line of each; nothing changes', async () => {
      const before = await records(fy);
      const res = await csv(
        'member_number,value\r\n1,10.00\r\nx,1\r\n"2","1,5"\r\n\r\n3,1.234\r\n4,1.00\r\n77,1.00\r\n1,3.00\r\n',
        '?mode=replace',
      );
      expectProblem(res, 422, 'PATRONAGE_IMPORT_INVALID');
      expect(res.body.errors).toEqual([
        { field: 'row 3.member_number', message: 'must be a member number (a whole number from 1)' },
        { field: 'row 4.value', message: 'must be a decimal >= 0 with at most 2 decimals' },
        { field: 'row 6.value', message: 'must be a decimal >= 0 with at most 2 decimals' },
      ]);
      // Once the format is right, the register checks name the rest.
      const register = await csv('member_number,value\r\n1,10.00\r\n4,1.00\r\n77,1.00\r\n1,3.00\r\n', '?mode=replace');
      expect(register.body.errors).toEqual([
        { field: 'row 3.member_number', message: 'member 4 was admitted after the fiscal year (on 2024-02-01)' },
        { field: 'row 4.member_number', message: 'member number 77 is not on the register' },
        { field: 'row 5.member_number', message: 'member 1 appears already in row 2' },
      ]);
      const header = await csv('member,value\n1,2\n');
      expect(header.body.errors).toEqual([
        { field: 'row 1', message: "unknown column 'member' (expected member_number, quantity, value)" },
        { field: 'row 1', message: 'the header needs a member_number column' },
      ]);
      expectProblem(await csv(''), 422, 'PATRONAGE_IMPORT_INVALID');
      expectProblem(await csv('member_number,value\n"1,2\n'), 422, 'PATRONAGE_IMPORT_INVALID');
      expect(await records(fy)).toEqual(before);
    });

    it('only text/csv in UTF-8 is read, and the file counts for the Idempotency-Key', async () => {
      const path = `${base}/fiscal-years/${fy}/patronage/import.csv`;
      const asJson = await c.treasurer.post(path, { records: [] });
      expectProblem(asJson, 415, 'UNSUPPORTED_MEDIA_TYPE');
      expectProblem(
        await c.treasurer.csv(path, 'member_number,value\n1,1\n', { 'Content-Type': 'text/csv; charset=latin1' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
      const key = { 'Idempotency-Key': 'csv-import-1' };
      const first = await csv('member_number,value\n1,7.00\n', '?mode=replace', key);
      expect(first.status).toBe(200);
      const retry = await csv('member_number,value\n1,7.00\n', '?mode=replace', key);
      expect([retry.status, retry.headers['idempotent-replayed'], retry.body]).toEqual([200, 'true', first.body]);
      expectProblem(await csv('member_number,value\n1,8.00\n', '?mode=replace', key), 422, 'IDEMPOTENCY_KEY_REUSED');
      expect(await records(fy)).toEqual([{ member_number: 1, quantity: null, value: '7.0000' }]);
    });

    it('lists the year in member-number order with keyset pages', async () => {
      await csv('member_number,quantity\n3,30\n2,20\n1,10\n', '?mode=replace').expect(200);
      const page1 = await c.board.get(`${base}/fiscal-years/${fy}/patronage?limit=2`);
      expect(page1.body.items.map((p: any) => [p.memberNumber, p.quantity])).toEqual([
        [1, '10'],
        [2, '20'],
      ]);
      const page2 = await c.board.get(`${base}/fiscal-years/${fy}/patronage?limit=2&cursor=${page1.body.nextCursor}`);
      expect([page2.body.items.map((p: any) => p.memberNumber), page2.body.nextCursor]).toEqual([[3], null]);
      expectProblem(await c.board.get(`${base}/fiscal-years/${fy}/patronage?cursor=abc`), 400, 'INVALID_CURSOR');
    });
  });
});
