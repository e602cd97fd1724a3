/**
 * Governance's events (docs/events.md) other than ballots' carry the resource as its GET answers right after the
 * change: an assembly's steps the assembly, an attendance the register's entry, a proxy the proxy.
 */
import { jest } from '@jest/globals';
import { givenCooperative, givenSuperadmin, givenUser } from '../support/factories.js';
import { eventFeed } from '../support/event-feed.js';
import { as, assembliesPath, givenActiveMember, proxiesPath } from '../support/governance.factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

jest.setTimeout(90_000);

describe('governance events', () => {
  let t: TestApp;
  let coop: string;
  let sec: string;
  let feed: ReturnType<typeof eventFeed>;
  const ok = async (res: Promise<{ status: number; body: any }>, status = 200) => {
    const got = await res;
    if (got.status !== status) throw new Error(`expected ${status}, got ${got.status}: ${JSON.stringify(got.body)}`);
    return got.body;
  };
  const read = (path: string) => ok(as(t, sec).get(path));

  beforeAll(async () => {
    t = await startTestApp();
    coop = await givenCooperative(t, { bylaws: { maxProxiesPerMember: 2 } });
    sec = (await givenUser(t, coop, ['secretary'])).accessToken;
    feed = eventFeed(t, coop, await givenSuperadmin(t), sec);
  });
  afterAll(() => t?.close());

  it('gives an assembly’s steps, its attendance and proxies the resource as their GETs answer', async () => {
    const holder = await givenActiveMember(t, coop, sec, { name: 'Hilda Holder' });
    const grantor = await givenActiveMember(t, coop, sec, { name: 'Gustavo Grantor' });
    const absent = await givenActiveMember(t, coop, sec, { name: 'Ausente' });
    const start = await feed.now();
    const created = await ok(
      as(t, sec).post(assembliesPath(coop), {
        kind: 'annual',
        title: 'Annual general assembly',
        meetingDate: '2021-07-10',
        recordDate: '2021-06-30',
        notice: 'Members are convened to the annual general assembly.',
        agenda: [{ title: 'Accounts' }],
      }),
      201,
    );
    const assembly = `${assembliesPath(coop)}/${created.id}`;
    const afterCreation = await read(assembly);
    await ok(as(t, sec).patch(assembly, { title: 'Annual general assembly 2021' }));
    const afterUpdate = await read(assembly);
    const proxy = await ok(
      as(t, sec).post(proxiesPath(coop), {
        assemblyId: created.id,
        grantorMemberId: grantor.id,
        holderMemberId: holder.id,
      }),
      201,
    );
    const afterAppointment = await read(`${proxiesPath(coop)}/${proxy.id}`);
    const spare = await ok(
      as(t, sec).post(proxiesPath(coop), {
        assemblyId: created.id,
        grantorMemberId: absent.id,
        holderMemberId: holder.id,
      }),
      201,
    );
    await ok(as(t, sec).post(`${proxiesPath(coop)}/${spare.id}/revoke`));
    const afterRevocation = await read(`${proxiesPath(coop)}/${spare.id}`);
    await ok(as(t, sec).post(`${assembly}/open`));
    const afterOpening = await read(assembly);
    await ok(as(t, sec).post(`${assembly}/attendance`, { memberId: holder.id, mode: 'in_person' }), 201);
    const represented = await ok(
      as(t, sec).post(`${assembly}/attendance`, { memberId: grantor.id, mode: 'proxy', proxyId: proxy.id }),
      201,
    );
    const register = (await read(`${assembly}/attendance`)).items;
    await ok(as(t, sec).post(`${assembly}/close`, { minutes: 'The accounts were presented.' }));
    const afterClosing = await read(assembly);

    const events = await feed.eventsOf(
      start,
      'assembly.created',
      'assembly.updated',
      'proxy.appointed',
      'proxy.appointed',
      'proxy.revoked',
      'assembly.opened',
      'assembly.attendance_recorded',
      'assembly.attendance_recorded',
      'assembly.closed',
    );
    const byMember = (id: string) => register.find((e: { memberId: string }) => e.memberId === id);
    expect(events.map((e) => e.data)).toEqual([
      afterCreation,
      afterUpdate,
      afterAppointment,
      expect.objectContaining({ id: spare.id, state: 'active' }),
      afterRevocation,
      afterOpening,
      byMember(holder.id),
      byMember(grantor.id),
      afterClosing,
    ]);
    expect(afterUpdate).toMatchObject({ title: 'Annual general assembly 2021', version: 2 });
    expect(afterRevocation).toMatchObject({ state: 'revoked' });
    expect(represented).toEqual(byMember(grantor.id));
    expect(afterOpening).toMatchObject({ status: 'in_session' });
    expect(afterClosing).toMatchObject({ status: 'closed', minutes: 'The accounts were presented.' });
    expect(events[6].subject).toEqual({ type: 'assembly', id: created.id });
  });
});
