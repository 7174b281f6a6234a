/**
 * The popup's history view: every flagged email, newest first, with counts per category; filters and search;
 * per entry open / status / delete, "don't flag this phrase for this client again" and the revision count; per
 * client a 12-week chart and "forget this client"; export, import, retention and clear.
 *
 * Speed with 5,000 entries: the first screen is drawn from the store's small newest-entries record when it is
 * there (src/history/entry-cache.ts), and the whole history is read once that screen has painted; until then,
 * every control waits for it. The whole history is indexed once (src/history/query.ts), every filter change or
 * keystroke is one synchronous pass over the index, and only `PAGE_SIZE` entries are built at a time ("show
 * more" builds the next ones). The client charts are built when their section is opened.
 *
 * `data-state` on the view: `first-screen` while only the newest entries are in, `ready` once everything is;
 * `data-first-screen`: what the first screen was drawn from, `newest` (the small record) or `whole`.
 *
 * Test hooks: `[data-testid="history-entry"]` per entry (with `data-key`, `data-status`).
 */
import { CATEGORIES, type Category } from '../../analysis/types.ts';
import { CLIENT_WEEKS, clientSummaries, type ClientSummary } from '../../history/clients.ts';
import { FIRST_SCREEN_ENTRIES } from '../../history/entry-cache.ts';
import { importJson } from '../../history/export.ts';
import {
  buildIndex,
  prepareSearch,
  queryHistory,
  type HistoryIndex,
  type HistoryQueryResult,
} from '../../history/query.ts';
import { normaliseThread, revisionRound, threadId } from '../../history/revisions.ts';
import { falseAlarmPhrase, isFalseAlarm, type FirstScreen, type HistoryStore } from '../../history/store.ts';
import {
  entryKey,
  entryTime,
  ENTRY_STATUSES,
  RETENTION_BOUNDS,
  type CleanTally,
  type EntryStatus,
  type FalseAlarm,
  type HistoryEntry,
  type HistoryFinding,
  type HistorySnapshot,
  type Retention,
  type RevisionThread,
} from '../../history/types.ts';
import { CATEGORY_COLORS, categoryMessage } from '../../shared/categories.ts';
import { localized, t, uiLang } from '../../shared/i18n.ts';
import { loadSettings } from '../../shared/storage.ts';
import { clientChart, type WeekBar } from './chart.ts';
import { afterPaint, button, element, labelled, option } from './dom.ts';
import { download, exportFileName, exportText, type ExportFormat } from './download.ts';
import { isFiltered, NO_FILTER, toHistoryFilter, type FilterControls } from './filter-controls.ts';
import { FIRST_SCREEN_MARK } from './first-screen-mark.ts';
import { revisionRoundText } from './revision-round.ts';

const PAGE_SIZE = FIRST_SCREEN_ENTRIES;
const CLIENTS_PAGE_SIZE = 20;

const statusMessage = (status: EntryStatus): string => `status_${status}`;
const categoryName = (category: Category): string => t(categoryMessage(category));

function swatch(category: Category): HTMLElement {
  const node = element('span', undefined, 'swatch');
  node.style.background = CATEGORY_COLORS[category];
  return node;
}

/** An inline "are you sure?" in place of a native dialog, which a browser may refuse to show over a popup. */
function confirmInline(after: HTMLElement, message: string, confirmLabel: string, onConfirm: () => void): void {
  after.parentElement?.querySelector('.confirm')?.remove();
  const box = element('div', undefined, 'confirm');
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', message);
  const yes = button(confirmLabel, 'danger');
  const no = button(t('historyCancel'));
  const close = (): void => {
    box.remove();
    after.focus();
  };
  yes.addEventListener('click', () => {
    box.remove();
    onConfirm();
  });
  no.addEventListener('click', close);
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  });
  box.append(element('p', message), yes, no);
  after.after(box);
  no.focus();
}

