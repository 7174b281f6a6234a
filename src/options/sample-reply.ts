/**
 * The sample email the options page answers to preview the user's terms: a made-up analysis (not a run of the
 * detector, whose rules change) asking for urgency, one more revision round, a lower price and weekend work,
 * so the rush surcharge, revision rounds, rates, payment terms and next slot all show.
 */
import type { Analysis, Category, EmailInput, Lang } from '../analysis/types.ts';
import { composeReplies, type Reply } from '../replies/compose.ts';
import { toReplyOptions, toReplyTerms, type Settings } from '../shared/settings.ts';

const SAMPLE: Record<Lang, { from: string; text: string; phrases: Record<Category, string | null> }> = {
  en: {
    from: 'Sam Taylor <sam@example.com>',
    text: 'Hi, could we get the new version asap, over the weekend if needed? One more round of changes and a better price would help. Thanks!',
    phrases: {
      urgency: 'asap',
      off_hours: 'over the weekend',
      extra_revisions: 'One more round of changes',
      rate_pressure: 'a better price',
      scope_creep: null,
      availability_control: null,
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
      scope_creep: null,
      availability_control: null,
    },
  },
};

function sampleAnalysis(lang: Lang): Analysis {
  const { text, phrases } = SAMPLE[lang];
  const findings = Object.entries(phrases).flatMap(([category, phrase]) => {
    if (phrase === null) return [];
    const start = text.indexOf(phrase);
    return [
      {
        category: category as Category,
        rule: `sample/${category}`,
        reason: { en: '', fr: '' },
        text: phrase,
        start,
        end: start + phrase.length,
        confidence: 1,
      },
    ];
  });
  return {
    status: 'analyzed',
    lang,
    register: lang === 'fr' ? 'vous' : null,
    newest: { start: 0, end: text.length, text },
    aside: [],
    findings,
    categories: [...new Set(findings.map((f) => f.category))],
    deadlines: [],
  };
}

/** The sample reply in the default tone, in the reply language (the UI's when replies match the email). */
export function sampleReply(settings: Settings, uiLang: Lang, now: Date): Reply | null {
  const lang = settings.replyLanguage === 'match' ? uiLang : settings.replyLanguage;
  const email: EmailInput = { from: SAMPLE[lang].from, body: SAMPLE[lang].text, sentAt: now.toISOString() };
  const replies = composeReplies(sampleAnalysis(lang), email, toReplyTerms(settings), toReplyOptions(settings, now));
  return replies.find((reply) => reply.tone === settings.defaultTone) ?? null;
}
