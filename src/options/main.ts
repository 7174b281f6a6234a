/**
 * The options page: working time, the user's terms as replies quote them, the reply tone and language, and
 * what Gardefou flags where; saved as typed, validated settings, with a sample reply previewing the terms.
 */
import { CATEGORIES, HOLIDAY_COUNTRIES, type HolidayCountry } from '../analysis/types.ts';
import { TONES, type Tone } from '../replies/templates/types.ts';
import { categoryMessage } from '../shared/categories.ts';
import { t, uiLang } from '../shared/i18n.ts';
import { localizePage } from '../shared/localize-page.ts';
import {
  browserTimeZone,
  parseSettings,
  REPLY_LANGUAGES,
  SETTINGS_VERSION,
  SITES,
  validateSettings,
  type ReplyLanguage,
  type Settings,
  type SettingsErrors,
} from '../shared/settings.ts';
import type { UserTemplate } from '../replies/user-templates.ts';
import { loadSettings, saveSettings } from '../shared/storage.ts';
import { byId, option } from './dom.ts';
import { sampleReply } from './sample-reply.ts';
import { setUpTemplateEditor, type TemplateEditor } from './template-editor.ts';

/** Monday first, as both English- and French-speaking freelancers in Europe and Canada plan their week. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];
const SENDER_ZONE = '';
const GUESSED_HOLIDAYS = '';

const input = (id: string): HTMLInputElement => byId<HTMLInputElement>(id);
const select = (id: string): HTMLSelectElement => byId<HTMLSelectElement>(id);

const toTime = (minutes: number): string =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
function toMinutes(value: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}

/** An empty number field is a term not set; text the browser could not read as a number is invalid (NaN). */
function numberOrNull(id: string): number | null {
  const field = input(id);
  if (field.validity.badInput) return Number.NaN;
  return field.value.trim() === '' ? null : Number(field.value);
}

function checkboxes(containerId: string, name: string, items: readonly { value: string; label: string }[]): void {
  const container = byId(containerId);
  const error = container.querySelector('.error');
  for (const { value, label } of items) {
    const wrapper = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = name;
    box.value = value;
    wrapper.append(box, ` ${label}`);
    container.insertBefore(wrapper, error);
  }
}

function buildForm(): void {
  const dayName = new Intl.DateTimeFormat(uiLang(), { weekday: 'long' });
  // 2024-01-07 was a Sunday: day d of the week is January 7 + d.
  checkboxes(
    'working-days',
    'working-day',
    WEEK.map((day) => ({ value: String(day), label: dayName.format(new Date(2024, 0, 7 + day)) })),
  );

  const zones = select('time-zone');
  const ownZone = browserTimeZone();
  if (ownZone) zones.append(option(ownZone, t('optionsTimeZoneBrowser', ownZone)));
  zones.append(option(SENDER_ZONE, t('optionsTimeZoneSender')));
  for (const zone of Intl.supportedValuesOf('timeZone')) if (zone !== ownZone) zones.append(option(zone, zone));

  const countries = select('holiday-country');
  const regionName = new Intl.DisplayNames([uiLang()], { type: 'region' });
  countries.append(option(GUESSED_HOLIDAYS, t('optionsHolidayGuess')));
  for (const country of HOLIDAY_COUNTRIES) {
    countries.append(option(country, country === 'CA-QC' ? t('holiday_CA_QC') : (regionName.of(country) ?? country)));
  }

  const currencyName = new Intl.DisplayNames([uiLang()], { type: 'currency' });
  for (const code of Intl.supportedValuesOf('currency')) {
    select('currency').append(option(code, `${code} — ${currencyName.of(code) ?? code}`));
  }
  for (const tone of TONES) select('default-tone').append(option(tone, t(`tone_${tone}`)));
  for (const language of REPLY_LANGUAGES)
    select('reply-language').append(option(language, t(`replyLanguage_${language}`)));

  checkboxes(
    'categories',
    'category',
    CATEGORIES.map((category) => ({ value: category, label: t(categoryMessage(category)) })),
  );
  checkboxes(
    'sites',
    'site',
    SITES.map((site) => ({ value: site, label: t(`site_${site}`) })),
  );
}

function setChecked(name: string, isOn: (value: string) => boolean): void {
  for (const box of document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) box.checked = isOn(box.value);
}
function checkedValues(name: string): string[] {
  return [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value);
}
const numberText = (value: number | null): string => (value === null ? '' : String(value));

