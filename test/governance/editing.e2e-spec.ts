/**
 * What the secretary edits, safely: an assembly and a ballot draft answer their version as an ETag, a write with
 * the If-Match of a version someone changed since is 412 and changes nothing, every write of the row counts a
 * version, and each 201 says where the new thing is read.
 */
import { jest } from '@jest/globals';
import { givenCooperative, givenUser } from '../support/factories.js';
import {
  as,
  assembliesPath,
  ballotAction,
  ballotsPath,
  expectProblem,
  givenActiveMember,
  givenBallot,
  givenVoter,
  mePath,
  proxiesPath,
} from '../support/governance.factories.js';
import { startConformingApp } from '../support/contract.js';
import type { TestApp } from '../support/test-app.js';

jest.setTimeout(120_000);

describe('editing governance records', () => {
  let t: TestApp;
  let coop: string;
  let sec: string;

  beforeAll(async () => {
    t = await startConformingApp();
    coop = await givenCooperative(t);
    sec = (await givenUser(t, coop, ['secretary'])).accessToken;
  });
  afterAll(() => t.close());

  const read = (path: string) => as(t, sec).get(path);
  const edit = (path: string, body: object, ifMatch?: string) => {
    const req = t.http().patch(path).auth(sec, { type: 'bearer' });
    return (ifMatch === undefined ? req : req.set('If-Match', ifMatch)).send(body);
  };
  const auditCount = async (id: string) =>
    (await t.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE target_id = $1`, [id]))[0].n;
  /** The ETag and version of every read of `path`, in order. */
  const versionOf = async (path: string) => {
    const res = await read(path);
    return [res.headers.etag, res.body.version];
  };

  describe('an assembly', () => {
    let path: string;

    beforeAll(async () => {
      const created = await as(t, sec).post(assembliesPath(coop), {
        kind: 'annual',
        title: 'Annual general assembly 2021',
        meetingDate: '2021-07-10',
        recordDate: '2021-06-30',
        notice: 'Members are convened.',
      });
      expect(created.status).toBe(201);
      path = `${assembliesPath(coop)}/${created.body.id}`;
      expect([created.headers.location, created.body.version]).toEqual([path, 1]);
    });

    it('answers its version as the ETag; If-Match with it edits and counts one more', async () => {
      expect(await versionOf(path)).toEqual(['"1"', 1]);
      const edited = await edit(path, { title: 'AGM 2021' }, '"1"');
      expect([edited.status, edited.headers.etag, edited.body.version, edited.body.title]).toEqual([
        200,
        '"2"',
        2,
        'AGM 2021',
      ]);
      expect(await versionOf(path)).toEqual(['"2"', 2]);
    });

    it('refuses a stale If-Match with 412 and changes nothing', async () => {
      const audited = await auditCount(path.split('/').at(-1)!);
      expectProblem(await edit(path, { title: 'Lost update' }, '"1"'), 412, 'PRECONDITION_FAILED');
      const after = await read(path);
      expect([after.body.title, after.body.version, after.headers.etag]).toEqual(['AGM 2021', 2, '"2"']);
      expect(await auditCount(path.split('/').at(-1)!)).toBe(audited);
    });

    it('without If-Match the edit still goes through; opening and closing count versions too', async () => {
      const edited = await edit(path, { location: 'Community hall' });
      expect([edited.status, edited.body.version]).toEqual([200, 3]);
      const opened = await as(t, sec).post(`${path}/open`);
      expect([opened.status, opened.body.version]).toEqual([200, 4]);
      // The current tag, but the assembly is in session: the rule refuses it, not the precondition.
      expectProblem(await edit(path, { title: 'Too late' }, '"4"'), 409, 'ILLEGAL_TRANSITION');
      expectProblem(await edit(path, { title: 'Too late' }, '"3"'), 412, 'PRECONDITION_FAILED');
      const closed = await as(t, sec).post(`${path}/close`, { minutes: 'Nothing was decided.' });
      expect([closed.status, closed.body.version]).toEqual([200, 5]);
      expect(await versionOf(path)).toEqual(['"5"', 5]);
    });
  });

  describe('a ballot draft', () => {
    let id: string;
    let path: string;

    beforeAll(async () => {
      await givenActiveMember(t, coop, sec);
      const created = await as(t, sec).post(ballotsPath(coop), {
        title: 'Approve the accounts',
        kind: 'motion',
        mode: 'electronic',
        secret: false,
        recordDate: '2021-06-30',
      });
      expect(created.status).toBe(201);
      id = created.body.id;
      path = `${ballotsPath(coop)}/${id}`;
      expect([created.headers.location, created.body.version]).toEqual([path, 1]);
    });

    it('answers its version as the ETag; If-Match with it edits and counts one more', async () => {
      expect(await versionOf(path)).toEqual(['"1"', 1]);
      const edited = await edit(path, { title: 'Approve the 2021 accounts' }, '"1"');
      expect([edited.status, edited.headers.etag, edited.body.version]).toEqual([200, '"2"', 2]);
      expect(await versionOf(path)).toEqual(['"2"', 2]);
    });

    it('refuses a stale If-Match with 412 and changes nothing', async () => {
      const audited = await auditCount(id);
      expectProblem(
        await edit(path, { title: 'Lost update', majority: 'absolute' }, '"1"'),
        412,
        'PRECONDITION_FAILED',
      );
      const after = await read(path);
      expect([after.body.title, after.body.majority, after.body.version]).toEqual([
        'Approve the 2021 accounts',
        'simple',
        2,
      ]);
      expect(await auditCount(id)).toBe(audited);
    });

    it('without If-Match the edit still goes through; opening, closing and publishing count versions too', async () => {
      expect((await edit(path, { description: 'The accounts of 2021.' })).body.version).toBe(3);
      expect((await ballotAction(t, coop, sec, id, 'open')).version).toBe(4);
      expectProblem(await edit(path, { title: 'Too late' }, '"4"'), 409, 'ILLEGAL_TRANSITION');
      expect((await ballotAction(t, coop, sec, id, 'close')).version).toBe(5);
      await ballotAction(t, coop, sec, id, 'publish');
      expect(await versionOf(path)).toEqual(['"6"', 6]);
    });

    it('recorded counts count a version', async () => {
      const assembly = await as(t, sec).post(assembliesPath(coop), {
        kind: 'extraordinary',
        title: 'Extraordinary assembly',
        meetingDate: '2021-08-01',
        recordDate: '2021-06-30',
        notice: 'Members are convened.',
      });
      await as(t, sec).post(`${assembliesPath(coop)}/${assembly.body.id}/open`);
      const counted = await givenBallot(t, coop, sec, {
        mode: 'in_assembly',
        inAssemblyMethod: 'counts',
        assemblyId: assembly.body.id,
      });
      expect((await ballotAction(t, coop, sec, counted.id, 'open')).version).toBe(2);
      const counts = await as(t, sec).post(`${ballotsPath(coop)}/${counted.id}/counts`, {
        counts: { yes: 0, no: 0, abstain: 0 },
      });
      expect([counts.status, counts.body.version]).toEqual([200, 3]);
    });
  });

  describe('where a new thing is read', () => {
    it('a replayed creation (the same Idempotency-Key) says where, too', async () => {
      const send = () =>
        t
          .http()
          .post(ballotsPath(coop))
          .auth(sec, { type: 'bearer' })
          .set('Idempotency-Key', 'editing-replay-1')
          .send({ title: 'Replayed', kind: 'motion', mode: 'electronic', secret: false, recordDate: '2021-06-30' });
      const first = await send();
      const again = await send();
      expect([again.status, again.headers['idempotent-replayed'], again.headers.location]).toEqual([
        201,
        'true',
        `${ballotsPath(coop)}/${first.body.id}`,
      ]);
    });

    it('a vote: your standing on the ballot; a proxy: its record; attendance: the register', async () => {
      const voter = await givenVoter(t, coop, sec);
      const holder = await givenActiveMember(t, coop, sec, { name: 'Holder' });
      const ballot = await givenBallot(t, coop, sec, { secret: true });
      const proxy = await as(t, voter.token).post(`${mePath(coop)}/proxies`, {
        ballotId: ballot.id,
        holderMemberId: holder.id,
      });
      expect([proxy.status, proxy.headers.location]).toEqual([201, `${proxiesPath(coop)}/${proxy.body.id}`]);
      expect((await as(t, sec).get(proxy.headers.location)).body.id).toBe(proxy.body.id);
      await as(t, voter.token).post(`${mePath(coop)}/proxies/${proxy.body.id}/revoke`);

      await ballotAction(t, coop, sec, ballot.id, 'open');
      const vote = await as(t, voter.token).post(`${ballotsPath(coop)}/${ballot.id}/votes`, { selection: 'yes' });
      expect([vote.status, vote.headers.location]).toEqual([201, `${mePath(coop)}/ballots/${ballot.id}`]);
      const standing = await as(t, voter.token).get(vote.headers.location);
      expect([standing.body.voted, standing.body.via]).toEqual([true, 'self']);

      const assembly = await as(t, sec).post(assembliesPath(coop), {
        kind: 'extraordinary',
        title: 'Attendance',
        meetingDate: '2021-09-01',
        recordDate: '2021-06-30',
        notice: 'Members are convened.',
      });
      const register = `${assembliesPath(coop)}/${assembly.body.id}/attendance`;
      await as(t, sec).post(`${assembliesPath(coop)}/${assembly.body.id}/open`);
      const present = await as(t, sec).post(register, { memberId: holder.id, mode: 'in_person' });
      expect([present.status, present.headers.location]).toEqual([201, register]);
      expect((await as(t, sec).get(register)).body.items.map((e: { memberId: string }) => e.memberId)).toEqual([
        holder.id,
      ]);
    });
  });
});
