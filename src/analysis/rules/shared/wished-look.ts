import { mayMatch, prefiltered } from '../../prefilter.ts';
import type { RuleContext, RuleHit } from '../../rule.ts';
import { sentenceAt } from '../../sentences.ts';
import type { Lang } from '../../types.ts';
import { keepHit, phrases, wordsOf, type Word } from './words.ts';

/*
 * Two ways clients ask for a new look on delivered work without a change verb or a request:
 * - a hypothetical of feeling or judgment: "I'd feel better if the bird were a touch smaller", « je serais plus
 *   tranquille si le renard était un peu plus petit » (if/si, an element, were/était, a comparative, a conditional);
 * - a wish relayed with the set of delivered pieces it applies to: "my boss wants a warmer tone on every portrait",
 *   « la propriétaire voudrait un salon plus lumineux sur les photos » (wants, an element and a comparative, on a set),
 *   or on a visible part of a piece: "I'd prefer a lighter background", « on aimerait une typo plus ronde ».
 * A comparative needs something to compare with: what was delivered (a first brief has nothing to be "lighter" than).
 * What is compared must be delivered work: the weather, a price, a deadline, a team or an office compared so
 * ("I'd feel better if the deadline were later", « si le budget était plus gros ») is no revision. Folded text.
 */

/** Elements whose new size or quality is no revision of delivered work: money, time, people, places, devices. */
const NOT_WORK_EN = String.raw`(?:weather|forecast|price|prices|rate|rates|fee|fees|budget|cost|costs|quote|invoice|bill|payment|payments|deposit|discount|deadline|deadlines|timeline|schedule|turnaround|delivery|notice|meeting|meetings|call|calls|session|workshop|trip|commute|drive|journey|flight|trains?|traffic|team|staff|office|room|venue|house|flat|apartment|car|market|economy|sales|margins?|revenue|salary|rent|contract|terms|files?|attachments?|upload|download|connection|internet|wifi|laptop|screen|wait|queue|response|reply|feedback|process|hours|days|weeks?|weekend|shift|kids|children|clients?|boss|manager|audience|turnout|crowd|numbers|stock|orders?|shipment|parcel|lead time|project|shop|store|restaurant|cafe|hotel|company|business|agency|school|city|town|building|parking|station|hosting|server|road|street|world|country|government|colleague|people|employee|neighbou?r|parent|family|friend|husband|wife|guest|user|customer|brief|requirement|spec|instructions|interest)`;

/** Words in -er that compare no look, or compare a time or a price: "if the call were later". */
const NOT_COMPARATIVE_EN = String.raw`(?:other|over|under|after|newer|older|ever|never|rather|together|either|neither|whether|later|earlier|sooner|cheaper|easier|paper|number|order|offer|answer|water|poster|letter|folder|banner|cover|header|footer|flyer|sticker|proper|super|clever|member|partner|owner|customer|manager|user|winner|summer|winter|dinner|silver|corner|border|another|cheaper|dearer|pricier|costlier|busier)`;

