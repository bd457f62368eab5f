import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../src/core/text';

describe('formatDuration', () => {
  it('writes minutes under an hour, and hours with the minutes left over', () => {
    expect(formatDuration(0)).toBe('0 min');
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(59)).toBe('59 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(90)).toBe('1 h 30 min');
    expect(formatDuration(120)).toBe('2 h');
    expect(formatDuration(265)).toBe('4 h 25 min');
  });

  it('never rounds past the minute, however long: a total reads as the sum of its steps', () => {
    expect(formatDuration(605)).toBe('10 h 5 min');
    expect(formatDuration(1445)).toBe('24 h 5 min');
    fc.assert(
      fc.property(fc.nat(100_000), (m) => {
        const match = /^(?:(\d+) h)?(?: ?(\d+) min)?$/.exec(formatDuration(m));
        expect(match).not.toBeNull();
        expect(Number(match![1] ?? 0) * 60 + Number(match![2] ?? 0)).toBe(m);
      }),
    );
  });

  it('rounds fractions to the nearest minute and reads nonsense as nothing', () => {
    expect(formatDuration(59.6)).toBe('1 h');
    expect(formatDuration(89.4)).toBe('1 h 29 min');
    expect(formatDuration(-5)).toBe('0 min');
    expect(formatDuration(Number.NaN)).toBe('0 min');
  });
});
