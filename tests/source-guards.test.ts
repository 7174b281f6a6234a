/**
 * Guards over the extension's own source for the two ways a hostile page or mail could get in:
 * - untrusted text turned into HTML: the lint rule that forbids the HTML sinks must stay on (a snippet using each
 *   is linted with the project's real config), and no source file uses a sink the rule does not cover or
 *   switches the rule off;
 * - the webmail page driving the extension: no code listens to window messages (`postMessage`) or opens a
 *   channel a page could write to; the extension talks to itself only through `runtime` messaging.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** The extension's code as it ships: every source file under src/ but the tests. */
const SOURCES = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(?:ts|js|html)$/.test(file) && !file.endsWith('.test.ts'))
  .map((file) => ({
    file: relative(ROOT, join(ROOT, 'src', file)),
    text: readFileSync(join(ROOT, 'src', file), 'utf8'),
  }));

/** Files whose text matches `pattern`, with the first match, for a readable failure. */
function filesMatching(pattern: RegExp): string[] {
  return SOURCES.flatMap(({ file, text }) => {
    const match = pattern.exec(text);
    return match ? [`${file}: ${match[0]}`] : [];
  });
}

// Loading the project's lint config and TypeScript parser takes seconds on a busy machine.
describe('the HTML sinks lint rule', { timeout: 30_000 }, () => {
  const eslint = new ESLint({ cwd: ROOT });
  const SINKS = [
    'element.innerHTML = mail.subject;',
    'element.outerHTML = mail.from;',
    "element.insertAdjacentHTML('beforeend', mail.body);",
    'document.write(mail.body);',
  ];

  it.each(['src/content/probe.ts', 'src/popup/history/probe.ts', 'src/options/probe.ts'])(
    'reports every sink in %s',
    async (filePath) => {
      const code = `declare const element: HTMLElement;\ndeclare const mail: { subject: string; from: string; body: string };\n${SINKS.join('\n')}\n`;
      const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
      const reported = (result?.messages ?? [])
        .filter((m) => m.ruleId === 'no-restricted-properties' && m.severity === 2)
        .map((m) => m.line);
      expect(reported).toEqual([3, 4, 5, 6]);
    },
  );

  it('leaves DOM built from nodes and textContent alone', async () => {
    const code = `const cell = document.createElement('td');\ncell.textContent = location.hash;\ndocument.body.append(cell);\n`;
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, 'src/content/probe.ts') });
    expect(result?.messages).toEqual([]);
  });

  it('is never switched off in the source, and no sink it does not cover is used', () => {
    expect(filesMatching(/eslint-disable[^\n]*/)).toEqual([]);
    expect(
      filesMatching(/\b(?:DOMParser|createContextualFragment|srcdoc|writeln|setHTMLUnsafe|parseHTMLUnsafe)\b/),
    ).toEqual([]);
    expect(filesMatching(/\[\s*['"`](?:innerHTML|outerHTML|insertAdjacentHTML|write)['"`]\s*\]/)).toEqual([]);
  });
});

describe('the webmail page cannot drive the extension', () => {
  it('no code listens to window messages or opens a page-visible channel', () => {
    expect(filesMatching(/addEventListener\(\s*['"`]message(?:error)?['"`]/)).toEqual([]);
    expect(filesMatching(/\bonmessage(?:error)?\b/)).toEqual([]);
    expect(
      filesMatching(/\b(?:postMessage|MessageChannel|BroadcastChannel|onMessageExternal|onConnectExternal)\b/),
    ).toEqual([]);
  });

  it('the scan reads the content script, the background and the pages', () => {
    const files = SOURCES.map(({ file }) => file);
    for (const file of [
      'src/content/main.ts',
      'src/content/tab-messages.ts',
      'src/background/main.ts',
      'src/popup/main.ts',
    ])
      expect(files).toContain(file);
  });
});
