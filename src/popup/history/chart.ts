/**
 * A client's last weeks as a small stacked bar chart: one bar per week, one coloured segment per line crossed,
 * drawn as inline SVG built node by node. The numbers are also in the bars' titles and in the chart's label,
 * so the chart is never the only way to read them.
 */
import { CATEGORIES, type Category } from '../../analysis/types.ts';
import type { ClientSummary, ClientWeek } from '../../history/clients.ts';
import { CATEGORY_COLORS } from '../../shared/categories.ts';
import { svg } from './dom.ts';

export interface ChartSize {
  width: number;
  height: number;
  /** Space between bars. */
  gap: number;
}

export interface BarSegment {
  category: Category;
  count: number;
  y: number;
  height: number;
}

export interface WeekBar {
  week: string;
  x: number;
  width: number;
  /** Findings' categories that week: an email that crossed two lines counts in both. */
  total: number;
  /** Bottom to top, in category order. */
  segments: BarSegment[];
}

export const CHART_SIZE: ChartSize = { width: 240, height: 44, gap: 4 };

/** Bar geometry, scaled so the busiest week fills the height. */
export function weekBars(weeks: readonly ClientWeek[], size: ChartSize = CHART_SIZE): WeekBar[] {
  const totals = weeks.map((week) => CATEGORIES.reduce((sum, category) => sum + week.categories[category], 0));
  const scale = size.height / Math.max(1, ...totals);
  const width = weeks.length > 0 ? (size.width - size.gap * (weeks.length - 1)) / weeks.length : 0;
  return weeks.map((week, i) => {
    let top = size.height;
    const segments: BarSegment[] = [];
    for (const category of CATEGORIES) {
      const count = week.categories[category];
      if (count === 0) continue;
      const height = count * scale;
      top -= height;
      segments.push({ category, count, y: top, height });
    }
    return { week: week.week, x: i * (width + size.gap), width, total: totals[i] ?? 0, segments };
  });
}

export interface ChartLabels {
  /** The whole chart in words, for assistive technology. */
  summary: string;
  /** One bar's title: its week and counts. */
  week: (bar: WeekBar) => string;
}

export function clientChart(summary: ClientSummary, labels: ChartLabels, size: ChartSize = CHART_SIZE): SVGSVGElement {
  const chart = svg('svg', {
    viewBox: `0 0 ${size.width} ${size.height + 1}`,
    width: size.width,
    height: size.height + 1,
    role: 'img',
    'aria-label': labels.summary,
    class: 'client-chart',
  });
  chart.append(svg('line', { x1: 0, x2: size.width, y1: size.height + 0.5, y2: size.height + 0.5, class: 'axis' }));
  for (const bar of weekBars(summary.weeks, size)) {
    const group = svg('g', {});
    const title = svg('title', {});
    title.textContent = labels.week(bar);
    // A full-height hit area, so an empty week still shows its title on hover.
    group.append(title, svg('rect', { x: bar.x, y: 0, width: bar.width, height: size.height, class: 'week' }));
    for (const segment of bar.segments) {
      group.append(
        svg('rect', {
          x: bar.x,
          y: segment.y,
          width: bar.width,
          height: segment.height,
          fill: CATEGORY_COLORS[segment.category],
        }),
      );
    }
    chart.append(group);
  }
  return chart;
}
