import { formatMoney, hasAtMostScale, roundDown, roundHalfUp, sum } from './money.js';

describe('money', () => {
  it('rounds half-up at the minor unit', () => {
    expect(roundHalfUp('2.345', 2).toFixed(2)).toBe('2.35');
    expect(roundHalfUp('2.344999', 2).toFixed(2)).toBe('2.34');
    expect(roundHalfUp('-2.345', 2).toFixed(2)).toBe('-2.35');
    expect(roundHalfUp('10.5', 0).toFixed(0)).toBe('11');
  });

  it('rounds down towards zero', () => {
    expect(roundDown('2.349', 2).toFixed(2)).toBe('2.34');
  });

  it('sums without float error', () => {
    expect(sum(['0.1', '0.2']).toFixed()).toBe('0.3');
    expect(formatMoney(sum(Array.from({ length: 10 }, () => '0.1')), 2)).toBe('1.00');
  });

  it('checks the scale of a decimal string', () => {
    expect(hasAtMostScale('12.34', 2)).toBe(true);
    expect(hasAtMostScale('12.345', 2)).toBe(false);
    expect(hasAtMostScale('12', 0)).toBe(true);
    expect(hasAtMostScale('1e5', 2)).toBe(false);
  });
});
