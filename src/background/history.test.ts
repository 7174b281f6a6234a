import { describe, expect, it, vi } from 'vitest';
import type { Analysis, Finding } from '../analysis/types.ts';

// The module opens IndexedDB only when asked; the pure part is tested here without a browser.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { withoutFalseAlarms } = await import('./history.ts');

const finding = (category: Finding['category'], text: string): Finding => ({
  category,
  rule: `${category}/test`,
  reason: { en: 'why', fr: 'pourquoi' },
  text,
  start: 0,
  end: text.length,
  confidence: 1,
});

const analysis = (findings: Finding[]): Analysis => ({
  status: 'analyzed',
  lang: 'en',
  register: null,
  newest: { start: 0, end: 0, text: '' },
  aside: [],
  findings,
  categories: [...new Set(findings.map((f) => f.category))],
  deadlines: [],
});

describe('withoutFalseAlarms', () => {
  it('drops the rejected findings and the categories only they carried', () => {
    const before = analysis([finding('urgency', 'ASAP'), finding('off_hours', 'this weekend')]);
    const after = withoutFalseAlarms(before, (f) => f.text !== 'ASAP');
    expect(after.findings.map((f) => f.text)).toEqual(['this weekend']);
    expect(after.categories).toEqual(['off_hours']);
  });

  it('keeps a category another finding still carries, in the detector order', () => {
    const before = analysis([finding('urgency', 'ASAP'), finding('urgency', 'urgent'), finding('scope_creep', 'also')]);
    expect(withoutFalseAlarms(before, (f) => f.text !== 'ASAP').categories).toEqual(['urgency', 'scope_creep']);
  });

  it('returns the same analysis when nothing is dropped', () => {
    const before = analysis([finding('urgency', 'ASAP')]);
    expect(withoutFalseAlarms(before, () => true)).toBe(before);
  });
});
