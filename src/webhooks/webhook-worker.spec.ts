import { nextTickInMs } from './webhook-worker.js';

describe('when the delivery worker ticks next', () => {
  it('goes on at once while work is left, looks again soon after work, and waits the poll interval when idle', () => {
    expect(nextTickInMs({ fannedOut: 500, attempted: 200, busy: true }, 1000)).toBe(0);
    expect(nextTickInMs({ fannedOut: 3, attempted: 0, busy: false }, 1000)).toBe(100);
    expect(nextTickInMs({ fannedOut: 0, attempted: 1, busy: false }, 1000)).toBe(100);
    expect(nextTickInMs({ fannedOut: 0, attempted: 0, busy: false }, 1000)).toBe(1000);
    // A poll interval shorter than the active one is kept.
    expect(nextTickInMs({ fannedOut: 3, attempted: 3, busy: false }, 50)).toBe(50);
  });
});