const DEGREE_EN = String.raw`(?:(?:maybe |about |around |like |just )?(?:(?:a )?(?:(?:little |tiny |wee )?bit|little|touch|tad|shade|notch|hair|smidge|fraction|lot)|slightly|much|way|somewhat|\d{1,3} ?%) )?`;
const COMPARATIVE_EN = String.raw`(?:(?:more|less) (?!(?:than|of|time|money|people|often|work|notice|recent|current|up-to-date)\b)[a-z-]{3,}|(?!${NOT_COMPARATIVE_EN}\b)[a-z]{2,}(?:er|ier))\b(?! than\b)`;
const ELEMENT_EN = String.raw`(?:the|this|that|those|these|our|its|their|my|your|his|her) (?!(?:[a-z'-]+ ){0,2}?${NOT_WORK_EN}(?:s|es)?\b)(?:[a-z'-]+ ){1,3}?`;
const CONDITIONAL_EN = /\b(?:'d|would|might|could)\b/;

/** The set of delivered pieces a relayed wish applies to: "on all the outdoor shots", "across the whole set". */
const PIECES_EN = String.raw`(?:on|in|for|across|throughout) (?:(?:all|every|each|both|the|those|these|our|your|whole|other|of) )*(?:[a-z'-]+ ){0,2}?(?:photos?|shots?|pictures?|pics|images?|renders?|renderings?|slides?|pages?|thumbnails?|visuals?|portraits?|headshots?|illustrations?|drawings?|prints?|proofs?|edits?|versions?|mock-?ups?|banners?|posters?|labels?|set|series|frames|plates|scenes|clips|videos?|episodes?|cards?|designs?|layouts?|covers?|icons?|graphics|panels?|sketches|stills|spreads|deck|gallery|album|listing photos|assets|ads|artwork|variations)\b`;

/** "If the green were softer": run from each "if"; a conditional must stand in the same sentence. */
const HYPOTHETICAL_EN = prefiltered(
  'en/wished-look',
  new RegExp(
    String.raw`if (?<phrase>${ELEMENT_EN}(?:(?:were|was|could be|would be|might be) ${DEGREE_EN}${COMPARATIVE_EN}|(?:had|could have) (?:a |an )?${DEGREE_EN}${COMPARATIVE_EN} [a-z]{3,}))`,
    'y',
  ),
);
/** "Wants a warmer tone on every portrait", "wants the lawn greener in all the garden shots". */
const RELAYED_EN = prefiltered(
  'en/wished-look',
  new RegExp(
    String.raw`(?:wants?|wanted|like|love|prefers?|ask(?:s|ed|ing)? for|requests?|requested|insists? on|wish(?:es)?) (?<phrase>(?:(?:a|an) )?(?!(?:[a-z'-]+ ){0,3}?${NOT_WORK_EN}(?:s|es)?\b)(?:${DEGREE_EN}${COMPARATIVE_EN} (?:[a-z'-]+ ){0,2}?[a-z'-]+|(?:the|its|their|our|his|her) (?:[a-z'-]+ ){1,3}?${DEGREE_EN}${COMPARATIVE_EN}) ${PIECES_EN})`,
    'y',
  ),
);
/** Comparatives of colour and shape, wished for a named element with no set: "wants the sky a touch bluer". */
const LOOK_WISH_EN = prefiltered(
  'en/wished-look',
  new RegExp(
    String.raw`(?:wants?|wanted|like|love|prefers?) (?<phrase>(?:the|its|their|our|his|her) (?!(?:[a-z'-]+ ){0,2}?${NOT_WORK_EN}(?:s|es)?\b)(?:[a-z'-]+ ){1,2}?${DEGREE_EN}(?:bluer|greener|redder|pinker|whiter|greyer|grayer|yellower|paler|rounder|curvier|squarer|crisper|glossier|shinier|fuller|airier|looser|finer|chunkier|sharper|smoother))\b(?! than\b)`,
    'y',
  ),
);
/** Visible parts of a piece, wished otherwise with no set named: "I'd prefer a lighter background". */
const VISUAL_EN = String.raw`(?:background|font|typeface|type|lettering|logo|title|headline|heading|colou?rs?|palette|tones?|shade|hue|sky|lighting|contrast|border|frame|margins?|spacing|lines?|strokes?|outlines?|shadows?|text|captions?|icons?|image|photo|picture|crop|filter|look|finish|texture|grain|gradient|layout|illustration|drawing|style|voice|music|soundtrack|intro|ending|tagline|button|banner|cover)`;
/** "We'd like a bolder font", "he wants a bigger logo" (not "a bolder logo than our old one", a new piece). */
const VISUAL_WISH_EN = prefiltered(
  'en/wished-look',
  new RegExp(
    String.raw`(?:wants?|wanted|like|love|prefers?|ask(?:s|ed|ing)? for|requests?|requested) (?<phrase>(?:a|an) ${DEGREE_EN}${COMPARATIVE_EN} ${VISUAL_EN})\b(?! than\b)`,
    'y',
  ),
);
/** "It would look better with a darker border": run from each "with"; a conditional must stand in the sentence. */
const WITH_LOOK_EN = prefiltered(
  'en/wished-look',
  new RegExp(String.raw`with (?<phrase>(?:a|an) ${DEGREE_EN}${COMPARATIVE_EN} ${VISUAL_EN})\b(?! than\b)`, 'y'),
);

const NOT_WORK_FR = String.raw`(?:meteo|temps|prix|tarifs?|budget|cout|devis|facture|paiement|acompte|remise|delais?|deadline|planning|calendrier|reunion|rendez-vous|rdv|appel|equipe|bureau|locaux|salle|maison|appartement|voiture|marche|ventes|chiffre|salaire|loyer|contrat|fichiers?|pieces? jointes?|connexion|reseau|ordinateur|ecran|trajet|trains?|trafic|attente|reponse|retours?|horaires|journee|semaine|week-end|clients?|patron|public|enfants|commande|livraison|projet|mission|boutique|magasin|restaurant|hotel|entreprise|societe|agence|ecole|ville|immeuble|parking|gare|hebergement|serveur|route|rue|monde|pays|gouvernement|economie|collegue|gens|salarie|voisin|famille|ami|amie|invite|utilisateur|brief|cahier des charges|consigne|taux)`;
const DEGREE_FR = String.raw`(?:(?:un (?:peu|poil|chouia|brin|tantinet|soupcon)|legerement|beaucoup|bien|nettement|encore|(?:genre |environ |peut-etre )?\d{1,3} ?%) )?`;
const COMPARATIVE_FR = String.raw`(?:plus|moins) (?!(?:tard|tot|cher|chere|chers|cheres|loin|pres|souvent|recente?s?|actuelle?s?|vite|longtemps|rapidement|disponibles?|presente?s?|nombreu(?:x|ses?)|elevee?s?|de|d'|que|qu')\b)[a-z-]{3,}`;
const ELEMENT_FR = String.raw`(?:(?:le|la|les|ce|cet|cette|ces|mon|ma|mes|notre|nos|son|sa|ses|votre|vos|ton|ta|tes) |l')(?!(?:[a-z'-]+ ){0,2}?${NOT_WORK_FR}(?:s|x)?\b)(?:[a-z'-]+ ){1,3}?`;
const CONDITIONAL_FR = String.raw`(?:serai[st]?|serait|serions|seriez|seraient|sentirai[st]?|rendrai[st]?|irai[st]?|aimerai[st]?|prefererai[st]?|trouverai[st]?|plairai[st]?|ferai[st]?|vaudrai[st]?)`;
const PIECES_FR = String.raw`(?:sur|pour|dans|a) (?:(?:tou(?:te)?s|toute|tout|les|la|le|l'|l'ensemble des|chaque|ces|nos|vos|tes|ses|mes) ?)+(?:[a-z'-]+ ){0,2}?(?:series?|galerie|album|reportage|shooting|photos?|images?|visuels?|vignettes?|rendus?|planches?|illustrations?|dessins?|affiches?|diapos?|slides?|pages?|portraits?|cliches?|prises de vue|epreuves?|maquettes?|bannieres?|etiquettes?|cartes?|videos?|sequences?|montages?|versions?|declinaisons?|tirages?|couvertures?|icones?|pictos?|croquis|esquisses?|vues?|mockups?|annonces?|publications?|posts?|stories|reels?)\b`;
/** Parties visibles d'une pièce, souhaitées autrement sans série nommée : « une typo plus ronde ». */
const VISUAL_FR = String.raw`(?:fond|arriere-plan|police|typo|typographie|lettrage|logo|titre|couleurs?|palette|teinte|tons?|ciel|lumiere|eclairage|contraste|bordure|cadre|marges?|interligne|traits?|contours?|ombres?|texte|legendes?|icones?|image|photo|cadrage|filtre|finition|texture|grain|degrade|mise en page|illustration|dessin|style|voix|musique|intro|montage|visuel|slogan|bouton|bandeau|couverture)`;
const DESIRE_FR = String.raw`(?:veut|veulent|voudrai[st]?|voudrait|voudrions|voudraient|aimerai[st]?|aimerait|aimerions|aimeraient|souhaite|souhaitent|souhaiterai[st]?|prefere|preferent|prefererai[st]?|demande|demandent|reclame|reclament|exige|exigent)\b`;

/** « Si le bleu était plus doux » : lancé à chaque « si » ; un conditionnel doit se trouver dans la phrase. */
const HYPOTHETICAL_FR = prefiltered(
  'fr/wished-look',
  new RegExp(
    String.raw`si (?<phrase>${ELEMENT_FR}(?:(?:etait|etaient|pouvait etre|pouvaient etre) ${DEGREE_FR}${COMPARATIVE_FR}|(?:avait|avaient) ${DEGREE_FR}(?:plus|moins) d(?:e |')[a-z]{3,}))`,
    'y',
  ),
);
/** « Veut un fond plus sombre sur toutes les affiches », « voudrait un logo un peu plus discret ». */
const RELAYED_FR = prefiltered(
  'fr/wished-look',
  new RegExp(
    String.raw`${DESIRE_FR} (?<phrase>(?:(?:un|une|des|le|la|les) |l')(?!(?:[a-z'-]+ ){0,2}?${NOT_WORK_FR}(?:s|x)?\b)(?:[a-z'-]+ ){1,2}?${DEGREE_FR}${COMPARATIVE_FR} ${PIECES_FR})`,
    'y',
  ),
);
/** « Veut le ciel plus bleu » : une couleur ou une forme, pour un élément nommé sans série. */
const LOOK_WISH_FR = prefiltered(
  'fr/wished-look',
  new RegExp(
    String.raw`${DESIRE_FR} (?<phrase>(?:(?:le|la|les) |l')(?!(?:[a-z'-]+ ){0,2}?${NOT_WORK_FR}(?:s|x)?\b)(?:[a-z'-]+ ){1,2}?${DEGREE_FR}(?:plus|moins) (?:bleue?s?|verte?s?|rouges?|jaunes?|roses?|violette?s?|grise?s?|noire?s?|blanche?s?|blancs?|doree?s?|pastels?|saturee?s?|contrastee?s?|ronde?s?|arrondie?s?|grasse?s?|aeree?s?))\b`,
    'y',
  ),
);
const VISUAL_WISH_FR = prefiltered(
  'fr/wished-look',
  new RegExp(String.raw`${DESIRE_FR} (?<phrase>(?:un|une|des) ${VISUAL_FR} ${DEGREE_FR}${COMPARATIVE_FR})`, 'y'),
);
/** « Ce serait mieux avec un titre plus gros » : lancé à chaque « avec », avec un conditionnel dans la phrase. */
const WITH_LOOK_FR = prefiltered(
  'fr/wished-look',
  new RegExp(String.raw`avec (?<phrase>(?:un|une|des) ${VISUAL_FR} ${DEGREE_FR}${COMPARATIVE_FR})`, 'y'),
);

interface Trigger {
  patterns: readonly RegExp[];
  /** What must stand in the sentence too, if anything: a conditional. */
  needs: RegExp | null;
}

/** Each trigger word and what it may open, per language. */
function triggers(entries: readonly [string, Trigger][]): ReadonlyMap<string, Trigger> {
  return new Map(entries.flatMap(([words, trigger]) => phrases(words).map((word) => [word, trigger] as const)));
}
const TRIGGERS: Record<Lang, ReadonlyMap<string, Trigger>> = {
  en: triggers([
    ['if', { patterns: [HYPOTHETICAL_EN], needs: CONDITIONAL_EN }],
    ['with', { patterns: [WITH_LOOK_EN], needs: CONDITIONAL_EN }],
    [
      'want, wants, wanted, like, love, prefer, prefers, ask, asks, asked, asking, request, requests, requested, insist, insists, wish, wishes',
      { patterns: [RELAYED_EN, VISUAL_WISH_EN, LOOK_WISH_EN], needs: null },
    ],
  ]),
  fr: triggers([
    ['si', { patterns: [HYPOTHETICAL_FR], needs: new RegExp(String.raw`\b${CONDITIONAL_FR}\b`) }],
    ['avec', { patterns: [WITH_LOOK_FR], needs: new RegExp(String.raw`\b${CONDITIONAL_FR}\b`) }],
    [
      'veut, veulent, voudrais, voudrait, voudrions, voudraient, aimerais, aimerait, aimerions, aimeraient, souhaite, souhaitent, souhaiterais, souhaiterait, prefere, preferent, prefererais, prefererait, demande, demandent, reclame, reclament, exige, exigent',
      { patterns: [RELAYED_FR, VISUAL_WISH_FR, LOOK_WISH_FR], needs: null },
    ],
  ]),
};
/** "Like" and "love" wish only after "'d" or "would": "looks like a bigger version" is no wish. */
const WISH_ONLY_AFTER_WOULD = new Set(['like', 'love']);

/** The first wished look opened by `words[i]`, if any. */
function lookAt(context: RuleContext, words: readonly Word[], i: number): RuleHit | null {
  const word = words[i] as Word;
  const trigger = TRIGGERS[context.lang].get(word.text);
  if (!trigger) return null;
  const before = words[i - 1]?.text ?? '';
  if (WISH_ONLY_AFTER_WOULD.has(word.text) && before !== 'would' && !before.endsWith("'d")) return null;
  for (const pattern of trigger.patterns) {
    if (!mayMatch(context, pattern)) continue;
    pattern.lastIndex = word.start;
    const match = pattern.exec(context.text);
    const phrase = match?.groups?.['phrase'];
    if (!match || phrase === undefined) continue;
    const start = match.index + match[0].indexOf(phrase);
    const hit = { start, end: start + phrase.length };
    const sentence = sentenceAt(context.sentences, start);
    if (!trigger.needs || (sentence && trigger.needs.test(context.text.slice(sentence.start, sentence.end))))
      return hit;
  }
  return null;
}

/**
 * The wished looks in the newest message that no exception of `unless` (nor a negation) silences. The words are
 * walked once (shared/words.ts): each pattern runs anchored where its first word stands, not at every position.
 */
export function wishedLooks(context: RuleContext, unless: readonly RegExp[]): RuleHit[] {
  const words = wordsOf(context);
  const hits: RuleHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = lookAt(context, words, i);
    if (hit && keepHit(context, hit, unless)) hits.push(hit);
  }
  return hits;
}
