import { workerExecArgv, workerMallocEnv } from './workers.js';

describe('workerExecArgv', () => {
  it('adds the heap limit to the parent process options', () => {
    expect(workerExecArgv(['--enable-source-maps'], undefined, 128)).toEqual([
      '--enable-source-maps',
      '--max-old-space-size=128',
    ]);
  });

  it('keeps a limit the command gives, in either spelling', () => {
    expect(workerExecArgv(['--max-old-space-size=512'], undefined, 128)).toEqual(['--max-old-space-size=512']);
    expect(workerExecArgv(['--max_old_space_size=512'], undefined, 128)).toEqual(['--max_old_space_size=512']);
  });

  it('keeps a limit NODE_OPTIONS gives (workers inherit it)', () => {
    expect(workerExecArgv([], '--trace-warnings --max-old-space-size=1024', 128)).toEqual([]);
  });

  it('adds nothing for 0 (V8 default)', () => {
    expect(workerExecArgv(['--cpu-prof'], '', 0)).toEqual(['--cpu-prof']);
  });

  it('does not take a similar flag for the limit', () => {
    expect(workerExecArgv(['--max-semi-space-size=4'], '--max-old-space-size-foo', 96)).toEqual([
      '--max-semi-space-size=4',
      '--max-old-space-size=96',
    ]);
  });
});

describe('workerMallocEnv', () => {
  it('fixes the mmap threshold at 1 MiB', () => {
    expect(workerMallocEnv({})).toEqual({ MALLOC_MMAP_THRESHOLD_: '1048576' });
  });

  it('keeps a threshold the environment sets', () => {
    expect(workerMallocEnv({ MALLOC_MMAP_THRESHOLD_: '65536' })).toEqual({});
  });
});
