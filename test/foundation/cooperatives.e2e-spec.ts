import { DEFAULT_BYLAWS } from '../../src/cooperatives/bylaws.rules.js';
import { givenCooperative, givenSuperadmin, givenUser, type LoggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('cooperatives and bylaws', () => {
  let t: TestApp;
  let root: string;
  beforeAll(async () => {
    t = await startTestApp();
    root = await givenSuperadmin(t);
  });
  afterAll(() => t.close());

  it('creates a cooperative with default bylaws and audits it', async () => {
    const res = await t
      .http()
      .post('/v1/cooperatives')
      .auth(root, { type: 'bearer' })
      .send({ name: 'La Esperanza', country: 'HN', registrationNumber: 'RC-1' })
      .expect(201);
    expect(res.body).toMatchObject({ name: 'La Esperanza', country: 'HN', registrationNumber: 'RC-1' });
    expect(res.headers.location).toBe(`/v1/cooperatives/${res.body.id}`);
    const bylaws = await t
      .http()
      .get(`/v1/cooperatives/${res.body.id}/bylaws`)
      .auth(root, { type: 'bearer' })
      .expect(200);
    expect(bylaws.body).toEqual({ ...DEFAULT_BYLAWS, version: 1, updatedAt: expect.any(String) });
    const log = await t
      .http()
      .get(`/v1/cooperatives/${res.body.id}/audit-log`)
      .auth(root, { type: 'bearer' })
      .expect(200);
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({
      action: 'cooperative.created',
      targetType: 'cooperative',
      targetId: res.body.id,
      actorType: 'user',
    });
  });

  it('creates a cooperative with chosen bylaws in another currency', async () => {
    const id = await givenCooperative(t, { bylaws: { currency: 'JPY', minorUnitScale: 0, shareParValue: '5000' } });
    const bylaws = await t.http().get(`/v1/cooperatives/${id}/bylaws`).auth(root, { type: 'bearer' }).expect(200);
    expect(bylaws.body).toMatchObject({ currency: 'JPY', minorUnitScale: 0, shareParValue: '5000' });
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: 'x', country: 'Honduras' }, 'country'],
    [{ name: 'x', bylaws: { currency: 'euro' } }, 'bylaws.currency'],
    [{ name: 'x', bylaws: { minorUnitScale: 5 } }, 'bylaws.minorUnitScale'],
    [{ name: 'x', bylaws: { shareParValue: '-1' } }, 'bylaws.shareParValue'],
    [{ name: 'x', bylaws: { shareParValue: 10 } }, 'bylaws.shareParValue'],
    [{ name: 'x', bylaws: { quorumPercent: '100.01' } }, 'bylaws.quorumPercent'],
    [{ name: 'x', bylaws: { quorumPercent: '1e2' } }, 'bylaws.quorumPercent'],
    [{ name: 'x', bylaws: { defaultMajority: 'most' } }, 'bylaws.defaultMajority'],
    [{ name: 'x', bylaws: { loanMaxTermMonths: 0 } }, 'bylaws.loanMaxTermMonths'],
    [{ name: 'x', bylaws: { maxProxiesPerMember: 1.5 } }, 'bylaws.maxProxiesPerMember'],
    [{ name: 'x', id: '00000000-0000-4000-8000-000000000000' }, 'id'],
    [{ name: 'x'.repeat(201) }, 'name'],
  ])('refuses %j with 400 naming %s, creating nothing', async (body, field) => {
    const before = await t.query<{ n: string }>('SELECT count(*) AS n FROM cooperatives');
    const res = await t.http().post('/v1/cooperatives').auth(root, { type: 'bearer' }).send(body).expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await t.query('SELECT count(*) AS n FROM cooperatives')).toEqual(before);
  });

  describe('changing bylaws', () => {
    let cooperativeId: string;
    let admin: LoggedIn;
    beforeAll(async () => {
      cooperativeId = await givenCooperative(t);
      admin = await givenUser(t, cooperativeId, ['admin']);
    });
    const patch = (body: object) =>
      t.http().patch(`/v1/cooperatives/${cooperativeId}/bylaws`).auth(admin.accessToken, { type: 'bearer' }).send(body);

    it('applies a change, bumps the version and audits before and after', async () => {
      const res = await patch({ quorumPercent: '33.33', maxSharesPerMember: 200, loanGuaranteeRequired: true }).expect(
        200,
      );
      expect(res.body).toMatchObject({
        quorumPercent: '33.33',
        maxSharesPerMember: 200,
        loanGuaranteeRequired: true,
        version: 2,
      });
      const log = await t
        .http()
        .get(`/v1/cooperatives/${cooperativeId}/audit-log?action=bylaws.updated`)
        .auth(admin.accessToken, { type: 'bearer' })
        .expect(200);
      expect(log.body.items[0]).toMatchObject({
        actorId: admin.userId,
        summary: {
          before: { quorumPercent: '50', maxSharesPerMember: null, loanGuaranteeRequired: false },
          after: { quorumPercent: '33.33', maxSharesPerMember: 200, loanGuaranteeRequired: true },
        },
      });
    });

    it('treats "50" and "50.00" as no change: nothing saved, nothing audited', async () => {
      const before = (await patch({}).expect(200)).body.version;
      const res = await patch({ quorumPercent: '33.330' }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect((await patch({ quorumPercent: '33.33' }).expect(200)).body.version).toBe(before);
    });

    it('allows clearing a cap with null', async () => {
      expect((await patch({ maxSharesPerMember: null }).expect(200)).body.maxSharesPerMember).toBeNull();
    });

    it('refuses funds over 100% with 422 BYLAWS_INVALID and changes nothing', async () => {
      const res = await patch({
        minReservePercent: '60',
        educationFundPercent: '30',
        communityFundPercent: '10.01',
      }).expect(422);
      expect(res.body).toMatchObject({ code: 'BYLAWS_INVALID', errors: [{ field: 'minReservePercent' }] });
      expect((await patch({}).expect(200)).body.minReservePercent).toBe('20');
    });

    it('refuses to change the currency with 409 BYLAW_IMMUTABLE', async () => {
      const res = await patch({ currency: 'USD' }).expect(409);
      expect(res.body.code).toBe('BYLAW_IMMUTABLE');
      await patch({ currency: 'EUR', minorUnitScale: 2 }).expect(200);
    });

    it('answers the version as an ETag and refuses a stale If-Match with 412, changing nothing', async () => {
      const read = await t
        .http()
        .get(`/v1/cooperatives/${cooperativeId}/bylaws`)
        .auth(admin.accessToken, { type: 'bearer' })
        .expect(200);
      const version: number = read.body.version;
      expect(read.headers.etag).toBe(`"${version}"`);

      const changed = await patch({ redemptionNoticeDays: 45 }).set('If-Match', `"${version}"`).expect(200);
      expect(changed.body).toMatchObject({ redemptionNoticeDays: 45, version: version + 1 });
      expect(changed.headers.etag).toBe(`"${version + 1}"`);

      // A second secretary still holding the first read: refused, and the first change stands.
      const stale = await patch({ redemptionNoticeDays: 10 }).set('If-Match', `"${version}"`).expect(412);
      expect(stale.body).toMatchObject({ status: 412, code: 'PRECONDITION_FAILED' });
      const weak = await patch({ redemptionNoticeDays: 10 })
        .set('If-Match', `W/"${version + 1}"`)
        .expect(412);
      expect(weak.body.code).toBe('PRECONDITION_FAILED');
      const after = await patch({}).set('If-Match', '*').expect(200);
      expect(after.body).toMatchObject({ redemptionNoticeDays: 45, version: version + 1 });
    });

    it('refuses unknown fields (no mass assignment)', async () => {
      const res = await patch({ version: 99, cooperativeId: '00000000-0000-4000-8000-000000000000' }).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['cooperativeId', 'version']);
    });
  });

  it('lists cooperatives with keyset pagination', async () => {
    for (let i = 0; i < 3; i++) await givenCooperative(t);
    const all = (await t.query<{ id: string }>('SELECT id FROM cooperatives ORDER BY id')).map((r) => r.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await t
        .http()
        .get('/v1/cooperatives')
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .auth(root, { type: 'bearer' })
        .expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((c) => c.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    await t.http().get('/v1/cooperatives?limit=201').auth(root, { type: 'bearer' }).expect(400);
    const bad = await t.http().get('/v1/cooperatives?cursor=bm9wZQ').auth(root, { type: 'bearer' }).expect(400);
    expect(bad.body.code).toBe('INVALID_CURSOR');
  });
});
