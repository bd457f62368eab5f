import { describe, expect, it } from 'vitest';
import { courseLength, courseWeekSpan } from '../../../src/core/export/courseLength';

const course = (firstWeek: number, count: number) => ({
  firstWeek,
  weeks: Array.from({ length: count }, (_, i) => ({ title: `W${i}`, targets: [] })),
});

describe('courseLength and courseWeekSpan', () => {
  it('count weeks from 1 as they are', () => {
    expect(courseLength(course(1, 1))).toBe('1 week');
    expect(courseLength(course(1, 3))).toBe('3 weeks');
    expect(courseWeekSpan(course(1, 3))).toBe('3');
  });

  it('set a week 0 apart, so a ten-week course with groundwork is not called eleven weeks', () => {
    expect(courseLength(course(0, 11))).toBe('week 0 + 10 weeks');
    expect(courseLength(course(0, 2))).toBe('week 0 + 1 week');
    expect(courseLength(course(0, 1))).toBe('week 0');
    expect(courseWeekSpan(course(0, 11))).toBe('0–10');
    expect(courseWeekSpan(course(0, 1))).toBe('0');
  });
});
