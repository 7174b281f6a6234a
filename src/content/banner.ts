/// <reference types="vite/client" />
/**
 * The banner above a flagged message, and the reason tooltip over its highlights. Its UI lives in a
 * shadow root so neither the webmail's styles nor ours leak across; styles go in through
 * `adoptedStyleSheets`, which the webmail's style-src policy does not govern, unlike a `<style>` element.
 */
import type { Finding } from '../analysis/types.ts';
import { CATEGORY_COLORS, categoryMessage } from '../shared/categories.ts';
import { localized, t } from '../shared/i18n.ts';
// Inlined as a string (minified in the build) for the shadow root's constructed sheet.
import STYLES from './banner.css?inline';

let sheet: CSSStyleSheet | null = null;
function styles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
  }
  return sheet;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface BannerOptions {
  messageId: string;
  findings: readonly Finding[];
  /** Each finding's highlighted Range, or null when its phrase could not be found on the page. */
  ranges: readonly (Range | null)[];
  isNewest: boolean;
  /** The message body, whose highlights show their reason on hover. */
  body: HTMLElement;
  onSuggest: () => void;
  onDismiss: () => void;
  signal: AbortSignal;
}

/** Builds the banner host (`[data-gardefou="banner"]`), wired to `signal`; the caller inserts it. */
export function createBanner(options: BannerOptions): HTMLElement {
  const { findings, ranges, signal } = options;
  const host = document.createElement('div');
  host.dataset.gardefou = 'banner';
  host.dataset.gardefouMessage = options.messageId;
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [styles()];

  const banner = element('div', 'banner');
  banner.setAttribute('role', 'region');
  banner.setAttribute('aria-label', t('bannerLabel'));
  const count = findings.length === 1 ? t('bannerCountOne') : t('bannerCountMany', String(findings.length));
  banner.append(element('span', 'count', options.isNewest ? count : `${t('bannerEarlier')} · ${count}`));

  const categories = element('ul', 'categories');
  for (const category of [...new Set(findings.map((f) => f.category))]) {
    const chip = element('li', 'chip', t(categoryMessage(category)));
    chip.style.background = CATEGORY_COLORS[category];
    categories.append(chip);
  }
  banner.append(categories);

  const details = element('button', 'details', t('bannerDetails'));
  details.type = 'button';
  details.setAttribute('aria-expanded', 'false');
  const suggest = element('button', 'suggest', t('bannerSuggest'));
  suggest.type = 'button';
  const dismiss = element('button', 'dismiss', '×');
  dismiss.type = 'button';
  dismiss.title = t('bannerDismiss');
  dismiss.setAttribute('aria-label', t('bannerDismiss'));
  const actions = element('span', 'actions');
  actions.append(details, suggest, dismiss);
  banner.append(actions);

  const tooltip = element('div', 'tooltip');
  tooltip.setAttribute('role', 'tooltip');
  tooltip.id = 'gardefou-reason';
  tooltip.hidden = true;

  const list = element('ol', 'findings');
  list.hidden = true;
  findings.forEach((finding, index) => {
    const item = element('li', '');
    const phrase = element('button', 'phrase', `“${finding.text}”`);
    phrase.type = 'button';
    phrase.style.textDecorationColor = CATEGORY_COLORS[finding.category];
    phrase.setAttribute('aria-describedby', tooltip.id);
    // Keyboard users reach each reason by focusing its phrase; the tooltip then points at the highlight.
    phrase.addEventListener('focus', () => showReason(index, null), { signal });
    phrase.addEventListener('blur', hideReason, { signal });
    item.append(phrase, ` ${localized(finding.reason)}`);
    list.append(item);
  });
  banner.append(list, tooltip);
  root.append(banner);

  function showReason(index: number, at: DOMRect | null): void {
    const finding = findings[index];
    const range = ranges[index];
    if (!finding) return;
    const rect = at ?? range?.getClientRects()[0] ?? host.getBoundingClientRect();
    tooltip.replaceChildren(element('strong', '', t(categoryMessage(finding.category))), localized(finding.reason));
    tooltip.hidden = false;
    tooltip.style.left = `${Math.max(4, rect.left)}px`;
    tooltip.style.top = `${rect.bottom + 6}px`;
    // A transformed ancestor in the webmail turns `fixed` into `absolute`: correct by the measured drift.
    const placed = tooltip.getBoundingClientRect();
    tooltip.style.left = `${2 * Math.max(4, rect.left) - placed.left}px`;
    tooltip.style.top = `${2 * (rect.bottom + 6) - placed.top}px`;
  }
  function hideReason(): void {
    tooltip.hidden = true;
  }

  details.addEventListener(
    'click',
    () => {
      list.hidden = !list.hidden;
      details.setAttribute('aria-expanded', String(!list.hidden));
    },
    { signal },
  );
  suggest.addEventListener('click', options.onSuggest, { signal });
  dismiss.addEventListener('click', options.onDismiss, { signal });

  let frame = 0;
  options.body.addEventListener(
    'pointermove',
    (event) => {
      // One hit test per frame at most: pointermove fires far more often than the screen repaints.
      if (frame) return;
      const { clientX: x, clientY: y } = event;
      frame = requestAnimationFrame(() => {
        frame = 0;
        for (const [index, range] of ranges.entries()) {
          const rect =
            range &&
            [...range.getClientRects()].find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
          if (rect) return showReason(index, rect);
        }
        hideReason();
      });
    },
    { signal, passive: true },
  );
  options.body.addEventListener('pointerleave', hideReason, { signal, passive: true });
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    host.remove();
  });
  return host;
}
