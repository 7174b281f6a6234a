/**
 * Global setup of the end-to-end suite (vitest.e2e.config.ts): gives the test files a fresh folder to record their
 * figures in (figures.ts), then at the end merges them with the detector's bad-input case count, prints them and
 * writes reports/e2e-figures.json for `npm run figures`. Figures are reported, never asserted on.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { countBadInputCases } from './bad-input-cases.ts';
import { FIGURES_DIR_VARIABLE, readFigureParts, type FigurePart } from './figures.ts';
import { median } from './probe.ts';

export const E2E_FIGURES_PATH = 'reports/e2e-figures.json';

/** The merged figures, as written to reports/e2e-figures.json. */
export interface E2eFigures {
  measured: string;
  flagsShown: { fixture: string; loads: number; medianMs: number; maxMs: number }[];
  longTasks: { count: number; maxMs: number | null };
  extensionRequests: { count: number; launches: number; urls: string[] };
  hostileInputs: { total: number; byPlace: Record<string, number> };
  layoutVariants: number;
  badInputCases: { cases: number; files: number };
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

export function mergeFigures(parts: readonly FigurePart[]): E2eFigures {
  const flags = new Map<string, number[]>();
  const byPlace: Record<string, number> = {};
  const longTasks: number[] = [];
  const requests = { count: 0, launches: 0, urls: [] as string[] };
  let layoutVariants = 0;
  for (const part of parts) {
    for (const [fixture, times] of Object.entries(part.flagsShownMs ?? {})) {
      flags.set(fixture, [...(flags.get(fixture) ?? []), ...times]);
    }
    longTasks.push(...(part.longTasksMs ?? []));
    for (const [place, count] of Object.entries(part.hostileInputs ?? {}))
      byPlace[place] = (byPlace[place] ?? 0) + count;
    if (part.requests) {
      requests.count += part.requests.count;
      requests.launches += part.requests.launches;
      requests.urls.push(...part.requests.urls);
    }
    layoutVariants += part.layoutVariants ?? 0;
  }
  return {
    measured: new Date().toISOString().slice(0, 10),
    flagsShown: [...flags]
      .filter(([, times]) => times.length > 0)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([fixture, times]) => ({
        fixture,
        loads: times.length,
        medianMs: round(median(times)),
        maxMs: round(Math.max(...times)),
      })),
    longTasks: { count: longTasks.length, maxMs: longTasks.length ? round(Math.max(...longTasks)) : null },
    extensionRequests: requests,
    hostileInputs: { total: Object.values(byPlace).reduce((a, b) => a + b, 0), byPlace },
    layoutVariants,
    badInputCases: countBadInputCases(),
  };
}

export function describeFigures(figures: E2eFigures): string[] {
  const { longTasks, extensionRequests, hostileInputs, badInputCases } = figures;
  return [
    'Reliability figures of this end-to-end run:',
    ...figures.flagsShown.map(
      (f) => `  flags shown  ${f.fixture.padEnd(34)} median ${f.medianMs} ms, max ${f.maxMs} ms (${f.loads} loads)`,
    ),
    `  long tasks on the webmail pages: ${longTasks.count}${longTasks.maxMs === null ? '' : `, longest ${longTasks.maxMs} ms`}`,
    `  requests made by the extension: ${extensionRequests.count} (over ${extensionRequests.launches} browser launches)`,
    `  hostile inputs tried: ${hostileInputs.total} (${Object.entries(hostileInputs.byPlace)
      .map(([place, count]) => `${place} ${count}`)
      .join(', ')})`,
    `  layout variants (one adapter selector broken each): ${figures.layoutVariants}`,
    `  detector bad-input test cases: ${badInputCases.cases} (in ${badInputCases.files} test files)`,
  ];
}

let dir = '';

export function setup(): void {
  dir = mkdtempSync(join(tmpdir(), 'gardefou-figures-'));
  process.env[FIGURES_DIR_VARIABLE] = dir;
}

export function teardown(): void {
  const parts = readFigureParts(dir);
  rmSync(dir, { recursive: true, force: true });
  if (parts.length === 0) return;
  const figures = mergeFigures(parts);
  console.log(describeFigures(figures).join('\n'));
  mkdirSync(dirname(E2E_FIGURES_PATH), { recursive: true });
  writeFileSync(E2E_FIGURES_PATH, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`  written to ${E2E_FIGURES_PATH}`);
}
