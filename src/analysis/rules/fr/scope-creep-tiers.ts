import { phraseRule } from '../../phrase-rule.ts';

/*
 * Un proche ou une autre équipe veut aussi du travail : « ma sœur aimerait que tu fasses sa cuisine »,
 * « mon associé voudrait que vous lui fassiez un logo », « le service compta voudrait la même, tu peux
 * leur en faire une ? ». C'est une nouvelle mission pour quelqu'un d'autre. Une rencontre, un appel ou
 * un envoi reste calme ; un proche qui demande un devis est un nouveau client.
 */
const TIERS = String.raw`(?:(?:ma|mon|notre|nos)\s+(?:\w+\s+)?(?:soeur|frere|mere|pere|maman|papa|fille|fils|mari|femme|epouse|epoux|conjointe?|compagne|compagnon|copine|copain|chum|blonde|amie?|meilleure? amie?|voisine?|cousine?|tante|oncle|belle-soeur|beau-frere|beaux-parents|belle-mere|beau-pere|associee?|collegue|coloc|colocataire)|une? (?:amie?|collegue|voisine?) a (?:moi|nous)|une? de mes (?:amie?s|collegues|voisine?s)|le service (?:compta|comptabilite|commercial|marketing|rh|juridique|communication|com|informatique|achats|technique)|l'equipe (?:commerciale|marketing|com|rh|d'a cote|du dessus|voisine|technique)|l'autre (?:service|agence|boutique|magasin|equipe|filiale|succursale))`;
const VEUT = String.raw`(?:aimerait|voudrait|adorerait|veut|souhaiterait|souhaite|a demande|demande|se demandait|se demande|aurait besoin|a besoin|serait ravie?|serait partante?|reve|revait)(?:\s+(?:bien|beaucoup|tellement|aussi|egalement))?`;
const FASSES = String.raw`(?:fasses|fassiez|refasses|refassiez|t'occupes|vous occupiez|realises|realisiez|concoives|concoiviez|dessines|dessiniez|crees|creiez|amenages|amenagiez|reamenages|reamenagiez|decores|decoriez|peignes|peigniez|repeignes|repeigniez|traduises|traduisiez|photographies|photographiiez|montes|montiez|ecrives|ecriviez|rediges|redigiez|prennes en charge|preniez en charge|geres|geriez|construises|construisiez|relookes|relookiez|renoves|renoviez|refaites|developpes|developpiez|codes|codiez)`;
const FAIRE = String.raw`(?:faire|refaire|creer|dessiner|concevoir|realiser|preparer|monter|amenager|decorer|peindre|traduire|rediger|ecrire|photographier|construire|coder|developper)`;

/** L'autre branche d'une famille : « la lignée paternelle », « le côté de ma mère », « les ancêtres de mon mari ». */
const PROCHE = String.raw`(?:mon|ma|notre) (?:\w+ )?(?:mari|femme|epouse|epoux|conjointe?|pere|mere|papa|maman|grand-pere|grand-mere|grand-papa|grand-maman|compagne|compagnon|beau-pere|belle-mere|soeur|frere)`;
const LIGNEE = String.raw`(?:(?:branche|lignee|cote|famille|ascendance|genealogie|arbre|ligne)s? (?:paternel|maternel)(?:le)?s?|(?:branche|lignee|cote|famille|ascendance|genealogie|arbre|ancetres|aieux|origines|ligne)s? (?:de|du cote de) ${PROCHE}|l'autre (?:branche|cote|moitie|lignee))`;

