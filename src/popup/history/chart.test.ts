import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Category } from '../../analysis/types.ts';
import type { ClientWeek } from '../../history/clients.ts';
import { weekBars } from './chart.ts';

const week = (name: string, counts: Partial<Record<Category, number>>): ClientWeek => ({
  week: name,
  categories: { ...(Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>), ...counts },
  flagged: 1,
  clean: 0,
});

describe('weekBars', () => {
  const size = { width: 100, height: 40, gap: 4 };

  it('scales the busiest week to the full height and stacks categories bottom up', () => {
    const bars = weekBars([week('2026-03-02', { urgency: 1, off_hours: 3 }), week('2026-03-09', { urgency: 2 })], size);
    expect(bars.map((bar) => bar.total)).toEqual([4, 2]);
    const [first, second] = bars;
    expect(first?.segments).toEqual([
      { category: 'urgency', count: 1, y: 30, height: 10 },
      { category: 'off_hours', count: 3, y: 0, height: 30 },
    ]);
    expect(second?.segments).toEqual([{ category: 'urgency', count: 2, y: 20, height: 20 }]);
  });

  it('spreads the bars over the width with gaps between them', () => {
    const bars = weekBars([week('a', {}), week('b', {}), week('c', {})], { ...size, width: 104 });
    expect(bars.map((bar) => bar.x)).toEqual([0, 36, 72]);
    expect(bars[0]?.width).toBe(32);
    expect(bars.every((bar) => bar.segments.length === 0)).toBe(true);
  });
});
