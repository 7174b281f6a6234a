import { phraseRule } from '../../phrase-rule.ts';
import { MATCH_COMPETITOR_REASON } from '../shared/rate-reasons.ts';
import { withSentenceCues } from '../shared/sentence-cues.ts';

/**
 * Demande de s'aligner sur un concurrent moins cher : « s'aligner », « suivre », « faire pareil », avec un autre
 * prestataire nommé dans la phrase ou juste avant (« une agence nous fait 20 % de moins, vous pouvez suivre ? »).
 */
export default withSentenceCues(
  phraseRule({
    id: 'rate-pressure/s-aligner',
    category: 'rate_pressure',
    lang: 'fr',
    confidence: 0.8,
    reason: MATCH_COMPETITOR_REASON,
    cue: /align|suiv|suis|pareil|meme|egal|rivaliser|faire mieux|faire autant|comme|rapproch|approch|effort|dans ce sens|en ce sens|marge|souplesse/,
    patterns: [
      /\b(?:vous|t'|te|s')\s*align\w*\b/,
      /\b(?:pouvez|peux|pourriez|pourrais|pouvez-vous|peux-tu|pourriez-vous|pourrais-tu|possible de|envie de|capable de|arrive[zs]? a|arriveriez a|arriverais a)\s+(?:\w+\s+)?(?:suivre|faire pareil|faire de meme|faire autant|faire mieux|faire la meme chose|egaler|rivaliser)\b/,
      /\b(?:suivre|suis|suivez|suivras|suivrez)\s*(?:\?|ou pas|ou non)/,
      /\b(?:au|le|un)\s+meme\s+(?:prix|tarif|montant|niveau)\s+(?:que|qu')\b/,
      // « si tu fais comme la concurrence », « êtes-vous capables d'égaler ? », « vous mettre au même niveau »
      /\b(?:fai(?:s|t|tes|re)|ferai[st]?|feriez)\s+comme\s+(?:la concurrence|eux|elles?|lui|les autres|l'autre|ce|cette|leur|leurs|ton|votre)\b/,
      /\begal(?:er|ez|es|iser)\b/,
      // « tu peux revoir le tien dans ce sens ? », « quelle est votre marge ? »
      /\b(?:revoir|revois|revoyez|ajuster|bouger|baisser|adapter|retravailler)\b[^.?!\n]{0,25}?\b(?:dans ce sens|en ce sens|en consequence)\b/,
      /\b(?:quelle|quel)\s+(?:est\s+)?(?:votre|ta|ton)\s+(?:marge|souplesse|flexibilite)\b/,
      // « vous pouvez vous rapprocher ? », « faire un effort dans ce sens »
      /\b(?:vous|te|t'|nous)\s*(?:en\s+)?r?approch\w*\b(?=\s*(?:[?.!,;]|$|de (?:leur|ce|cette|ces|son|sa) (?:prix|tarif|offre|devis|montant|niveau|chiffre)|du (?:prix|tarif|montant)|de (?:ca|cela|celui-ci|celle-ci)\b))/m,
      /\b(?:effort|geste)\s+(?:dans ce sens|en ce sens|de ce cote|pour vous en rapprocher|pour t'en rapprocher)\b/,
      /\b(?:vous|te|t'|se|nous)\s*mettre\s+(?:au|a leur)\s+(?:meme\s+)?niveau\b/,
    ],
    unless: [
      /\b(?:delai|planning|calendrier|couleurs?|charte|mise en page|style|format|logos?|textes?|marges? (?:de la page|du document|d'impression|laterales?)|colonnes?)\b/,
    ],
    // "if you can't get near their quote, we go with them" is the pressure itself, not a release.
    negatable: false,
    examples: {
      fires: [
        'Une agence de Lyon nous fait 0,10 € le mot. Tu pourrais te rapprocher de ça ?',
        'Un autre studio nous propose 15 % de moins. Vous pouvez vous aligner ?',
        'Dis-moi si tu peux t’aligner, la concurrence est à 45 € de l’heure.',
        'Une agence nous fait le site pour 2 000 €, tu peux faire pareil ?',
        'On a reçu une offre moins chère ailleurs, vous suivez ou pas ?',
        'Leur devis est plus bas : pourriez-vous faire au même prix qu’eux ?',
        'Un confrère nous a fait une offre à 800 francs. Vous seriez capable de rivaliser ?',
        'Si vous vous alignez sur leur tarif, on signe demain.',
        'Une firme de Québec nous a soumis un prix plus bas. Pouvez-vous égaler ?',
        'Si tu fais comme les autres studios sur le prix, on signe.',
        'Leur devis est moins cher : vous pourriez vous mettre au même niveau ?',
        'On a vu d’autres offres, 20 % sous la vôtre. Tu peux t’en rapprocher ?',
        'Un studio de Namur nous fait 2 400 €. Un effort dans ce sens serait possible ?',
        'Un devis concurrent est à 950 CHF. Vous arrivez à faire pareil ?',
        'Les autres offres tournent autour de 1 800 €, tu peux revoir la tienne dans ce sens ?',
        'La concurrence est 15 % moins chère ; quelle est ta marge ?',
        'L’agence voisine nous fait un prix plus bas, tu peux t’en approcher ?',
      ],
      quiet: [
        'Une autre agence a fait nos logos : vous pouvez les aligner en bas de page ?',
        'Le concurrent livre en deux semaines, vous pouvez suivre ce planning ?',
        'Nous nous alignons sur votre devis, merci.',
        'L’autre agence fait l’impression, vous pouvez vous rapprocher d’elle pour les fichiers.',
        'Votre prix nous va. À ce rythme, je ne peux pas suivre les réunions.',
      ],
    },
  }),
  [
    /\b(?:autres?|concurren\w*|une agence|un studio|un confrere|une consoeur|une firme|ailleurs|d'en face|voisine?|un freelance|une freelance|un graphiste|une graphiste|un prestataire|un independant|une independante|une boite|une entreprise|leur (?:prix|tarif|offre|devis|proposition))\b/,
    /(?:prix|tarif|devis|offre|soumission|moins|cher|plus bas|au-dessus|€|\d|balles|francs|signe)/,
  ],
  2,
);
