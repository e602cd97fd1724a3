/**
 * The "nothing changed" probe of the fuzz, matrix and foreign-ids tests (test/support/db-state.ts) sees every committed
 * write (an insert, an update, to the same values too, a delete) and nothing else: not a rolled-back write, not a row
 * lock, not an API key's last use.
 */
import { jest } from '@jest/globals';
import { changedTables, DatabaseProbe } from '../support/db-state.js';
import { givenApiKey, givenCooperative } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(60_000);

describe('the database probe', () => {
  let t: TestApp;
  let probe: DatabaseProbe;
  let coop: string;

  beforeAll(async () => {
    t = await startTestApp();
    coop = await givenCooperative(t);
    await givenApiKey(t, coop, ['bylaws:read']);
    probe = new DatabaseProbe(t.databaseUrl);
    await probe.query(`CREATE TABLE probe_rows (id int)`); // before the first fingerprint, which lists the tables
    await probe.query(`INSERT INTO probe_rows VALUES (1)`);
  });
  afterAll(async () => {
    await probe?.close();
    await t?.close();
  });

  /** The tables the statement changed, as the probe sees them (a statement expected to fail must fail). */
  const changedBy = async (sql: string, params: unknown[] = [coop], fails?: RegExp) => {
    const before = await probe.fingerprint();
    const ran = probe.query(sql, params);
    await (fails ? expect(ran).rejects.toThrow(fails) : ran);
    return changedTables(before, await probe.fingerprint()).map((table) => table.split(' ')[0]);
  };

  it('sees an insert, an update (to the same values too) and a delete', async () => {
    const bylaws = `UPDATE bylaws SET quorum_percent = quorum_percent WHERE cooperative_id = $1`;
    expect(await changedBy(bylaws.replace('= quorum_percent', '= quorum_percent + 1'))).toEqual(['bylaws']);
    expect(await changedBy(bylaws)).toEqual(['bylaws']);
    expect(await changedBy(`INSERT INTO probe_rows VALUES (2), (3)`, [])).toEqual(['probe_rows']);
    expect(await changedBy(`DELETE FROM probe_rows WHERE id = 3`, [])).toEqual(['probe_rows']);
    // Deleted and inserted in one statement: as many rows as before, but new ones.
    const replaced = `WITH gone AS (DELETE FROM probe_rows WHERE id = 2) INSERT INTO probe_rows VALUES (4)`;
    expect(await changedBy(replaced, [])).toEqual(['probe_rows']);
  });

  it('sees no rolled-back write, no row lock and no API key’s last use', async () => {
    const undone = `DO $$ BEGIN UPDATE bylaws SET quorum_percent = 1 WHERE cooperative_id = '${coop}';
                    RAISE EXCEPTION 'undo'; END $$`;
    expect(await changedBy(undone, [], /undo/)).toEqual([]);
    expect(await changedBy(`SELECT 1 FROM bylaws WHERE cooperative_id = $1 FOR UPDATE`)).toEqual([]);
    expect(await changedBy(`UPDATE api_clients SET last_used_at = now() WHERE cooperative_id = $1`)).toEqual([]);
  });
});
