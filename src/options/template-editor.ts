/**
 * The options page's editor of the user's own reply paragraphs: a list with Edit and Remove, and a form to add
 * or edit one — category, language, tu or vous for French, tone, text — that names what is wrong in words,
 * lists the placeholders with what each says with the user's terms, and previews the whole sample reply with
 * the paragraph marked. Saved on its own, straight away, apart from the settings form: only the stored
 * `replyTemplates` change. Escape closes the form without saving and gives the focus back.
 * The user's text only ever goes in through `textContent` and `value`.
 */
import type { Register } from '../analysis/register.ts';
import { CATEGORIES, type Category, type Lang } from '../analysis/types.ts';
import { TONES, type Tone } from '../replies/templates/types.ts';
import {
  registerSlip,
  templateProblems,
  textProblems,
  unfilledSlots,
  USER_SLOTS,
  type TemplateProblem,
  type UserSlot,
  type UserTemplate,
} from '../replies/user-templates.ts';
import { categoryMessage } from '../shared/categories.ts';
import { t, uiLang } from '../shared/i18n.ts';
import type { Settings } from '../shared/settings.ts';
import { byId, option } from './dom.ts';
import { templatePreview } from './sample-reply.ts';

export interface TemplateEditorHost {
  /** The settings as the page stands (terms as typed so far), for the preview. */
  settings(): Settings;
  /** Stores the templates; rejects when storage fails. */
  save(templates: UserTemplate[]): Promise<void>;
}

export interface TemplateEditor {
  /** The templates as saved. */
  list(): UserTemplate[];
  /** Fills the preview and the placeholder values again, after the terms changed. */
  refresh(): void;
}

const LANGS: readonly Lang[] = ['en', 'fr'];

/** "Urgency, French, vous, Warm": what a template answers, for its list item and its buttons' labels. */
function describe(template: UserTemplate): string {
  return [
    t(categoryMessage(template.category)),
    t(`lang_${template.lang}`),
    ...(template.register ? [template.register] : []),
    t(`tone_${template.tone}`),
  ].join(', ');
}

const problemText = (problem: TemplateProblem): string => t(problem.key, 'args' in problem ? problem.args : undefined);

function button(label: string, className: string, ariaLabel?: string): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = className;
  node.textContent = label;
  if (ariaLabel) node.setAttribute('aria-label', ariaLabel);
  return node;
}

/** Shows `messages` in the error paragraph `error` and marks `controls` invalid, or clears both. */
function showError(error: HTMLElement, controls: readonly HTMLElement[], messages: readonly string[]): void {
  error.hidden = messages.length === 0;
  error.textContent = messages.join(' ');
  for (const control of controls) {
    if (messages.length > 0) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  }
}

