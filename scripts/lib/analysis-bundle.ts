import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Bundles the detector alone, minified, as the extension ships it; returns its path and sizes. */
export async function buildAnalysisBundle(outDir: string): Promise<{ path: string; bytes: number; gzipBytes: number }> {
  const result = await build({
    entryPoints: ['src/analysis/analyze.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    // regjsparser is CommonJS with only a `main` field, which the neutral platform does not read by default.
    mainFields: ['module', 'main'],
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  mkdirSync(outDir, { recursive: true });
  const path = `${outDir}/analysis.min.js`;
  writeFileSync(path, code);
  return { path, bytes: code.byteLength, gzipBytes: gzipSync(code).byteLength };
}
