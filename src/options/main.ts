/** The options page: working time and holidays, saved as typed, validated settings. */
import { HOLIDAY_COUNTRIES, type HolidayCountry } from '../analysis/types.ts';
import { t, uiLang } from '../shared/i18n.ts';
import { localizePage } from '../shared/localize-page.ts';
import { SETTINGS_VERSION, validateSettings, type Settings, type SettingsErrors } from '../shared/settings.ts';
import { loadSettings, saveSettings } from '../shared/storage.ts';

/** Monday first, as both English- and French-speaking freelancers in Europe and Canada plan their week. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];
const SENDER_ZONE = '';
const NO_HOLIDAYS = '';

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`options page is missing #${id}`);
  return node as T;
}

const toTime = (minutes: number): string =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
function toMinutes(value: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}

function option(value: string, label: string): HTMLOptionElement {
  const node = document.createElement('option');
  node.value = value;
  node.textContent = label;
  return node;
}

function buildForm(): void {
  const dayName = new Intl.DateTimeFormat(uiLang(), { weekday: 'long' });
  const days = byId('working-days');
  const error = byId('error-workingDays');
  for (const day of WEEK) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'working-day';
    box.value = String(day);
    // 2024-01-07 was a Sunday: day d of the week is January 7 + d.
    label.append(box, ` ${dayName.format(new Date(2024, 0, 7 + day))}`);
    days.insertBefore(label, error);
  }
  const zones = byId<HTMLSelectElement>('time-zone');
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  zones.append(option(SENDER_ZONE, t('optionsTimeZoneSender')), option(browserZone, browserZone));
  for (const zone of Intl.supportedValuesOf('timeZone')) if (zone !== browserZone) zones.append(option(zone, zone));
  const countries = byId<HTMLSelectElement>('holiday-country');
  const regionName = new Intl.DisplayNames([uiLang()], { type: 'region' });
  countries.append(option(NO_HOLIDAYS, t('optionsHolidayNone')));
  for (const country of HOLIDAY_COUNTRIES) {
    countries.append(option(country, country === 'CA-QC' ? t('holiday_CA_QC') : (regionName.of(country) ?? country)));
  }
}

function fill(settings: Settings): void {
  for (const box of document.querySelectorAll<HTMLInputElement>('input[name="working-day"]')) {
    box.checked = settings.workingDays.includes(Number(box.value));
  }
  byId<HTMLInputElement>('work-start').value = toTime(settings.workStartMinutes);
  byId<HTMLInputElement>('work-end').value = toTime(settings.workEndMinutes);
  byId<HTMLSelectElement>('time-zone').value = settings.timeZone ?? SENDER_ZONE;
  byId<HTMLSelectElement>('holiday-country').value = settings.holidayCountry ?? NO_HOLIDAYS;
}

function read(): Settings {
  const zone = byId<HTMLSelectElement>('time-zone').value;
  const country = byId<HTMLSelectElement>('holiday-country').value;
  return {
    version: SETTINGS_VERSION,
    workingDays: [...document.querySelectorAll<HTMLInputElement>('input[name="working-day"]:checked')]
      .map((box) => Number(box.value))
      .sort((a, b) => a - b),
    workStartMinutes: toMinutes(byId<HTMLInputElement>('work-start').value),
    workEndMinutes: toMinutes(byId<HTMLInputElement>('work-end').value),
    timeZone: zone === SENDER_ZONE ? null : zone,
    holidayCountry: country === NO_HOLIDAYS ? null : (country as HolidayCountry),
  };
}

function showErrors(errors: SettingsErrors): void {
  for (const field of ['workingDays', 'workingHours', 'timeZone', 'holidayCountry'] as const) {
    const node = byId(`error-${field}`);
    const key = errors[field];
    node.hidden = key === undefined;
    node.textContent = key === undefined ? '' : t(key);
  }
}

async function main(): Promise<void> {
  localizePage(document);
  buildForm();
  fill(await loadSettings());
  const status = byId('status');
  byId<HTMLFormElement>('settings').addEventListener('submit', (event) => {
    event.preventDefault();
    const settings = read();
    const errors = validateSettings(settings);
    showErrors(errors);
    if (Object.keys(errors).length > 0) {
      status.textContent = t('optionsNotSaved');
      return;
    }
    status.textContent = '';
    saveSettings(settings)
      .then(() => (status.textContent = t('optionsSaved')))
      .catch((error: unknown) => (status.textContent = String(error)));
  });
}

main().catch((error: unknown) => console.error('Gardefou options:', error));
