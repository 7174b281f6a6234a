import { describe, expect, it } from 'vitest';
import { adapterFor } from './index.ts';

describe('adapterFor', () => {
  it.each([
    ['mail.google.com', 'gmail'],
    ['outlook.office.com', 'outlook'],
    ['outlook.office365.com', 'outlook'],
    ['outlook.live.com', 'outlook'],
  ])('%s → %s', (hostname, site) => {
    expect(adapterFor(hostname)?.site).toBe(site);
  });

  it.each(['google.com', 'evil-mail.google.com.example', 'outlook.com', 'toString', ''])('%j → null', (hostname) => {
    expect(adapterFor(hostname)).toBeNull();
  });
});
