/**
 * A probe installed in every page before its scripts run (main world): when the message was shown (first
 * contentful paint, or the latest hashchange, which is when the fixtures swap the open message), when a body
 * element got `data-gardefou-state="analyzed"`, the page's long tasks, and the extension's own main-thread work:
 * neither long tasks nor long animation frames name a content script, so the content script reports its
 * synchronous steps as `gardefou:*` User Timing measures. Read back as figures.
 */
import type { BrowserContext, Page } from 'playwright-core';

interface Probe {
  shownAt: number | null;
  shownBy: 'paint' | 'hashchange' | null;
  analyzedAt: number[];
  longTasks: number[];
}

declare global {
  interface Window {
    gardefouProbe: Probe;
  }
}

function installProbe(): void {
  const probe: Probe = { shownAt: null, shownBy: null, analyzedAt: [], longTasks: [] };
  window.gardefouProbe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint' && probe.shownAt === null) {
        probe.shownAt = entry.startTime;
        probe.shownBy = 'paint';
      }
    }
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  addEventListener(
    'hashchange',
    () => {
      probe.shownAt = performance.now();
      probe.shownBy = 'hashchange';
    },
    true,
  );
  new MutationObserver((records) => {
    for (const record of records) {
      if ((record.target as Element).getAttribute('data-gardefou-state') === 'analyzed') {
        probe.analyzedAt.push(performance.now());
      }
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-gardefou-state'] });
}

export async function installTimingProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(installProbe);
}

export interface Timings {
  /** From the message being shown to its first analysed mark; 0 when the mark was there by the first paint. */
  flagsShownMs: number | null;
  longTasks: number[];
  /** Durations of the content script's synchronous steps (`gardefou:*` measures). */
  extensionSteps: number[];
}

export async function readTimings(page: Page): Promise<Timings> {
  return page.evaluate(() => {
    const probe = window.gardefouProbe;
    const shownAt =
      probe.shownAt ??
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
        ?.domContentLoadedEventEnd ??
      null;
    // After a hashchange only marks made since count; on a page load, a mark made before the first paint counts as 0.
    const analyzedAt =
      shownAt === null
        ? undefined
        : probe.shownBy === 'hashchange'
          ? probe.analyzedAt.find((at) => at >= shownAt)
          : probe.analyzedAt[0];
    return {
      flagsShownMs: shownAt === null || analyzedAt === undefined ? null : Math.max(0, analyzedAt - shownAt),
      longTasks: [...probe.longTasks],
      extensionSteps: performance
        .getEntriesByType('measure')
        .filter((entry) => entry.name.startsWith('gardefou:'))
        .map((entry) => entry.duration),
    };
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
