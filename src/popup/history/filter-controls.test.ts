import { describe, expect, it } from 'vitest';
import { isFiltered, localDayStart, NO_FILTER, toHistoryFilter } from './filter-controls.ts';

describe('toHistoryFilter', () => {
  it('leaves out every control left empty', () => {
    expect(toHistoryFilter(NO_FILTER)).toEqual({});
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, text: '   ' })).toBe(false);
  });

  it('turns the date range into whole local days, the last one included', () => {
    const filter = toHistoryFilter({ ...NO_FILTER, from: '2026-03-02', to: '2026-03-04' });
    expect(filter.since).toBe(new Date(2026, 2, 2).getTime());
    expect(filter.until).toBe(new Date(2026, 2, 5).getTime());
  });

  it('crosses month ends and ignores what is not a day', () => {
    expect(localDayStart('2026-01-31', 1)).toBe(new Date(2026, 1, 1).getTime());
    expect(localDayStart('')).toBeUndefined();
    expect(localDayStart('31/01/2026')).toBeUndefined();
    expect(toHistoryFilter({ ...NO_FILTER, from: 'soon' })).toEqual({});
  });

  it('passes categories, client, status and text through', () => {
    expect(
      toHistoryFilter({
        categories: ['urgency'],
        client: 'a@b.example',
        status: 'handled',
        from: '',
        to: '',
        text: 'logo',
      }),
    ).toEqual({ categories: ['urgency'], client: 'a@b.example', statuses: ['handled'], text: 'logo' });
  });
});
