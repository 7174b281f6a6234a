import { perMessage, type Rule } from '../../rule.ts';
import { newestText } from './newest.ts';

/*
 * Corrections asked on a printer's proofs are the job in hand (checking what the printer sends), not another round on
 * work the freelancer delivered: "the proofs come back from the printer on Friday; they want corrections by Monday",
 * « les épreuves de l'imprimeur arrivent jeudi, il veut les corrections pour lundi ». When the message names the
 * freelancer's own delivered files, the printer's proofs are of that work and changes on them stay a revision.
 */
const PRINTERS_PROOFS =
  /\b(?:printer'?s?|print shop|imprimeur|imprimerie)\b[^]{0,160}?\b(?:proofs?|epreuves?)\b|\b(?:proofs?|epreuves?)\b[^]{0,160}?\b(?:printer|print shop|imprimeur|imprimerie)\b|\bpar (?:l'|le |la )(?:imprimeur|imprimerie)\b|\bprinter (?:wants|asks|needs|requires)\b/;
const OWN_WORK =
  /\b(?:you|u) (?:sent|delivered|designed|made|did)\b|\byour (?:design|artwork|files?|layout|pdf|mock-?up)\b|\b(?:que (?:tu|vous) (?:nous )?(?:as|avez) (?:envoye|livre|fait|concu)|(?:ta|votre|ton) (?:maquette|mise en page|fichier|pdf|creation))\b/;
/** Bare corrections or changes, with no piece of work named: what a printer's proofs call for. */
const BARE_CHANGES =
  /^(?:[a-z' ]+ )?(?:corrections|changes|edits|amends|retouches|modifs?|modifications)(?: [a-z]+){0,2}$/;

/** Whether the newest message is about a printer's proofs of work that is not the freelancer's own. */
const aboutPrintersProofs = perMessage((context) => {
  const text = newestText(context);
  return PRINTERS_PROOFS.test(text) && !OWN_WORK.test(text);
});

/** `rule`, without its bare "corrections wanted" hits in a message about a printer's proofs of other work. */
export function besidePrintersProofs(rule: Rule): Rule {
  return {
    ...rule,
    find: (context) => {
      const hits = rule.find(context);
      if (hits.length === 0 || !aboutPrintersProofs(context)) return hits;
      return hits.filter((hit) => !BARE_CHANGES.test(context.text.slice(hit.start, hit.end)));
    },
  };
}