function fill(settings: Settings): void {
  setChecked('working-day', (value) => settings.workingDays.includes(Number(value)));
  input('work-start').value = toTime(settings.workStartMinutes);
  input('work-end').value = toTime(settings.workEndMinutes);
  select('time-zone').value = settings.timeZone ?? SENDER_ZONE;
  select('holiday-country').value = settings.holidayCountry ?? GUESSED_HOLIDAYS;
  input('revision-rounds').value = String(settings.revisionRoundsIncluded);
  input('day-rate').value = numberText(settings.dayRate);
  input('hourly-rate').value = numberText(settings.hourlyRate);
  select('currency').value = settings.currency;
  input('rush-surcharge').value = numberText(settings.rushSurchargePercent);
  input('payment-terms').value = numberText(settings.paymentTermsDays);
  input('name').value = settings.name;
  byId<HTMLTextAreaElement>('signature').value = settings.signature;
  select('default-tone').value = settings.defaultTone;
  select('reply-language').value = settings.replyLanguage;
  setChecked('category', (value) => settings.enabledCategories[value as keyof Settings['enabledCategories']]);
  setChecked('site', (value) => settings.enabledSites[value as keyof Settings['enabledSites']]);
}

function read(replyTemplates: UserTemplate[]): Settings {
  const zone = select('time-zone').value;
  const country = select('holiday-country').value;
  const categories = checkedValues('category');
  const sites = checkedValues('site');
  return {
    version: SETTINGS_VERSION,
    workingDays: checkedValues('working-day')
      .map(Number)
      .sort((a, b) => a - b),
    workStartMinutes: toMinutes(input('work-start').value),
    workEndMinutes: toMinutes(input('work-end').value),
    timeZone: zone === SENDER_ZONE ? null : zone,
    holidayCountry: country === GUESSED_HOLIDAYS ? null : (country as HolidayCountry),
    revisionRoundsIncluded: numberOrNull('revision-rounds') ?? Number.NaN,
    dayRate: numberOrNull('day-rate'),
    hourlyRate: numberOrNull('hourly-rate'),
    currency: select('currency').value,
    rushSurchargePercent: numberOrNull('rush-surcharge'),
    paymentTermsDays: numberOrNull('payment-terms'),
    name: input('name').value.trim(),
    signature: byId<HTMLTextAreaElement>('signature').value.trim(),
    defaultTone: select('default-tone').value as Tone,
    replyLanguage: select('reply-language').value as ReplyLanguage,
    enabledCategories: Object.fromEntries(
      CATEGORIES.map((c) => [c, categories.includes(c)]),
    ) as Settings['enabledCategories'],
    enabledSites: Object.fromEntries(SITES.map((s) => [s, sites.includes(s)])) as Settings['enabledSites'],
    replyTemplates,
  };
}

/** Shows each field's message next to it and marks its control invalid for screen readers. */
function showErrors(errors: SettingsErrors): void {
  for (const node of document.querySelectorAll<HTMLElement>('.error[id^="error-"]')) {
    const key = errors[node.id.slice('error-'.length) as keyof SettingsErrors];
    node.hidden = key === undefined;
    node.textContent = key === undefined ? '' : t(key);
    for (const control of document.querySelectorAll(`[aria-describedby~="${node.id}"]`)) {
      if (key === undefined) control.removeAttribute('aria-invalid');
      else control.setAttribute('aria-invalid', 'true');
    }
  }
}

/** The sample reply with the terms as typed so far; a field still invalid shows with its saved or default value. */
function updatePreview(editor: TemplateEditor): void {
  const reply = sampleReply(parseSettings(read(editor.list())), uiLang(), new Date());
  const preview = byId('preview');
  preview.textContent = reply?.text ?? '';
  if (reply) preview.lang = reply.lang;
  editor.refresh();
}

/** Stores the user's own templates alone, over the settings as saved: the form's unsaved changes stay unsaved. */
async function saveTemplates(replyTemplates: UserTemplate[]): Promise<void> {
  await saveSettings({ ...(await loadSettings()), replyTemplates });
}

async function main(): Promise<void> {
  localizePage(document);
  buildForm();
  const saved = await loadSettings();
  fill(saved);
  const editor = setUpTemplateEditor(saved.replyTemplates, {
    settings: () => parseSettings(read(editor.list())),
    save: saveTemplates,
  });
  updatePreview(editor);
  const form = byId<HTMLFormElement>('settings');
  const status = byId('status');
  form.addEventListener('input', () => updatePreview(editor));
  form.addEventListener('change', () => updatePreview(editor));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const settings = read(editor.list());
    const errors = validateSettings(settings);
    showErrors(errors);
    if (Object.keys(errors).length > 0) {
      status.textContent = t('optionsNotSaved');
      const first = document.querySelector<HTMLElement>('[aria-invalid="true"]');
      (first?.matches('fieldset') ? first.querySelector<HTMLElement>('input') : first)?.focus();
      return;
    }
    status.textContent = '';
    saveSettings(settings)
      .then(() => (status.textContent = t('optionsSaved')))
      .catch((error: unknown) => (status.textContent = t('optionsSaveFailed', String(error))));
  });
}

main().catch((error: unknown) => console.error('Gardefou options:', error));
