/**
 * Reliability figures of the end-to-end run. Each test file records what it measured as a small JSON part in the
 * folder named by `GARDEFOU_FIGURES_DIR` (set by the suite's global setup, figures-report.ts); the global teardown
 * merges the parts, prints them and writes reports/e2e-figures.json, which `npm run figures` puts in the README.
 * Without that variable (a script reusing the browser helpers, a test run outside the suite) recording does nothing.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIGURES_DIR_VARIABLE = 'GARDEFOU_FIGURES_DIR';

/** What one test file can record; the teardown adds up parts of the same kind. */
export interface FigurePart {
  /** Requests the extension made during one browser launch (the network guard's list, after deliberate probes). */
  requests?: { launches: number; count: number; urls: string[] };
  /** Flags-shown times in ms per fixture, over several loads. */
  flagsShownMs?: Record<string, number[]>;
  /** Long task durations on the webmail pages, in ms. */
  longTasksMs?: number[];
  /** Hostile inputs (payload × place) fed to the extension, and where. */
  hostileInputs?: Record<string, number>;
  /** Layout variants tried (one adapter selector broken each). */
  layoutVariants?: number;
}

export function recordFigures(part: FigurePart): void {
  const dir = process.env[FIGURES_DIR_VARIABLE];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${randomUUID()}.json`), JSON.stringify(part));
}

/** Every part recorded in `dir`, in no particular order. */
export function readFigureParts(dir: string): FigurePart[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as FigurePart);
}
