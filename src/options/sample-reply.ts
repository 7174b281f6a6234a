/**
 * The sample emails the options page answers to preview the user's terms and their own templates: made-up
 * analyses (not runs of the detector, whose rules change). The general sample asks for urgency, one more
 * revision round, a lower price and weekend work, so the rush surcharge, revision rounds, rates, payment terms
 * and next slot all show; a template's preview answers a request of its category alone.
 */
import type { Register } from '../analysis/register.ts';
import type { Analysis, Category, EmailInput, Lang } from '../analysis/types.ts';
import { composeReplies, userSlotValues, type Reply } from '../replies/compose.ts';
import type { UserSlot, UserTemplate } from '../replies/user-templates.ts';
import { toReplyOptions, toReplyTerms, type Settings } from '../shared/settings.ts';

const SAMPLE: Record<Lang, { from: string; text: string; phrases: Record<Category, string> }> = {
  en: {
    from: 'Sam Taylor <sam@example.com>',
    text: 'Hi, could we get the new version asap, over the weekend if needed? One more round of changes and a better price would help. Thanks!',
    phrases: {
      urgency: 'asap',
      off_hours: 'over the weekend',
      extra_revisions: 'One more round of changes',
      rate_pressure: 'a better price',
      scope_creep: "while you're at it, could you also do the flyer",
      availability_control: 'be on Slack from 9 to 7',
    },
  },
  fr: {
    from: 'Claire Dubois <claire@example.fr>',
    text: "Bonjour, pourriez-vous nous envoyer la nouvelle version au plus vite, ce week-end s'il le faut ? Encore une série de modifications et un geste sur le prix nous arrangeraient. Merci !",
    phrases: {
      urgency: 'au plus vite',
      off_hours: 'ce week-end',
      extra_revisions: 'Encore une série de modifications',
      rate_pressure: 'un geste sur le prix',
      scope_creep: 'pendant que vous y êtes, le flyer aussi',
      availability_control: 'être joignable de 9h à 19h',
    },
  },
};

/** What the general sample asks for. */
const SAMPLE_CATEGORIES: readonly Category[] = ['urgency', 'off_hours', 'extra_revisions', 'rate_pressure'];

function sampleAnalysis(lang: Lang, categories: readonly Category[], register: Register): Analysis {
  const { text, phrases } = SAMPLE[lang];
  const findings = categories.map((category) => {
    const phrase = phrases[category];
    const start = Math.max(0, text.indexOf(phrase));
    return {
      category,
      rule: `sample/${category}`,
      reason: { en: '', fr: '' },
      text: phrase,
      start,
      end: start + phrase.length,
      confidence: 1,
    };
  });
  return {
    status: 'analyzed',
    lang,
    register: lang === 'fr' ? register : null,
    newest: { start: 0, end: text.length, text },
    aside: [],
    findings,
    categories: [...new Set(findings.map((f) => f.category))],
    deadlines: [],
  };
}

const sampleEmail = (lang: Lang, now: Date): EmailInput => ({
  from: SAMPLE[lang].from,
  body: SAMPLE[lang].text,
  sentAt: now.toISOString(),
});

/** The sample reply in the default tone, in the reply language (the UI's when replies match the email). */
export function sampleReply(settings: Settings, uiLang: Lang, now: Date): Reply | null {
  const lang = settings.replyLanguage === 'match' ? uiLang : settings.replyLanguage;
  const analysis = sampleAnalysis(lang, SAMPLE_CATEGORIES, 'vous');
  const replies = composeReplies(
    analysis,
    sampleEmail(lang, now),
    toReplyTerms(settings),
    toReplyOptions(settings, now),
  );
  return replies.find((reply) => reply.tone === settings.defaultTone) ?? null;
}

export interface TemplatePreview {
  /** The sample reply in the template's tone, paragraph by paragraph; `own` marks the template's. */
  paragraphs: { text: string; own: boolean }[];
  lang: Lang;
  /** What each placeholder says in this sample; undefined when it has no value (a term not set). */
  values: Record<UserSlot, string | undefined>;
}

/**
 * The reply to a sample request of the template's category, in its language, register and tone, with
 * `template` standing in for any saved template of the same kind. A paragraph that the template changed is
 * marked as its own; none is when the template cannot be used (invalid, or a placeholder without a value).
 */
export function templatePreview(settings: Settings, template: UserTemplate, now: Date): TemplatePreview {
  const { lang, register, tone, category } = template;
  const analysis = sampleAnalysis(lang, [category], register ?? 'vous');
  const email = sampleEmail(lang, now);
  const terms = toReplyTerms(settings);
  const others = settings.replyTemplates.filter(
    (t) => t.id !== template.id && !(t.category === category && t.lang === lang && t.tone === tone),
  );
  const options = { ...toReplyOptions(settings, now), language: lang };
  const reply = (userTemplates: UserTemplate[]): string[] =>
    (composeReplies(analysis, email, terms, { ...options, userTemplates }).find((r) => r.tone === tone)?.text ?? '')
      .split('\n\n')
      .filter((p) => p !== '');
  const without = new Set(reply(others));
  return {
    paragraphs: reply([...others, template]).map((text) => ({ text, own: !without.has(text) })),
    lang,
    values: userSlotValues(analysis, email, terms, options),
  };
}