export class HistoryView {
  private entries: HistoryEntry[] = [];
  private index: HistoryIndex | null = null;
  private threads = new Map<string, RevisionThread>();
  private tallies: CleanTally[] = [];
  private falseAlarms = new Map<string, FalseAlarm[]>();
  private retention: Retention = { maxEntries: 0, maxAgeMonths: 0 };
  /** While only the first screen's entries are in: the whole history's size and counts. */
  private partial: Pick<FirstScreen, 'total' | 'countsByCategory'> | null = null;
  /** Resolves once the whole history is in (at once when it was loaded whole). */
  private complete: Promise<void> = Promise.resolve();
  private includedRounds = 0;
  private controls: FilterControls = { ...NO_FILTER };
  private result: HistoryQueryResult | null = null;
  private shown = 0;
  private readonly dates = new Intl.DateTimeFormat(uiLang(), { dateStyle: 'medium' });
  private readonly weekDates = new Intl.DateTimeFormat(uiLang(), { day: 'numeric', month: 'short' });
  private readonly percent = new Intl.NumberFormat(uiLang(), { style: 'percent' });

  private readonly status = element('p', undefined, 'history-status');
  private readonly search = element('input');
  private readonly chips = new Map<Category, HTMLButtonElement>();
  private readonly clientSelect = element('select');
  private readonly statusSelect = element('select');
  private readonly from = element('input');
  private readonly to = element('input');
  private readonly count = element('p', undefined, 'history-count');
  private readonly list = element('ol', undefined, 'history-list');
  private readonly more = button('', 'show-more');
  private readonly clients = element('details', undefined, 'history-clients');
  private readonly clientList = element('ol', undefined, 'client-list');
  private readonly clientsMore = button(t('historyShowMoreClients'), 'show-more');
  private summaries: ClientSummary[] = [];
  private clientsShown = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly store: HistoryStore,
  ) {}

  /**
   * Reads the settings and the history, nothing drawn yet: with `firstScreen`, only what the first screen shows
   * when the store has it in step (the rest is read after `show()`), else the whole history, indexed.
   */
  async load(firstScreen: boolean): Promise<void> {
    const [settings, first] = await Promise.all([
      loadSettings(),
      firstScreen ? this.store.firstScreen() : Promise.resolve(null),
    ]);
    this.includedRounds = settings.revisionRoundsIncluded;
    if (first) {
      this.use(first.snapshot);
      this.partial = { total: first.total, countsByCategory: first.countsByCategory };
      return;
    }
    await this.reload();
    this.index = this.indexEntries();
  }

  /** Draws the view once `load()` is done; with the first screen only, reads the rest once it has painted. */
  show(): void {
    this.build();
    this.run();
    performance.mark(FIRST_SCREEN_MARK);
    this.root.removeAttribute('aria-busy');
    this.root.dataset.firstScreen = this.partial ? 'newest' : 'whole';
    if (!this.partial) {
      this.root.dataset.state = 'ready';
      return;
    }
    this.root.dataset.state = 'first-screen';
    this.complete = afterPaint()
      .then(() => this.completeLoad())
      .catch((error: unknown) => {
        console.error('Gardefou history:', error);
        this.say(t('historyFailed'));
      });
  }

  /**
   * Reads the whole history in place of the first screen's entries; the list is drawn again only if it differs
   * (a filter was set meanwhile, or a writer outside the lock left the first screen's record behind).
   */
  private async completeLoad(): Promise<void> {
    const shown = JSON.stringify(this.result?.entries.slice(0, this.shown));
    await this.reload();
    this.partial = null;
    this.index = this.indexEntries();
    this.fillClientSelect();
    const result = queryHistory(this.index, toHistoryFilter(this.controls));
    if (!isFiltered(this.controls) && JSON.stringify(result.entries.slice(0, this.shown)) === shown) {
      this.result = result;
      this.updateChips();
      this.updateCount();
    } else this.run();
    if (this.clients.open) this.renderClients();
    this.root.dataset.state = 'ready';
  }

  /** The index of the entries in; their search text is folded once the popup is idle, ahead of a first search. */
  private indexEntries(): HistoryIndex {
    const index = buildIndex(this.entries);
    requestIdleCallback(() => prepareSearch(index));
    return index;
  }

  /** Runs `step` now when the whole history is in, else once it is. */
  private whenComplete(step: () => void): void {
    if (this.partial) void this.complete.then(step);
    else step();
  }

  /** Reads the whole history again (after an import, a forget, a clear). */
  private async reload(): Promise<void> {
    const { snapshot, report } = await this.store.load();
    this.use(snapshot);
    const dropped = report.droppedEntries + report.droppedRecords;
    if (dropped > 0) this.say(t('historyRepaired', String(dropped)));
  }

  private use(snapshot: HistorySnapshot): void {
    this.entries = snapshot.entries;
    this.index = null;
    this.threads = new Map(snapshot.revisionThreads.map((thread) => [threadId(thread.client, thread.thread), thread]));
    this.tallies = snapshot.cleanTallies;
    this.falseAlarms = snapshot.falseAlarms;
    this.retention = snapshot.retention;
  }

  /** Entries in the whole history, even while only the first screen's are in. */
  private get total(): number {
    return this.partial?.total ?? this.entries.length;
  }

  private say(text: string): void {
    this.status.textContent = text;
  }

  // ——— Layout ———

  private build(): void {
    this.status.setAttribute('role', 'status');
    const filters = element('form', undefined, 'history-filters');
    filters.setAttribute('role', 'search');
    filters.addEventListener('submit', (event) => event.preventDefault());

    this.search.type = 'search';
    this.search.dataset.testid = 'history-search';
    this.search.placeholder = t('historySearchPlaceholder');
    this.search.addEventListener('input', () => this.update({ text: this.search.value }));

    const chips = element('div', undefined, 'chips');
    chips.setAttribute('role', 'group');
    chips.setAttribute('aria-label', t('historyCategories'));
    for (const category of CATEGORIES) {
      const chip = button('', 'chip');
      chip.dataset.category = category;
      chip.setAttribute('aria-pressed', 'false');
      chip.addEventListener('click', () => {
        const on = !this.controls.categories.includes(category);
        const categories = on
          ? [...this.controls.categories, category]
          : this.controls.categories.filter((c) => c !== category);
        this.update({ categories });
      });
      this.chips.set(category, chip);
      chips.append(chip);
    }

    this.fillClientSelect();
    this.clientSelect.dataset.testid = 'history-client';
    this.clientSelect.addEventListener('change', () => this.update({ client: this.clientSelect.value }));

    this.statusSelect.dataset.testid = 'history-status-filter';
    this.statusSelect.append(
      option('', t('historyAnyStatus')),
      ...ENTRY_STATUSES.map((s) => option(s, t(statusMessage(s)))),
    );
    this.statusSelect.addEventListener('change', () =>
      this.update({ status: this.statusSelect.value as EntryStatus | '' }),
    );

    for (const [input, key] of [
      [this.from, 'from'],
      [this.to, 'to'],
    ] as const) {
      input.type = 'date';
      input.dataset.testid = `history-${key}`;
      input.addEventListener('change', () => this.update({ [key]: input.value }));
    }

    const reset = button(t('historyResetFilters'), 'link-button');
    reset.addEventListener('click', () => {
      this.search.value = '';
      this.clientSelect.value = '';
      this.statusSelect.value = '';
      this.from.value = '';
      this.to.value = '';
      this.update({ ...NO_FILTER });
      this.search.focus();
    });

    const selects = element('div', undefined, 'filter-row');
    selects.append(
      labelled(t('historyClient'), this.clientSelect),
      labelled(t('historyStatus'), this.statusSelect),
      labelled(t('historyFrom'), this.from),
      labelled(t('historyTo'), this.to),
    );
    filters.append(labelled(t('historySearch'), this.search, 'search'), chips, selects, reset);

    this.count.setAttribute('aria-live', 'polite');
    this.count.id = 'history-count';
    this.list.setAttribute('aria-labelledby', 'history-count');
    this.more.addEventListener('click', () => {
      this.whenComplete(() => {
        const first = this.shown;
        this.showMore();
        this.list.children[first]?.querySelector<HTMLElement>('a, button, select')?.focus();
      });
    });

    this.root.replaceChildren(
      this.status,
      filters,
      this.count,
      this.list,
      this.more,
      this.buildClients(),
      this.buildManage(),
    );
  }

  private fillClientSelect(): void {
    const names = new Map<string, string>();
    for (const entry of this.entries) {
      if (!names.has(entry.client.address) || entry.client.name) names.set(entry.client.address, entry.client.name);
    }
    const sorted = [...names].sort(([a, an], [b, bn]) => (an || a).localeCompare(bn || b, uiLang()));
    this.clientSelect.replaceChildren(
      option('', t('historyAllClients')),
      ...sorted.map(([address, name]) => option(address, name ? `${name} <${address}>` : address)),
    );
    this.clientSelect.value = names.has(this.controls.client) ? this.controls.client : '';
  }

  // ——— Query and list ———

  /** A filter changed; before the whole history is in, the query waits for it (`completeLoad` runs it). */
  private update(change: Partial<FilterControls>): void {
    this.controls = { ...this.controls, ...change };
    if (!this.partial) this.run();
  }

  private run(): void {
    this.index ??= this.indexEntries();
    this.result = queryHistory(this.index, toHistoryFilter(this.controls));
    this.updateChips();
    this.shown = 0;
    this.list.replaceChildren();
    this.showMore();
  }

  private showMore(): void {
    const entries = this.result?.entries ?? [];
    const page = entries.slice(this.shown, this.shown + PAGE_SIZE);
    this.list.append(...page.map((entry) => this.renderEntry(entry)));
    this.shown += page.length;
    this.updateCount();
  }

  private updateChips(): void {
    const counts = this.partial?.countsByCategory ?? this.result?.countsByCategory;
    for (const [category, chip] of this.chips) {
      chip.replaceChildren(swatch(category), `${categoryName(category)} ${counts?.[category] ?? 0}`);
      chip.setAttribute('aria-pressed', String(this.controls.categories.includes(category)));
    }
  }

  private updateCount(): void {
    const matching = this.partial?.total ?? this.result?.entries.length ?? 0;
    this.count.textContent =
      this.total === 0
        ? t('historyEmpty')
        : isFiltered(this.controls)
          ? t('historyCountFiltered', [String(matching), String(this.total)])
          : t('historyCount', String(matching));
    const left = matching - this.shown;
    this.more.hidden = left <= 0;
    this.more.textContent = t('historyShowMore', [String(Math.min(PAGE_SIZE, left)), String(left)]);
  }

  /** The data changed under the index: the next query rebuilds it; the list shown stays as it is. */
  private replaceEntry(key: string, entry: HistoryEntry | null): void {
    const at = this.entries.findIndex((e) => entryKey(e) === key);
    if (at < 0) return;
    if (entry) this.entries[at] = entry;
    else this.entries.splice(at, 1);
    if (this.result) {
      const shownAt = this.result.entries.findIndex((e) => entryKey(e) === key);
      if (shownAt >= 0) {
        if (entry) this.result.entries[shownAt] = entry;
        else {
          this.result.entries.splice(shownAt, 1);
          if (shownAt < this.shown) this.shown--;
        }
      }
    }
    this.index = null;
    if (this.clients.open) this.renderClients();
  }

  /** Builds again the visible entries `matches` picks, keeping the focus on the same control. */
  private refreshShown(matches: (entry: HistoryEntry) => boolean): void {
    const focused = document.activeElement;
    const focusedRole = focused instanceof HTMLElement ? focused.dataset.role : undefined;
    for (const item of this.list.querySelectorAll<HTMLElement>('[data-testid="history-entry"]')) {
      const entry = this.entries.find((e) => entryKey(e) === item.dataset.key);
      if (!entry || !matches(entry)) continue;
      const hadFocus = item.contains(focused);
      const fresh = this.renderEntry(entry);
      item.replaceWith(fresh);
      if (hadFocus) {
        const target = focusedRole
          ? fresh.querySelector<HTMLElement>(`[data-role="${CSS.escape(focusedRole)}"]`)
          : null;
        (target ?? fresh.querySelector<HTMLElement>('select'))?.focus();
      }
    }
  }

  // ——— One entry ———

  private renderEntry(entry: HistoryEntry): HTMLLIElement {
    const item = element('li', undefined, 'history-entry');
    item.dataset.testid = 'history-entry';
    item.dataset.key = entryKey(entry);
    item.dataset.status = entry.status;

    const head = element('div', undefined, 'entry-head');
    const time = element('time', this.dates.format(entryTime(entry)));
    time.dateTime = new Date(entryTime(entry)).toISOString();
    head.append(
      time,
      element('span', entry.client.name || entry.client.address, 'client'),
      element('span', entry.client.address, 'address'),
    );
    const subject = element('p', entry.subject || t('popupNoSubject'), 'subject');

    const categories = element('ul', undefined, 'entry-categories');
    categories.setAttribute('aria-label', t('historyCategories'));
    for (const category of entry.categories) {
      const chip = element('li');
      chip.append(swatch(category), categoryName(category));
      categories.append(chip);
    }

    const findings = element('ul', undefined, 'entry-findings');
    for (const finding of entry.findings) findings.append(this.renderFinding(entry, finding));

    item.append(head, subject, categories, findings);
    const revision = this.renderRevision(entry);
    if (revision) item.append(revision);
    if (entry.reply) {
      const tone = t(`tone_${entry.reply.tone}`).toLocaleLowerCase(uiLang());
      item.append(
        element('p', t('historyReplyInserted', [tone, this.dates.format(Date.parse(entry.reply.at))]), 'entry-reply'),
      );
    }
    item.append(this.renderActions(entry, item));
    return item;
  }

  private renderFinding(entry: HistoryEntry, finding: HistoryFinding): HTMLLIElement {
    const item = element('li');
    item.append(element('span', `“${finding.phrase}”`, 'phrase'), ' — ', localized(finding.reason));
    if (entry.status !== 'false_alarm') return item;
    const alarms = this.falseAlarms.get(entry.client.address) ?? [];
    const offer = element('div', undefined, 'false-alarm');
    const role = `false-alarm-${falseAlarmPhrase(finding.phrase)}`;
    if (isFalseAlarm(alarms, finding.phrase)) {
      const undo = button(t('historyFlagAgain'), 'link-button');
      undo.dataset.role = role;
      undo.addEventListener('click', () => void this.setFalseAlarm(entry, finding, false));
      offer.append(element('span', t('historyNotFlagged'), 'hint'), ' ', undo);
    } else {
      const mark = button(t('historyDontFlag'), 'link-button');
      mark.dataset.role = role;
      mark.dataset.testid = 'history-dont-flag';
      mark.addEventListener('click', () => void this.setFalseAlarm(entry, finding, true));
      offer.append(mark);
    }
    item.append(offer);
    return item;
  }

  private threadOf(entry: HistoryEntry): RevisionThread | undefined {
    return this.threads.get(threadId(entry.client.address, normaliseThread(entry.subject)));
  }

  private renderRevision(entry: HistoryEntry): HTMLElement | null {
    if (entry.status === 'false_alarm' || !entry.categories.includes('extra_revisions')) return null;
    const thread = this.threadOf(entry);
    const round = thread ? revisionRound(thread, entry) : null;
    const box = element('div', undefined, 'entry-revision');
    box.append(
      element(
        'span',
        round === null ? t('historyRevisionBeforeReset') : revisionRoundText(round, this.includedRounds),
        'revision-round',
      ),
    );
    const correct = button(t('historyRevisionCorrect'), 'link-button');
    correct.dataset.role = 'revision-correct';
    correct.setAttribute('aria-expanded', 'false');
    const reset = button(t('historyRevisionReset'), 'link-button');
    reset.dataset.role = 'revision-reset';
    reset.addEventListener('click', () => {
      confirmInline(reset, t('historyRevisionResetConfirm'), t('historyRevisionResetYes'), () => {
        void this.setRevisionCount(entry, 0, Date.now());
      });
    });
    correct.addEventListener('click', () => {
      if (box.querySelector('form')) return;
      correct.setAttribute('aria-expanded', 'true');
      const form = element('form', undefined, 'revision-form');
      const input = element('input');
      input.type = 'number';
      input.min = '1';
      input.max = '200';
      input.required = true;
      input.value = String(round ?? 1);
      const save = element('button', t('historySave'));
      save.type = 'submit';
      form.append(labelled(t('historyRevisionThisIs'), input), save);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (!form.reportValidity()) return;
        void this.setRevisionCount(entry, Number(input.value), entryTime(entry));
      });
      box.append(form);
      input.focus();
    });
    box.append(' ', correct, ' ', reset);
    return box;
  }

  private renderActions(entry: HistoryEntry, item: HTMLElement): HTMLElement {
    const actions = element('div', undefined, 'entry-actions');
    const open = element('a', t(entry.site === 'gmail' ? 'historyOpenGmail' : 'historyOpenOutlook'));
    open.href = entry.link;
    open.target = '_blank';
    open.rel = 'noopener noreferrer';
    open.dataset.role = 'open';

    const status = element('select');
    status.dataset.testid = 'history-entry-status';
    status.dataset.role = 'status';
    status.setAttribute('aria-label', t('historyStatusOf', entry.subject || entry.client.address));
    status.append(...ENTRY_STATUSES.map((s) => option(s, t(statusMessage(s)))));
    status.value = entry.status;
    status.addEventListener('change', () => void this.setStatus(entry, status.value as EntryStatus));

    const remove = button(t('historyDelete'), 'danger');
    remove.dataset.testid = 'history-delete';
    remove.dataset.role = 'delete';
    remove.setAttribute('aria-label', t('historyDeleteOf', entry.subject || entry.client.address));
    remove.addEventListener('click', () => void this.deleteEntry(entry, item));
    actions.append(open, labelled(t('historyStatus'), status), remove);
    return actions;
  }

  // ——— Changes ———

  /** Runs a change; a storage failure is said, never thrown at the user. */
  private async change(run: () => Promise<void>): Promise<void> {
    try {
      await this.complete;
      await run();
    } catch (error) {
      console.error('Gardefou history:', error);
      this.say(t('historyFailed'));
    }
  }

  /** A status or deletion changes which requests count as revision rounds: the thread is read again. */
  private async refreshThread(entry: HistoryEntry): Promise<void> {
    if (!entry.categories.includes('extra_revisions')) return;
    const thread = await this.store.revisionThread(entry.client.address, entry.subject);
    this.threads.set(threadId(thread.client, thread.thread), thread);
    this.refreshShown((e) => this.threadOf(e) === thread);
  }

  private setStatus(entry: HistoryEntry, status: EntryStatus): Promise<void> {
    return this.change(async () => {
      const updated = await this.store.setStatus(entry, status);
      this.replaceEntry(entryKey(entry), updated);
      if (!updated) return;
      this.refreshShown((e) => entryKey(e) === entryKey(updated));
      await this.refreshThread(updated);
      this.say(t('historyStatusChanged', t(statusMessage(status))));
    });
  }

  private deleteEntry(entry: HistoryEntry, item: HTMLElement): Promise<void> {
    return this.change(async () => {
      await this.store.delete(entry);
      const next = (item.nextElementSibling ?? item.previousElementSibling) as HTMLElement | null;
      item.remove();
      this.replaceEntry(entryKey(entry), null);
      this.updateCount();
      (next?.querySelector<HTMLElement>('[data-role="delete"]') ?? this.search).focus();
      await this.refreshThread(entry);
      this.say(t('historyDeleted'));
    });
  }

  private setFalseAlarm(entry: HistoryEntry, finding: HistoryFinding, on: boolean): Promise<void> {
    return this.change(async () => {
      const address = entry.client.address;
      if (on) await this.store.markFalseAlarm(address, finding);
      else await this.store.unmarkFalseAlarm(address, finding.phrase);
      const phrase = falseAlarmPhrase(finding.phrase);
      const kept = (this.falseAlarms.get(address) ?? []).filter((alarm) => alarm.phrase !== phrase);
      if (on) kept.push({ phrase, category: finding.category, at: new Date().toISOString() });
      this.falseAlarms.set(address, kept);
      this.refreshShown((e) => e.client.address === address);
      this.say(t(on ? 'historyDontFlagDone' : 'historyFlagAgainDone'));
    });
  }

  private setRevisionCount(entry: HistoryEntry, count: number, at: number): Promise<void> {
    return this.change(async () => {
      const thread = await this.store.setRevisionCount(entry.client.address, entry.subject, count, at);
      this.threads.set(threadId(thread.client, thread.thread), thread);
      this.refreshShown((e) => this.threadOf(e) === thread);
      this.say(t(count === 0 ? 'historyRevisionResetDone' : 'historyRevisionCorrected'));
    });
  }

  // ——— Clients ———

  private buildClients(): HTMLElement {
    const summary = element('summary', t('historyClients', String(CLIENT_WEEKS)));
    this.clients.append(summary, this.clientList, this.clientsMore);
    this.clients.addEventListener('toggle', () => {
      if (this.clients.open) this.whenComplete(() => this.renderClients());
    });
    this.clientsMore.addEventListener('click', () => this.showMoreClients());
    return this.clients;
  }

  private renderClients(): void {
    this.summaries = clientSummaries(this.entries, this.tallies, Date.now());
    this.clientsShown = 0;
    this.clientList.replaceChildren();
    if (this.summaries.length === 0) this.clientList.append(element('li', t('historyNoClients'), 'hint'));
    this.showMoreClients();
  }

  private showMoreClients(): void {
    const page = this.summaries.slice(this.clientsShown, this.clientsShown + CLIENTS_PAGE_SIZE);
    this.clientList.append(...page.map((summary) => this.renderClient(summary)));
    this.clientsShown += page.length;
    this.clientsMore.hidden = this.clientsShown >= this.summaries.length;
  }

  private weekTitle(bar: WeekBar): string {
    const counts = bar.segments.map((s) => `${categoryName(s.category)} ${s.count}`).join(', ');
    return `${t('historyWeekOf', this.weekDates.format(Date.parse(bar.week)))}: ${counts || t('historyNothing')}`;
  }

  private renderClient(summary: ClientSummary): HTMLLIElement {
    const item = element('li', undefined, 'client-card');
    item.dataset.testid = 'history-client-card';
    const crossed = CATEGORIES.filter((category) => summary.categories[category] > 0);
    const totals = crossed.map((category) => `${categoryName(category)} ${summary.categories[category]}`).join(', ');
    const share = t('historyClientShare', [
      String(summary.flagged),
      String(summary.analysed),
      this.percent.format(summary.flaggedShare),
    ]);
    const head = element('div', undefined, 'client-head');
    head.append(
      element('span', summary.name || summary.address, 'client'),
      element('span', summary.address, 'address'),
    );
    const legend = element('ul', undefined, 'entry-categories');
    for (const category of crossed) {
      const chip = element('li');
      chip.append(swatch(category), `${categoryName(category)} ${summary.categories[category]}`);
      legend.append(chip);
    }
    const chart = clientChart(summary, {
      summary: t('historyChartLabel', [String(CLIENT_WEEKS), totals]),
      week: (bar) => this.weekTitle(bar),
    });

    const show = button(t('historyShowClient'), 'link-button');
    show.addEventListener('click', () => {
      this.clientSelect.value = summary.address;
      this.update({ client: summary.address });
      this.count.scrollIntoView({ block: 'start' });
      this.clientSelect.focus();
    });
    const forget = button(t('historyForgetClient'), 'danger');
    forget.dataset.testid = 'history-forget-client';
    forget.addEventListener('click', () => {
      confirmInline(forget, t('historyForgetConfirm', summary.name || summary.address), t('historyForgetYes'), () => {
        void this.change(async () => {
          const removed = await this.store.forgetClient(summary.address);
          await this.reload();
          this.fillClientSelect();
          this.update({ client: this.clientSelect.value });
          this.renderClients();
          this.say(t('historyForgotten', String(removed)));
        });
      });
    });
    const actions = element('div', undefined, 'entry-actions');
    actions.append(show, forget);
    item.append(head, element('p', share, 'share'), chart, legend, actions);
    return item;
  }

  // ——— Export, import, retention, clear ———

  private buildManage(): HTMLElement {
    const manage = element('details', undefined, 'history-manage');
    manage.append(element('summary', t('historyManage')));

    const scope = element('select');
    scope.append(option('filtered', t('historyExportFiltered')), option('all', t('historyExportAll')));
    const exporter = (format: ExportFormat): HTMLButtonElement => {
      const control = button(t(format === 'csv' ? 'historyExportCsv' : 'historyExportJson'));
      control.dataset.testid = `history-export-${format}`;
      control.addEventListener('click', () => {
        this.whenComplete(() => {
          const entries = scope.value === 'all' ? this.entries : (this.result?.entries ?? []);
          const now = new Date();
          download(format, exportFileName(format, now), exportText(format, entries, uiLang(), now));
          this.say(t('historyExported', String(entries.length)));
        });
      });
      return control;
    };
    const exportRow = element('div', undefined, 'manage-row');
    exportRow.append(labelled(t('historyExport'), scope), exporter('csv'), exporter('json'));

    const file = element('input');
    file.type = 'file';
    file.accept = '.json,application/json';
    file.dataset.testid = 'history-import';
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      if (!chosen) return;
      void this.change(async () => {
        const report = await importJson(this.store, await chosen.text());
        file.value = '';
        if (!report.ok) {
          this.say(t(report.error === 'not-json' ? 'historyImportNotJson' : 'historyImportNotExport'));
          return;
        }
        await this.reload();
        this.fillClientSelect();
        this.run();
        this.say(
          t('historyImported', [
            String(report.added),
            String(report.updated),
            String(report.unchanged),
            String(report.rejected),
          ]),
        );
      });
    });
    const importRow = element('div', undefined, 'manage-row');
    importRow.append(labelled(t('historyImport'), file));

    const maxEntries = this.numberInput(this.retention.maxEntries, RETENTION_BOUNDS.maxEntries);
    const maxMonths = this.numberInput(this.retention.maxAgeMonths, RETENTION_BOUNDS.maxAgeMonths);
    const retention = element('form', undefined, 'manage-row');
    const saveRetention = element('button', t('historySave'));
    saveRetention.type = 'submit';
    retention.append(
      labelled(t('historyKeepEntries'), maxEntries),
      labelled(t('historyKeepMonths'), maxMonths),
      saveRetention,
    );
    retention.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!retention.reportValidity()) return;
      void this.change(async () => {
        const limits = { maxEntries: Number(maxEntries.value), maxAgeMonths: Number(maxMonths.value) };
        const dropped = await this.store.setRetention(limits);
        await this.reload();
        this.run();
        this.say(t('historyRetentionSaved', String(dropped)));
      });
    });

    const clear = button(t('historyClear'), 'danger');
    clear.dataset.testid = 'history-clear';
    clear.addEventListener('click', () => {
      confirmInline(clear, t('historyClearConfirm', String(this.total)), t('historyClearYes'), () => {
        void this.change(async () => {
          await this.store.clear();
          await this.reload();
          this.fillClientSelect();
          this.update({ ...NO_FILTER });
          if (this.clients.open) this.renderClients();
          this.say(t('historyCleared'));
          clear.focus();
        });
      });
    });

    manage.append(
      exportRow,
      importRow,
      element('p', t('historyRetention'), 'hint'),
      retention,
      element('div', undefined, 'manage-row'),
    );
    manage.lastElementChild?.append(clear);
    return manage;
  }

  private numberInput(value: number, [min, max]: readonly [number, number]): HTMLInputElement {
    const input = element('input');
    input.type = 'number';
    input.min = String(min);
    input.max = String(max);
    input.required = true;
    input.value = String(value);
    return input;
  }
}