export default phraseRule({
  id: 'scope-creep/tiers',
  category: 'scope_creep',
  lang: 'fr',
  confidence: 0.7,
  reason: {
    en: 'Someone else (a relative, a friend, another team) wants work from you too: that is a new job for a new client, to quote on its own.',
    fr: 'Quelqu’un d’autre (un proche, un ami, une autre équipe) veut aussi du travail de votre part : c’est une nouvelle mission pour un nouveau client, à chiffrer à part.',
  },
  cue: /\b(?:ma|mon|notre|nos|une amie?|un ami|une? collegue|une? voisine?|une? de mes|le service|l'equipe|l'autre|paternel(?:le)?|maternel(?:le)?)\b/,
  patterns: [
    // « ma sœur aimerait que tu fasses aussi sa cuisine », « mon voisin veut que tu lui fasses la même »
    new RegExp(
      String.raw`\b${TIERS}\s+(?:[\w']+\s+){0,4}?${VEUT}\s+(?:bien\s+)?(?:que|qu')\s*(?:tu|vous)\s+(?:lui\s+|leur\s+)?(?:aussi\s+|egalement\s+)?${FASSES}\b`,
    ),
    // « le service compta voudrait la même présentation, tu peux leur en faire une ? »
    new RegExp(
      String.raw`\b${TIERS}\s+(?:[\w']+\s+){0,4}?${VEUT}\b[^.?!\n]{0,60}?\b(?:tu|vous)\s+(?:peux|pourrais|pouvez|pourriez|pourras|pourrez)\s+(?:aussi\s+|egalement\s+)?(?:lui|leur)\s+(?:en\s+)?${FAIRE}\b`,
    ),
    // « ma belle-sœur se demandait si vous pourriez lui refaire son site »
    new RegExp(
      String.raw`\b${TIERS}\s+(?:[\w']+\s+){0,4}?${VEUT}\s+si\s+(?:tu|vous)\s+(?:pourrais|pourriez|peux|pouvez|pourras|pourrez)\s+(?:aussi\s+|egalement\s+)?(?:lui|leur)\s+(?:en\s+)?${FAIRE}\b`,
    ),
    // « Vous pourriez également remonter le côté maternel ? » : le même travail, étendu à une autre branche.
    new RegExp(
      String.raw`\b(?:pourrais|pourriez|peux|pouvez|pourras|pourrez|que (?:tu|vous)|si (?:tu|vous)|aimerais|aimerions|voudrais|voudrions|serait)\b[^.?!\n]{0,50}?\b(?:aussi|egalement|en plus)\b[^.?!\n]{0,40}?\b${LIGNEE}`,
    ),
  ],
  unless: [
    /\b(?:devis|tarifs?|prix|combien|chiffr\w*|te contacter|vous contacter|t'appeler|vous appeler|tes coordonnees|vos coordonnees|ton numero|votre numero)\b/,
    /\b(?:merci|a adore|a beaucoup aime|adore (?:sa|son|ses|le|la|les))\b/,
    /\b(?:facture|virement|paiement|contrat)\b/,
  ],
  examples: {
    fires: [
      'Ma belle-sœur aimerait que tu fasses aussi sa véranda.',
      'Mon associée voudrait que vous lui dessiniez un logo pour sa boîte.',
      'Une amie à moi adorerait que tu refasses sa chambre pareil.',
      "L'équipe commerciale voudrait la même plaquette, tu peux leur en faire une ?",
      'Mon voisin veut que tu lui construises la même pergola, tu pourrais le caser ?',
      'Ma cousine se demandait si vous pourriez lui traduire son mémoire.',
      'Vous pourriez également remonter le côté maternel ?',
      'Ce serait bien que vous recherchiez aussi les ancêtres de mon mari.',
      'Et si tu remontais aussi le côté de ma mère ?',
    ],
    quiet: [
      'Ma sœur a adoré sa cuisine, merci encore !',
      'Mon associé vous enverra le contrat demain.',
      'Ma sœur aimerait que tu viennes au vernissage samedi.',
      'Une amie à moi aimerait que tu lui fasses un devis pour sa salle de bain, je lui ai donné ton numéro.',
      'Le service compta voudrait que vous refassiez la facture au bon nom.',
      'La branche maternelle est aussi très bien documentée, merci !',
    ],
  },
});
