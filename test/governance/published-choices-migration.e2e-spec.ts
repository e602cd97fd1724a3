/**
 * Migration 1797100000000 (published choices in chunks) on a database that holds secret ballots: down turns the
 * chunks back into a row per content (ballot_secret_choices), up moves closed ballots' rows into the chunks again and
 * keeps an open ballot's plain contents (from before seals) in ballot_unsealed_votes, which its closing counts.
 */
import { jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { invariants } from '../../src/governance/governance.invariants.js';
import { givenCooperative, givenUser } from '../support/factories.js';
import {
  allPages,
  as,
  ballotAction,
  ballotsPath,
  givenBallot,
  givenVoter,
  type Voter,
} from '../support/governance.factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(120_000);

describe('migration 1797100000000: published choices', () => {
  let t: TestApp;
  afterAll(async () => {
    for (const inv of invariants) {
      expect({ name: inv.name, rows: await t.query(inv.sql) }).toEqual({ name: inv.name, rows: [] });
    }
    await t.close();
  });

  it('moves closed ballots’ contents both ways, and leaves an open ballot’s plain contents for its closing', async () => {
    t = await startTestApp();
    const coop = await givenCooperative(t);
    const sec = (await givenUser(t, coop, ['secretary'])).accessToken;
    const voters: Voter[] = [];
    for (let i = 0; i < 3; i++) voters.push(await givenVoter(t, coop, sec));
    const vote = (ballotId: string, i: number, selection: string) =>
      as(t, voters[i].token).post(`${ballotsPath(coop)}/${ballotId}/votes`, { selection });
    const closed = (await givenBallot(t, coop, sec)).id;
    await ballotAction(t, coop, sec, closed, 'open');
    const receipts: string[] = [];
    for (const [i, selection] of ['yes', 'no', 'yes'].entries()) {
      receipts.push((await vote(closed, i, selection)).body.receiptCode as string);
    }
    await ballotAction(t, coop, sec, closed, 'close');
    const open = (await givenBallot(t, coop, sec)).id;
    // Opened, no vote yet: a vote now would be sealed with scheme 2, which the version before cannot open.
    await ballotAction(t, coop, sec, open, 'open');

    const migrations = await new DataSource(dataSourceOptions(t.databaseUrl, 2)).initialize();
    try {
      await migrations.undoLastMigration();
      expect(
        await t.query(
          `SELECT ballot_id, selection, receipt_code FROM ballot_secret_choices ORDER BY receipt_code COLLATE "C"`,
        ),
      ).toEqual(
        [...receipts]
          .sort()
          .map((receipt_code) => ({ ballot_id: closed, selection: expect.stringMatching(/^(yes|no)$/), receipt_code })),
      );
      const downCounts = await t.query(
        `SELECT selection, count(*)::int AS n FROM ballot_secret_choices GROUP BY selection ORDER BY selection`,
      );
      expect(downCounts).toEqual([
        { selection: 'no', n: 1 },
        { selection: 'yes', n: 2 },
      ]);
      // A vote of the open ballot as a version before seals stored it: a participation and its plain content.
      await t.query(
        `INSERT INTO ballot_participations (cooperative_id, ballot_id, member_id, via, cast_by_member_id)
         VALUES ($1, $2, $3, 'self', $3)`,
        [coop, open, voters[1].member.id],
      );
      await t.query(
        `INSERT INTO ballot_secret_choices (cooperative_id, ballot_id, selection, receipt_code)
         VALUES ($1, $2, '"yes"', 'AAAA-BBBB-CCCC-DDDD')`,
        [coop, open],
      );
      await migrations.runMigrations();
    } finally {
      await migrations.destroy();
    }

    const path = `${ballotsPath(coop)}/${closed}`;
    expect(await allPages<string>(t, sec, `${path}/receipts`)).toEqual([...receipts].sort());
    const choices = await allPages<{ selection: string }>(t, sec, `${path}/anonymous-choices`);
    expect(choices.map((c) => c.selection).sort()).toEqual(['no', 'yes', 'yes']);
    const [scheme] = await t.query(`SELECT seal_scheme FROM ballots WHERE id = $1`, [open]);
    expect(scheme).toEqual({ seal_scheme: 1 });
    expect(await t.query(`SELECT selection, receipt_code FROM ballot_unsealed_votes`)).toEqual([
      { selection: 'yes', receipt_code: 'AAAA-BBBB-CCCC-DDDD' },
    ]);
    await ballotAction(t, coop, sec, open, 'close');
    const results = await as(t, sec).get(`${ballotsPath(coop)}/${open}/results`);
    expect(results.body).toMatchObject({ participants: 1, counts: { yes: 1, no: 0, abstain: 0 } });
    expect(await allPages<string>(t, sec, `${ballotsPath(coop)}/${open}/receipts`)).toContain('AAAA-BBBB-CCCC-DDDD');
  });
});
