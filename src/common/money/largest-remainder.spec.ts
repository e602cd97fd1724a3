import fc from 'fast-check';

import { AllocationError, type AllocationShare, allocateLargestRemainder } from './largest-remainder.js';
import { Dec, sum } from './money.js';

const share = (key: string, weight: string, tieRank: number): AllocationShare => ({ key, weight, tieRank });

function expectAllocationError(fn: () => unknown, code: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AllocationError);
  expect((caught as AllocationError).code).toBe(code);
}

describe('allocateLargestRemainder', () => {
  it('gives exact shares when the pool divides evenly', () => {
    // 100.00 x 3/5 = 60.00, x 1/5 = 20.00, x 1/5 = 20.00: no remainder.
    const result = allocateLargestRemainder('100.00', [share('a', '3', 1), share('b', '1', 2), share('c', '1', 3)], 2);
    expect([...result]).toEqual([
      ['a', '60.00'],
      ['b', '20.00'],
      ['c', '20.00'],
    ]);
  });

  it('gives leftover units to the largest remainders', () => {
    // 1.00 = 100 units, weights 3:3:1 (total 7): 300/7 = 42.857 -> 42 r .857 (twice), 100/7 = 14.286 -> 14 r .286.
    // Floors 42 + 42 + 14 = 98; 2 units left go to the two .857 remainders: 43, 43, 14.
    const result = allocateLargestRemainder('1.00', [share('a', '3', 1), share('b', '3', 2), share('c', '1', 3)], 2);
    expect(Object.fromEntries(result)).toEqual({ a: '0.43', b: '0.43', c: '0.14' });
  });

  it('prefers a larger remainder over a lower tie rank', () => {
    // Scale 0, pool 1, weights .25/.35/.40: all floors 0, the one unit goes to the largest remainder (.40, rank 3).
    const result = allocateLargestRemainder(
      '1',
      [share('x', '0.25', 1), share('y', '0.35', 2), share('z', '0.4', 3)],
      0,
    );
    expect(Object.fromEntries(result)).toEqual({ x: '0', y: '0', z: '1' });
  });

  it('breaks equal remainders by lower tie rank (member number), whatever the input order', () => {
    // Scale 0: 10 / 3 = 3.333 each; floors 9, 1 unit left; equal remainders -> rank 2 (key b) first.
    const result = allocateLargestRemainder('10', [share('a', '1', 7), share('b', '1', 2), share('c', '1', 5)], 0);
    expect(Object.fromEntries(result)).toEqual({ a: '3', b: '4', c: '3' });
    // Scale 2: 100.00 = 10000 units / 3 = 3333.33 each; 1 unit left -> rank 2.
    const cents = allocateLargestRemainder('100.00', [share('a', '5', 7), share('b', '5', 2), share('c', '5', 5)], 2);
    expect(Object.fromEntries(cents)).toEqual({ a: '33.33', b: '33.34', c: '33.33' });
    // 2 units left over 3 equal remainders: 0.05 = 5 units / 3 = 1.667; floors 3; ranks 2 and 5 get one more.
    const two = allocateLargestRemainder('0.05', [share('a', '1', 7), share('b', '1', 2), share('c', '1', 5)], 2);
    expect(Object.fromEntries(two)).toEqual({ a: '0.01', b: '0.02', c: '0.02' });
  });

  it('compares remainders exactly, so true ties reach the tie rule', () => {
    // Scale 0, pool 3, weights 1:4:4 (total 9): 3/9 = 0 r 3/9, 12/9 = 1 r 3/9, 12/9 = 1 r 3/9. Floors 2, 1 unit left,
    // three equal remainders -> rank 1 (key b). A rounded division (0.333...3 vs 1.333...3 at 50 digits) would
    // see a's remainder as larger and wrongly give it the unit.
    const result = allocateLargestRemainder('3', [share('a', '1', 3), share('b', '4', 1), share('c', '4', 2)], 0);
    expect(Object.fromEntries(result)).toEqual({ a: '0', b: '2', c: '1' });
  });

  it('never gives a unit to a zero weight', () => {
    // 0.03 = 3 units over weights 0:1:1 -> 1.5 each for b and c; 1 left -> rank 2 (b). a gets nothing.
    const result = allocateLargestRemainder('0.03', [share('a', '0', 1), share('b', '1', 2), share('c', '1', 3)], 2);
    expect(Object.fromEntries(result)).toEqual({ a: '0.00', b: '0.02', c: '0.01' });
  });

  it('returns every key at zero for a zero pool, even with no weight', () => {
    expect(Object.fromEntries(allocateLargestRemainder('0.00', [share('a', '2', 1), share('b', '0', 2)], 2))).toEqual({
      a: '0.00',
      b: '0.00',
    });
    expect(Object.fromEntries(allocateLargestRemainder('0', [share('a', '0', 1)], 0))).toEqual({ a: '0' });
    expect(allocateLargestRemainder('0.00', [], 2).size).toBe(0);
  });

  it('rejects a positive pool with no positive weight (money would vanish)', () => {
    expectAllocationError(() => allocateLargestRemainder('0.01', [], 2), 'ZERO_TOTAL_WEIGHT');
    expectAllocationError(
      () => allocateLargestRemainder('5', [share('a', '0', 1), share('b', '0.00', 2)], 0),
      'ZERO_TOTAL_WEIGHT',
    );
  });

  it('rejects bad input with typed codes', () => {
    expectAllocationError(
      () => allocateLargestRemainder('1', [share('a', '-1', 1), share('b', '2', 2)], 0),
      'NEGATIVE_WEIGHT',
    );
    expectAllocationError(() => allocateLargestRemainder('1', [share('a', 'abc', 1)], 0), 'INVALID_WEIGHT');
    expectAllocationError(() => allocateLargestRemainder('1', [share('a', 'Infinity', 1)], 0), 'INVALID_WEIGHT');
    expectAllocationError(() => allocateLargestRemainder('-1', [share('a', '1', 1)], 0), 'INVALID_POOL');
    expectAllocationError(() => allocateLargestRemainder('1.5', [share('a', '1', 1)], 0), 'INVALID_POOL');
    expectAllocationError(() => allocateLargestRemainder('x', [share('a', '1', 1)], 2), 'INVALID_POOL');
    expectAllocationError(
      () => allocateLargestRemainder('1', [share('a', '1', 1), share('a', '1', 2)], 0),
      'DUPLICATE_KEY',
    );
    expectAllocationError(() => allocateLargestRemainder('1', [share('a', '1', Number.NaN)], 0), 'INVALID_TIE_RANK');
    expectAllocationError(() => allocateLargestRemainder('1', [share('a', '1', 1)], -1), 'INVALID_SCALE');
    expectAllocationError(() => allocateLargestRemainder('1', [share('a', '1', 1)], 1.5), 'INVALID_SCALE');
  });

  it('handles amounts beyond any float precision', () => {
    // 12345678901234567890.01 split 1:1 = 617283945061728394500.5 units each; 1 unit left -> rank 1.
    const result = allocateLargestRemainder('12345678901234567890.01', [share('a', '1', 1), share('b', '1', 2)], 2);
    expect(Object.fromEntries(result)).toEqual({ a: '6172839450617283945.01', b: '6172839450617283945.00' });
  });

  describe('properties over random inputs', () => {
    const scaleArb = fc.constantFrom(0, 2, 3);
    const input = fc.record({
      scale: scaleArb,
      poolUnits: fc.bigInt({ min: 0n, max: 10n ** 15n }),
      weights: fc.array(
        fc.record({
          units: fc.bigInt({ min: 0n, max: 10n ** 9n }),
          places: fc.integer({ min: 0, max: 6 }),
        }),
        { minLength: 1, maxLength: 12 },
      ),
    });
    const toShares = (weights: { units: bigint; places: number }[]): AllocationShare[] =>
      weights.map((w, i) => share(`k${i}`, new Dec(`${w.units}e-${w.places}`).toFixed(), 100 - i));

    it('sums to the pool, stays within one unit of the exact share, and is monotonic in the weight', () => {
      fc.assert(
        fc.property(input, ({ scale, poolUnits, weights }) => {
          const pool = new Dec(`${poolUnits}e-${scale}`).toFixed(scale);
          const shares = toShares(weights);
          const total = sum(shares.map((s) => s.weight));
          if (total.isZero() && poolUnits > 0n) {
            expect(() => allocateLargestRemainder(pool, shares, scale)).toThrow(AllocationError);
            return;
          }
          const result = allocateLargestRemainder(pool, shares, scale);
          const unit = new Dec(`1e-${scale}`);
          expect(sum(result.values()).eq(pool)).toBe(true);
          for (const s of shares) {
            const amount = result.get(s.key)!;
            expect(amount).toMatch(scale === 0 ? /^\d+$/ : new RegExp(`^\\d+\\.\\d{${scale}}$`));
            if (!total.isZero()) {
              const exact = new Dec(pool).times(s.weight).div(total);
              expect(new Dec(amount).minus(exact).abs().lt(unit)).toBe(true);
            }
          }
          for (const a of shares) {
            for (const b of shares) {
              if (new Dec(a.weight).gt(b.weight))
                expect(new Dec(result.get(a.key)!).gte(result.get(b.key)!)).toBe(true);
            }
          }
        }),
        { numRuns: 300, seed: 20240229 },
      );
    });

    it('does not depend on the order of the shares', () => {
      fc.assert(
        fc.property(input, fc.nat(), ({ scale, poolUnits, weights }, seed) => {
          const pool = new Dec(`${poolUnits}e-${scale}`).toFixed(scale);
          const shares = toShares(weights.map((w) => ({ ...w, units: w.units + 1n })));
          // Rotate and reverse: a deterministic reordering driven by the generated seed.
          const k = seed % shares.length;
          const reordered = [...shares.slice(k), ...shares.slice(0, k)].reverse();
          expect(Object.fromEntries(allocateLargestRemainder(pool, reordered, scale))).toEqual(
            Object.fromEntries(allocateLargestRemainder(pool, shares, scale)),
          );
        }),
        { numRuns: 200, seed: 7 },
      );
    });
  });
});
