import type { RuleContext, RuleHit } from '../../rule.ts';
import { sentenceAt } from '../../sentences.ts';

/*
 * "Could you also redo our business cards?", "tu pourrais aussi refaire la mise en page de nos
 * cartes", "refresh our old brochure": redoing something the client already had, not the work
 * delivered, is new work (scope creep), not a revision round. What marks it: the client's own
 * material ("our", "nos") asked for on top ("also", "aussi", "too") or said to be old ("our old
 * brochure", "notre vieux site"); "our new logo" is the delivered one.
 */

const REDO_EN = String.raw`(?:redo|rework|refresh|revamp|overhaul|redesign|moderni[sz]e|rewrite|rebuild|re-?do|re-?design|smarten up|spruce up|give)`;
const OURS_EN = String.raw`(?:our|my)(?! (?:new|latest|revised|updated)\b)`;
const OLD_EN = String.raw`(?:old|existing|outdated|dated|tired|ancient|ageing|aging)`;

const REFAIRE_FR = String.raw`(?:refaire|reprendre|refondre|rafraichir|moderniser|relooker|depoussierer|retravailler|repenser|redesigner|rajeunir|refaites|refais|reprenez|reprends)`;
const NOS_FR = String.raw`(?:la mise en page |le design |la maquette |la charte |le graphisme |l'habillage )?(?:de |des |du |d')?(?:nos|notre|mes|mon|ma)(?! (?:nouve(?:au|lle|aux|lles)|dernier|derniere)\b)`;
const VIEUX_FR = String.raw`(?:vieux|vieil|vieille|vieilles|ancien|ancienne|anciens|anciennes|actuel|actuelle|actuels|actuelles|vetuste|date)`;

/** The patterns, per language; the scope-creep rules flag them and the revision rules leave their sentence alone. */
export const OWN_MATERIAL: Record<RuleContext['lang'], readonly RegExp[]> = {
  en: [
    new RegExp(String.raw`\b(?:also|additionally) ${REDO_EN} ${OURS_EN}(?: [a-z-]+){1,2}`),
    new RegExp(String.raw`\b${REDO_EN} ${OURS_EN} [a-z' -]{2,40}?\b(?:too|as well)\b`),
    new RegExp(String.raw`\b${REDO_EN} ${OURS_EN} (?:[a-z-]+ )?${OLD_EN}\b`),
  ],
  fr: [
    new RegExp(
      String.raw`\b(?:aussi|egalement|en plus|en meme temps) (?:nous |me )?${REFAIRE_FR} ${NOS_FR}(?: [a-z-]+){1,2}`,
    ),
    new RegExp(String.raw`\b${REFAIRE_FR} (?:aussi |egalement )?${NOS_FR} (?:[a-z-]+ )?${VIEUX_FR}\b`),
  ],
};

/** Whether the hit's sentence asks to redo the client's own material. */
export function redoesOwnMaterial(context: RuleContext, hit: RuleHit): boolean {
  const sentence = sentenceAt(context.sentences, hit.start);
  if (!sentence) return false;
  const text = context.text.slice(sentence.start, sentence.end);
  return OWN_MATERIAL[context.lang].some((p) => p.test(text));
}
