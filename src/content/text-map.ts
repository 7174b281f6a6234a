/**
 * Maps offsets in a message's text (the body element's `innerText`) onto DOM Ranges over its text nodes,
 * without touching the nodes.
 *
 * `innerText` and the text nodes differ only in whitespace: innerText collapses spaces and turns blocks
 * and `<br>` into line breaks, by CSS rules no script can replay exactly. So both sides are compared with
 * all whitespace left out: the k-th non-space character of the text is the k-th non-space character of
 * the rendered text nodes. Nodes that innerText skips (display: none, visibility: hidden, scripts, styles)
 * are skipped here too.
 */

export interface Span {
  start: number;
  end: number;
}

const WHITESPACE = /\s/;
const NOT_RENDERED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

function isWhitespace(ch: string): boolean {
  return WHITESPACE.test(ch);
}

/** The non-space characters of `text`, and for every offset of `text` how many of them come before it. */
function compact(text: string): { chars: string; before: Int32Array } {
  const before = new Int32Array(text.length + 1);
  let chars = '';
  for (let i = 0; i < text.length; i++) {
    before[i] = chars.length;
    const ch = text.charAt(i);
    if (!isWhitespace(ch)) chars += ch;
  }
  before[text.length] = chars.length;
  return { chars, before };
}

interface RenderedNode {
  node: Text;
  /** Index in the compacted DOM text of this node's first non-space character. */
  first: number;
}

function renderedTextNodes(root: HTMLElement): { nodes: RenderedNode[]; chars: string } {
  const visible = new Map<Element, boolean>();
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: RenderedNode[] = [];
  let chars = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent) continue;
    let shown = visible.get(parent);
    if (shown === undefined) {
      shown = !NOT_RENDERED.has(parent.tagName) && parent.checkVisibility({ visibilityProperty: true });
      visible.set(parent, shown);
    }
    if (!shown) continue;
    const data = node.data.replace(/\s+/g, '');
    if (data === '') continue;
    nodes.push({ node, first: chars.length });
    chars += data;
  }
  return { nodes, chars };
}

/** The DOM position just before (`edge` 'start') or just after ('end') the k-th compacted character. */
function domPosition(nodes: RenderedNode[], k: number, edge: 'start' | 'end'): { node: Text; offset: number } | null {
  let low = 0;
  let high = nodes.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((nodes[mid] as RenderedNode).first <= k) low = mid;
    else high = mid - 1;
  }
  const entry = nodes[low];
  if (!entry) return null;
  let remaining = k - entry.first;
  const data = entry.node.data;
  for (let i = 0; i < data.length; i++) {
    if (isWhitespace(data.charAt(i))) continue;
    if (remaining === 0) return { node: entry.node, offset: edge === 'start' ? i : i + 1 };
    remaining--;
  }
  return null;
}

/** Where each span's non-space characters start in the DOM's compacted text, or -1. */
function locate(spans: readonly Span[], text: string, domChars: string): { from: number; to: number }[] {
  const mine = compact(text);
  const base = domChars.indexOf(mine.chars);
  return spans.map(({ start, end }) => {
    const from = mine.before[Math.max(0, Math.min(start, text.length))] ?? 0;
    const to = mine.before[Math.max(0, Math.min(end, text.length))] ?? 0;
    if (to <= from) return { from: -1, to: -1 };
    if (base !== -1) return { from: base + from, to: base + to };
    // The text was trimmed or rewritten by the adapter: find the phrase itself, nearest to where it should be.
    const phrase = mine.chars.slice(from, to);
    let best = -1;
    for (let at = domChars.indexOf(phrase); at !== -1; at = domChars.indexOf(phrase, at + 1)) {
      if (best === -1 || Math.abs(at - from) < Math.abs(best - from)) best = at;
    }
    return best === -1 ? { from: -1, to: -1 } : { from: best, to: best + phrase.length };
  });
}

/** One Range per span of `text` over `root`'s text nodes, or null where the phrase is not on the page. */
export function rangesForSpans(root: HTMLElement, text: string, spans: readonly Span[]): (Range | null)[] {
  if (spans.length === 0) return [];
  const { nodes, chars } = renderedTextNodes(root);
  return locate(spans, text, chars).map(({ from, to }) => {
    if (from < 0) return null;
    const start = domPosition(nodes, from, 'start');
    const end = domPosition(nodes, to - 1, 'end');
    if (!start || !end) return null;
    const range = root.ownerDocument.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  });
}