/**
 * The popup's two tabs, "This email" and "History" (`[data-testid="tab-history"]`). Reading 5,000 entries from
 * IndexedDB takes longer than the rest of the first screen, so it starts as soon as the popup is idle (after the
 * email view is drawn): by the time the user clicks the tab, the history is usually in memory. `#history` in the
 * popup's URL opens on it.
 */
export function setUpHistoryTab(doc: Document, store: () => HistoryStore): void {
  const tabs = [...doc.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const panelOf = (tab: HTMLElement): HTMLElement | null => doc.getElementById(tab.getAttribute('aria-controls') ?? '');
  const history = tabs.find((tab) => tab.dataset.view === 'history');
  const panel = history ? panelOf(history) : null;
  if (!history || !panel) return;
  let view: HistoryView | undefined;
  let loaded: Promise<HistoryView> | undefined;
  let shown = false;
  /** `firstScreen`: the user is waiting for the view; the idle preload reads everything. */
  const load = (firstScreen: boolean): Promise<HistoryView> => {
    view ??= new HistoryView(panel, store());
    const loading = view;
    loaded ??= loading.load(firstScreen).then(() => {
      panel.dataset.state ??= 'loaded';
      return loading;
    });
    return loaded;
  };
  const showHistory = (): void => {
    if (shown) return;
    shown = true;
    panel.setAttribute('aria-busy', 'true');
    load(true)
      .then((ready) => ready.show())
      .catch((error: unknown) => {
        shown = false;
        loaded = undefined;
        console.error('Gardefou history:', error);
        panel.removeAttribute('aria-busy');
        panel.replaceChildren(element('p', t('historyFailed'), 'state'));
      });
  };
  const select = (chosen: HTMLButtonElement, focus: boolean): void => {
    for (const tab of tabs) {
      const on = tab === chosen;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      const tabPanel = panelOf(tab);
      if (tabPanel) tabPanel.hidden = !on;
    }
    if (focus) chosen.focus();
    doc.body.dataset.view = chosen.dataset.view ?? '';
    if (chosen === history) showHistory();
  };
  for (const [i, tab] of tabs.entries()) {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      const next = tabs[(i + step + tabs.length) % tabs.length];
      if (step === 0 || !next) return;
      event.preventDefault();
      select(next, true);
    });
  }
  if (doc.defaultView?.location.hash === '#history') select(history, false);
  else
    requestIdleCallback(() => {
      load(false).catch((error: unknown) => console.error('Gardefou history:', error));
    });
}
