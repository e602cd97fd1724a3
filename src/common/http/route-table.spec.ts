import { RouteTable, type RouteSpec } from './route-table.js';

const json = ['application/json'];
const spec = (method: string, path: string, consumes = json): RouteSpec => ({ method, path, consumes });

describe('RouteTable', () => {
  const table = new RouteTable([
    spec('GET', '/v1/cooperatives/:cooperativeId/bylaws'),
    spec('PATCH', '/v1/cooperatives/:cooperativeId/bylaws'),
    spec('GET', '/v1/cooperatives/:cooperativeId/members/export.csv'),
    spec('GET', '/v1/cooperatives/:cooperativeId/members/:memberId'),
    spec('PATCH', '/v1/cooperatives/:cooperativeId/members/:memberId'),
    spec('POST', '/v1/cooperatives/:cooperativeId/fiscal-years/:fiscalYearId/patronage/import.csv', ['text/csv']),
    spec('POST', '/v1/cooperatives/:cooperativeId/fiscal-years/:fiscalYearId/patronage/:what'),
    spec('GET', '/health'),
  ]);

  it('lists the methods of a path in Allow order, HEAD with GET and OPTIONS always', () => {
    expect(table.methodsAt('/v1/cooperatives/c1/bylaws')).toEqual(['GET', 'HEAD', 'PATCH', 'OPTIONS']);
    expect(table.methodsAt('/health')).toEqual(['GET', 'HEAD', 'OPTIONS']);
  });

  it('unites the methods of every template a path matches (a literal and a parameter)', () => {
    expect(table.methodsAt('/v1/cooperatives/c1/members/export.csv')).toEqual(['GET', 'HEAD', 'PATCH', 'OPTIONS']);
  });

  it('matches as Express does: literals in any case, an optional trailing slash, no empty segment', () => {
    expect(table.methodsAt('/V1/Cooperatives/c1/BYLAWS/')).toEqual(['GET', 'HEAD', 'PATCH', 'OPTIONS']);
    expect(table.methodsAt('/v1/cooperatives//bylaws')).toEqual([]);
    expect(table.methodsAt('/v1/cooperatives/c1/bylaws/extra')).toEqual([]);
    expect(table.methodsAt('/v1/cooperatives/c1')).toEqual([]);
    expect(table.methodsAt('/')).toEqual([]);
  });

  it('finds the route Express runs: the first registered of those that match, HEAD running GET', () => {
    const importPath = '/v1/cooperatives/c1/fiscal-years/f1/patronage/import.csv';
    expect(table.route('POST', importPath)?.consumes).toEqual(['text/csv']);
    expect(table.route('POST', '/v1/cooperatives/c1/fiscal-years/f1/patronage/other')?.consumes).toEqual(json);
    expect(table.route('HEAD', '/health')?.path).toBe('/health');
    expect(table.route('DELETE', '/health')).toBeUndefined();
    const reversed = new RouteTable([spec('POST', '/a/:x'), spec('POST', '/a/import.csv', ['text/csv'])]);
    expect(reversed.route('POST', '/a/import.csv')?.path).toBe('/a/:x');
  });

  it('counts an @All() route for every method', () => {
    const all = new RouteTable([spec('ALL', '/hook')]);
    expect(all.methodsAt('/hook')).toEqual(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
    expect(all.route('PUT', '/hook')?.path).toBe('/hook');
  });

  it('refuses at build a path syntax it does not mirror', () => {
    expect(() => new RouteTable([spec('GET', '/files/*path')])).toThrow('GET /files/*path uses a path syntax');
    expect(() => new RouteTable([spec('GET', '/a{/:b}')])).toThrow('uses a path syntax');
  });
});
