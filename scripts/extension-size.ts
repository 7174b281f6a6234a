/**
 * Prints what the content script loads at page start in the built Chrome extension (dist/chrome): the
 * crxjs loader named in the manifest, the entry chunk it imports and every chunk that one imports
 * statically, minified and gzipped. Budget: 30 kB minified. `--json` prints the figures for machines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = `${process.env.GARDEFOU_DIST ?? 'dist'}/chrome`;
export const CONTENT_SCRIPT_BUDGET_BYTES = 30_000;

interface ChunkSize {
  file: string;
  bytes: number;
}

/** Files a chunk imports: static `import … from "./x.js"` and the loader's `getURL("assets/x.js")`. */
function importsOf(file: string, code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
    found.push(posix.join(posix.dirname(file), match[1] as string));
  }
  for (const match of code.matchAll(/getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) found.push(match[1] as string);
  return found;
}

export function contentScriptSizes(dist = DIST): { chunks: ChunkSize[]; bytes: number; gzipBytes: number } {
  const manifestPath = join(dist, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} not found: run npm run build first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const queue = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
  const seen = new Set<string>();
  const chunks: ChunkSize[] = [];
  let all = '';
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    chunks.push({ file, bytes: Buffer.byteLength(code) });
    all += code;
    queue.push(...importsOf(file, code));
  }
  return { chunks, bytes: Buffer.byteLength(all), gzipBytes: gzipSync(all).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = contentScriptSizes();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(sizes, null, 2));
  } else {
    const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
    for (const chunk of sizes.chunks) console.log(`  ${chunk.file}: ${kb(chunk.bytes)}`);
    console.log(
      `content script at page start: ${kb(sizes.bytes)} minified, ${kb(sizes.gzipBytes)} gzip (budget ${kb(CONTENT_SCRIPT_BUDGET_BYTES)})`,
    );
  }
}
