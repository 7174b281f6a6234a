/**
 * Counts the detector's bad-input test cases: every `it`/`test` (an `.each` table counts its rows) inside a
 * `describe` whose title says "bad input", in src/analysis/**\/*.test.ts. Read from the source with the TypeScript
 * parser, so the figure follows the tests as they are written, without running them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const BAD_INPUT = /bad[ -]input/i;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** `describe`, `it`, `test`, also as `it.each(table)` or `describe.skip`: the base name, or null. */
function calleeName(call: ts.CallExpression): string | null {
  let callee: ts.Expression = call.expression;
  if (ts.isCallExpression(callee)) callee = callee.expression; // it.each(table)(title, fn)
  if (ts.isPropertyAccessExpression(callee)) callee = callee.expression;
  return ts.isIdentifier(callee) ? callee.text : null;
}

/** 1 for a plain case; the number of rows for `it.each([...])(…)`. */
function casesOf(call: ts.CallExpression): number {
  const table = ts.isCallExpression(call.expression) ? call.expression.arguments[0] : undefined;
  return table && ts.isArrayLiteralExpression(table) ? table.elements.length : 1;
}

function countIn(node: ts.Node, insideBadInput: boolean): number {
  let count = 0;
  if (ts.isCallExpression(node)) {
    const name = calleeName(node);
    const title = node.arguments[0];
    if (name === 'describe' && title && ts.isStringLiteralLike(title) && BAD_INPUT.test(title.text)) {
      return node.arguments.slice(1).reduce((sum, argument) => sum + countIn(argument, true), 0);
    }
    if (insideBadInput && (name === 'it' || name === 'test')) return casesOf(node);
  }
  node.forEachChild((child) => {
    count += countIn(child, insideBadInput);
  });
  return count;
}

export function countBadInputCases(root = 'src/analysis'): { files: number; cases: number } {
  let files = 0;
  let cases = 0;
  for (const path of testFiles(root)) {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const found = countIn(source, false);
    if (found) files++;
    cases += found;
  }
  return { files, cases };
}