export function setUpTemplateEditor(initial: readonly UserTemplate[], host: TemplateEditorHost): TemplateEditor {
  let templates = [...initial];
  /** The template being edited (a new id when adding) and the control to give the focus back to; null: closed. */
  let editing: { id: string; opener: HTMLElement } | null = null;
  /** Problems show as the user types once a save has failed, not while a first draft takes shape. */
  let tried = false;

  const form = byId<HTMLFormElement>('template-editor');
  const list = byId<HTMLUListElement>('template-list');
  const add = byId<HTMLButtonElement>('template-add');
  const status = byId('templates-status');
  const category = byId<HTMLSelectElement>('template-category');
  const lang = byId<HTMLSelectElement>('template-lang');
  const register = byId<HTMLSelectElement>('template-register');
  const tone = byId<HTMLSelectElement>('template-tone');
  const text = byId<HTMLTextAreaElement>('template-text');
  const preview = byId('template-preview');
  const note = byId('template-note');
  const kindSelects = [category, lang, register, tone];

  for (const c of CATEGORIES) category.append(option(c, t(categoryMessage(c))));
  for (const l of LANGS) lang.append(option(l, t(`lang_${l}`)));
  for (const to of TONES) tone.append(option(to, t(`tone_${to}`)));

  // One row per placeholder: a button that inserts it at the cursor, what it stands for, what it says now.
  const slotValues = new Map<UserSlot, HTMLElement>();
  byId('template-slots').append(
    ...USER_SLOTS.map((slot) => {
      const item = document.createElement('li');
      const insert = button(`{${slot}}`, 'slot');
      insert.addEventListener('click', () => {
        text.focus();
        text.setRangeText(`{${slot}}`, text.selectionStart, text.selectionEnd, 'end');
        text.dispatchEvent(new Event('input', { bubbles: true }));
      });
      const value = document.createElement('span');
      value.className = 'slot-value';
      slotValues.set(slot, value);
      item.append(insert, ` ${t(`slot_${slot}`)} — `, value);
      return item;
    }),
  );

  function candidate(): UserTemplate {
    const l = lang.value as Lang;
    return {
      id: editing?.id ?? '',
      category: category.value as Category,
      lang: l,
      register: l === 'fr' ? (register.value as Register) : null,
      tone: tone.value as Tone,
      text: text.value,
    };
  }

  function showProblems(problems: readonly TemplateProblem[]): void {
    const duplicate = problems.filter((p) => p.key === 'templateErrorDuplicate');
    const ofText = problems.filter((p) => p.key !== 'templateErrorDuplicate');
    showError(byId('template-error-text'), [text], ofText.map(problemText));
    showError(byId('template-error-duplicate'), kindSelects, duplicate.map(problemText));
  }

  function refresh(): void {
    if (form.hidden) return;
    const draft = candidate();
    byId('template-register-row').hidden = draft.lang !== 'fr';
    const shown = templatePreview(host.settings(), draft, new Date());
    preview.lang = shown.lang;
    preview.replaceChildren();
    shown.paragraphs.forEach((paragraph, i) => {
      if (i > 0) preview.append('\n\n');
      if (!paragraph.own) return preview.append(paragraph.text);
      const mark = document.createElement('mark');
      mark.textContent = paragraph.text;
      preview.append(mark);
    });
    for (const [slot, node] of slotValues) {
      const value = shown.values[slot];
      node.textContent = value === undefined ? t('templatesSlotNotSet') : `“${value}”`;
      node.lang = value === undefined ? uiLang() : shown.lang;
      node.classList.toggle('not-set', value === undefined);
    }
    const unset = unfilledSlots(draft.text, shown.values);
    const slip = registerSlip(draft);
    const notes =
      draft.text.trim() === ''
        ? []
        : [
            textProblems(draft.text).length > 0
              ? t('templatesPreviewInvalid')
              : unset.length > 0
                ? t('templatesPreviewUnset', unset.map((slot) => `{${slot}}`).join(', '))
                : '',
            slip === null ? '' : t('templatesRegisterSlip', [slip, draft.register ?? '']),
          ];
    note.textContent = notes.filter((n) => n !== '').join(' ');
    if (tried) showProblems(templateProblems(draft, templates));
  }

  function renderList(): void {
    list.replaceChildren(
      ...templates.map((template) => {
        const item = document.createElement('li');
        item.dataset.testid = 'user-template';
        item.dataset.id = template.id;
        const what = describe(template);
        const title = document.createElement('strong');
        title.textContent = what;
        const body = document.createElement('p');
        body.className = 'template-text';
        body.lang = template.lang;
        body.textContent = template.text;
        const edit = button(t('templatesEdit'), 'edit', t('templatesEditLabel', what));
        edit.addEventListener('click', () => open(template, edit));
        const remove = button(t('templatesRemove'), 'remove', t('templatesRemoveLabel', what));
        remove.addEventListener('click', () => void removeTemplate(template));
        item.append(title, body, edit, ' ', remove);
        return item;
      }),
    );
    byId('templates-none').hidden = templates.length > 0;
  }

  function open(template: UserTemplate | null, opener: HTMLElement): void {
    editing = { id: template?.id ?? crypto.randomUUID(), opener };
    tried = false;
    showProblems([]);
    status.textContent = '';
    byId('template-editor-title').textContent = t(template ? 'templatesEditTitle' : 'templatesNew');
    category.value = template?.category ?? CATEGORIES[0];
    lang.value = template?.lang ?? uiLang();
    register.value = template?.register ?? 'vous';
    tone.value = template?.tone ?? host.settings().defaultTone;
    text.value = template?.text ?? '';
    form.hidden = false;
    refresh();
    (template ? text : category).focus();
  }

  /** Closes the form; the focus goes back where the user opened it from, or to `focus`. */
  function close(focus?: HTMLElement | null): void {
    const opener = editing?.opener;
    editing = null;
    form.hidden = true;
    (focus ?? (opener?.isConnected ? opener : add)).focus();
  }

  async function store(next: UserTemplate[], done: string): Promise<boolean> {
    try {
      await host.save(next);
    } catch (error) {
      status.textContent = t('optionsSaveFailed', String(error));
      return false;
    }
    templates = next;
    renderList();
    status.textContent = t(done);
    return true;
  }

  async function removeTemplate(template: UserTemplate): Promise<void> {
    const index = templates.indexOf(template);
    if (
      !(await store(
        templates.filter((other) => other.id !== template.id),
        'templatesRemoved',
      ))
    )
      return;
    const neighbour = list.children[Math.min(index, templates.length - 1)];
    const focus = neighbour?.querySelector<HTMLElement>('button.remove') ?? add;
    if (editing?.id === template.id) close(focus);
    else focus.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const draft = candidate();
    const problems = templateProblems(draft, templates);
    tried = true;
    showProblems(problems);
    if (problems.length > 0) {
      status.textContent = t('templatesNotSaved');
      (problems.some((p) => p.key !== 'templateErrorDuplicate') ? text : category).focus();
      return;
    }
    const next = templates.some((other) => other.id === draft.id)
      ? templates.map((other) => (other.id === draft.id ? draft : other))
      : [...templates, draft];
    void store(next, 'templatesSaved').then((saved) => {
      if (!saved) return;
      close(list.querySelector<HTMLElement>(`[data-id="${CSS.escape(draft.id)}"] button.edit`));
    });
  });
  form.addEventListener('input', refresh);
  form.addEventListener('change', refresh);
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  });
  byId('template-cancel').addEventListener('click', () => close());
  add.addEventListener('click', () => open(null, add));
  renderList();

  return { list: () => templates, refresh };
}
