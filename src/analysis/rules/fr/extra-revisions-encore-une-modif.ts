import { phraseRule } from '../../phrase-rule.ts';
import { besidePrintersProofs } from '../shared/printers-proofs.ts';
import { besideWorkingArrangements } from '../shared/working-arrangements.ts';
import { gatedBy, PhraseList } from '../shared/words.ts';

/** « Encore une petite modif », « un dernier round », « quelques retouches », « une quatrième fois ». */
// Chaque motif ci-dessous nomme une retouche, une version ou une répétition avec l’un de ces mots.
const GATE = new PhraseList(`
  modif, modifs, modification, modifications, retouche, retouches, correctifs, corrections, changement, changements, ajustement, ajustements, tweak, tweaks, round, tour, serie, salve, quick, fois, nouveau, nouvelle, encore, prise, autre, autres, version, versions, proposition, propositions, piste, pistes, maquette, mouture, declinaison, declinaisons, variante, variantes, iteration, iterations
`);

export default gatedBy(
  GATE,
  besidePrintersProofs(
    besideWorkingArrangements(
      phraseRule({
        id: 'extra-revisions/encore-une-modif',
        category: 'extra_revisions',
        lang: 'fr',
        confidence: 0.8,
        reason: {
          en: 'Asks for another round of changes: check how many revision rounds your quote includes.',
          fr: 'Demande un tour de modifications de plus : vérifiez combien de tours de retouches votre devis prévoit.',
        },
        patterns: [
          // Pas après « l'historique (complet) des modifications » (le suivi de Word, pas une demande), ni « de notre
          // côté » : un changement chez le client (un interlocuteur, une équipe), pas dans le travail livré.
          /\b(?:encore|un dernier|une derniere|une autre|une nouvelle|un nouveau|un autre|un petit|une petite|petite?s?|quelques|deux-trois|deux ou trois|2-3|plusieurs|des)(?<!\b(?:historique|suivi|journal|gestion|controle|trace|traces|releve|mode|affichage|liste) (?:complet |complete |detaille |detaillee |integral |integrale )?des) (?:petite?s? |legere?s? |derniere?s? |nouvelles? |mini[- ]?)?(?:modifs?|modifications?|retouches?|correctifs|changements?|ajustements?|tweaks?|round|tour de (?:modifs?|modifications|retouches|corrections|retours|feedback)|serie de (?:modifs?|modifications|retouches|corrections|retours)|salve de (?:modifs?|modifications|retouches|corrections|retours)|quick fix)\b(?! (?:de|d') ?(?:programme|plan|date|planning|derniere minute|tarifs?|prix|contrat|statuts|facture|organisation|horaires?|adresse|equipe|interlocuteur|contact|bureau|locaux|fournisseur|banque|rib)|,? (?:de|du) (?:notre|mon|leur|son) cote|,? (?:chez nous|cote (?:equipe|organisation|personnel)|dans (?:l'equipe|notre equipe|nos equipes|le service|notre service)))/,
          /\b(?:modifs?|modifications|retouches|corrections|ajustements|changements) (?:a (?:apporter|faire|prevoir)|suivantes|demandees|souhaitees)\b/,
          // « Dernière modif promis : … », sans article : une nouvelle demande, pas celle d'avant.
          /(?<!\b(?:la|ta|ma|sa|votre|ton|cette|ces|les|tes|mes|vos|nos|des|aux|du|de|leur|leurs) )\bdernieres? (?:petites? )?(?:modifs?|modifications?|retouches?|corrections?|changements?|ajustements?)\b/,
          /\b(?:une (?:\w+ieme|enieme|autre|nouvelle) fois|encore une fois|a nouveau|de nouveau)\b(?<=\b(?:chang|modifi|remplac|repren|refai|retravaill|revoi|retouch|raccourc|reecri|reformul|ajust|recommenc)[^.?!\n]{0,40})/,
          /\b(?:souhait\w*|voudr\w*|aimer\w*|faudrait|besoin d'|attend\w*|proposer|envoyer|faire)\b[^.?!\n]{0,20}?\b(?<phrase>(?:encore (?:une|un)(?: (?:autre|nouvelle|petite))?|(?:une|un) (?:troisieme|quatrieme|cinquieme|enieme|nieme|nouvelle|autre|deuxieme|seconde|\d+e)) (?:proposition|version|piste|maquette|mouture|declinaison|variante|serie|prise|iteration))\b(?! (?:de|d') ?(?:son|sang|contact|parole|poste|conscience|participation|fonction|decision|position|courant|rendez|rdv|photos? d'identite))/,
          /\b(?:en )?(?:essayer|tester|proposer|tenter|trouver) (?:une|un) autre\b/,
          // Le travail livré repris encore une fois : « voudrait que tu adaptes encore le scénario ».
          /(?<!\b(?:on|nous|je|j'|il|elle|ils|elles) )\b(?:adapte\w*|retravaill\w*|retouch\w*|modifi\w*|ajuste\w*|peaufin\w*|remani\w*|reprenn?\w*) encore (?:un peu |une fois )?(?:le|la|les|l'|ton|ta|tes|votre|vos|ce|cette|ces)\b/,
          /\b(?:proposer|faire|envoyer|voir|tenter|essayer|tester|avoir) (?:une|d'autres|deux|trois|quelques) (?:autres? |nouvelles? |troisiemes? |quatriemes? )?(?:versions?|propositions?|pistes?|declinaisons?|variantes?)\b(?= (?:avec|en|sans|plus|moins|ou|qui))/,
        ],
        unless: [
          /\b(?:devis|contrat|facture|statuts|tarifs?|validee?s?|valide|approuvee?s?|approuve)\b/,
          /\bmerci (?:encore|a nouveau|de nouveau)\b/,
          // Des changements qui ne viendront peut-être jamais : « si le client veut des changements ».
          /\bsi (?:jamais |besoin\b|(?:le |la |les |mon |ma |notre |votre |ton |ta )?[a-z]+ (?:veut|veulent|souhaite|souhaitent|demande|demandent|a|ont)\b)/,
        ],
        examples: {
          fires: [
            "J'aurais encore une petite modif sur la bannière.",
            "Quelques retouches sur ta maquette après l'épreuve de l'imprimeur : le logo plus grand.",
            'Voici un dernier round de retours du client.',
            'Tu pourrais le reprendre une cinquième fois ?',
            'Quelques petites retouches à prévoir sur la brochure :',
            'Voici les modifications à apporter au catalogue.',
            'Dernière retouche, juré : le titre en gras.',
            'La marque voudrait une autre prise du slogan, plus enjouée.',
            "Elle aimerait encore une proposition pour l'emballage.",
            'Le jury voudrait une énième maquette de la couverture.',
            "J'aimerais quelques modifications : le logo plus grand et le fond plus clair.",
            'Quelques retouches sur la maquette, tu seras disponible jeudi pour en parler ?',
            'Le jury souhaite une nouvelle itération de la charte que tu as livrée.',
            'Le directeur voudrait que tu retravailles encore la conclusion du rapport.',
            "Tu pourrais ajuster encore un peu l'introduction ?",
          ],
          quiet: [
            'Merci encore une fois pour ce beau travail !',
            'On adapte encore le planning de notre côté, je te tiens au courant.',
            "Petit changement de notre côté : c'est Karim qui vous écrira désormais.",
            'Quelques changements chez nous : notre service achats déménage en juin.',
            'Un petit changement de mon côté : je serai en congé la semaine prochaine.',
            'Des ajustements dans notre équipe : Paul part à la retraite fin mars.',
            "Gardez bien l'historique des modifications dans le fichier.",
            'Activez le suivi des modifications avant de relire, svp.',
            "Le journal détaillé des modifications doit rester visible pour l'auteur.",
            'Merci de conserver la liste des corrections dans un onglet à part.',
            "Les épreuves de l'imprimeur arrivent jeudi, il y aura sûrement quelques corrections à faire.",
            'Petit changement de programme : la réunion est jeudi.',
            "Petit changement d'interlocuteur : c'est désormais Léa qui suit le dossier.",
            'Les maquettes sont validées sans modifications.',
            'Ci-joint la nouvelle version du contrat.',
            'Merci pour tes dernières modifs, tout est bon.',
            'Si la directrice veut des changements, je te le dirai.',
            'Il faudrait une nouvelle prise de rendez-vous pour le bilan.',
            'Merci pour la nouvelle prise, elle est parfaite.',
            "Pour la suite j'aimerais quelques changements. Désormais tu seras connecté sur Teams de 9h à 18h.",
            'On voudrait quelques modifications dans notre façon de travailler : à partir de lundi, vous remplirez une feuille de temps.',
            'Petits changements dans ton organisation : un point quotidien avec moi et les horaires de bureau.',
            'Quelques changements à partir du mois prochain : vous serez joignable sur Slack et vous enverrez un compte rendu chaque soir.',
            'La direction souhaite quelques ajustements de nos modalités de travail.',
            "J'aimerais quelques changements. Tu resteras connectée sur Zoom de 9h à 17h.",
            'Deux ou trois changements pour la suite : tu travailleras depuis nos locaux le mardi.',
            'Quelques modifs dans nos horaires de travail dès septembre.',
          ],
        },
      }),
    ),
  ),
);
