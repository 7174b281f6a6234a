import { phraseRule } from '../../phrase-rule.ts';
import { REASSURANCE } from './urgency-urgent.ts';

const DATE =
  "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: prochain)?|la semaine prochaine|la fin (?:de la semaine|du mois)|(?:la )?(?:fin|debut|mi)[- ](?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|(?:le mois|la semaine) d'apres|(?:du |le )?\\d{1,2}(?:er)?(?!\\d| ?(?:€|e\\b|eur|euros?|%|chf|\\$|h\\b|k\\b)| (?!mars\\b)[a-z]+s\\b| (?:page|photo|visuel|article|produit|ecran|mot|ligne|minute|heure|jour|semaine|version|piste|personne|copie|modele|post|video|image|slide)\\b)(?: (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))?|ce qui etait prevu|la date prevue)";

/** An agreed date pulled earlier: "on avance la livraison", "au lieu de jeudi prochain", "plus tôt que prévu". */
export default phraseRule({
  id: 'urgency/pulled-in',
  category: 'urgency',
  lang: 'fr',
  confidence: 0.75,
  reason: {
    en: 'Pulls an agreed deadline earlier: the work you planned for has less time than you quoted for.',
    fr: 'Avance une échéance convenue : le travail prévu dispose de moins de temps que dans votre devis.',
  },
  cue: /au lieu|plutot qu|divise|reduit|reduira|raccourci|ampute|rogne|avanc|plus tot que|on avait|comme (?:prevu|convenu|annonce|dit)|je sais|conscience|je me rends|je comprends|prevue?s? (?:pour|a|en)/,
  patterns: [
    new RegExp(`\\bau lieu (?:de (?!\\d)|du |d')${DATE}(?![a-z])`),
    /\b(?:avancer|avance|avancee?s?|avancez|avancons|avancent) (?:la |le |l'|les |son |sa |leur |notre )?(?:livraison|date|rendu|remise|deadline|echeance|lancement|sortie|parution|mise en ligne|validation|annonce|calendrier|planning|presentation|bouclage|impression|reunion|rdv|rendez-vous|comite|point|demo|soutenance|salon|evenement|tournage|shooting)\b/,
    /\b(?:livraison|date|rendu|remise|deadline|echeance|lancement|sortie|parution|mise en ligne|validation|annonce|presentation|bouclage|impression|campagne|salon|evenement|comite|conseil|soutenance|inauguration|ouverture|tournage|shooting)(?: (?:de|du|des|d') ?[a-z]+)? (?:a ete |est |a |ont ete |sont )?avancee?s?\b/,
    /\bplus tot que (?:prevu|convenu|annonce)\b/,
    // « et pas vendredi comme prévu » : l'ancienne date rappelée pour la remplacer.
    new RegExp(`\\b(?:et |mais )?(?:pas|non plus|plutot que) ${DATE} comme (?:prevu|convenu|annonce|dit)\\b`),
    /\bje sais qu'on avait (?:dit|prevu|convenu|parle de)\b/,
    // "pour mercredi plutôt que la semaine prochaine", "ça divise ton délai par deux"
    new RegExp(`\\bplutot qu(?:e (?!\\d)|')${DATE}(?![a-z])`),
    /\b(?:divise|divisera|reduit|reduira|raccourcit|raccourcira|ampute|rogne)\s+(?:\w+\s+)?(?:ton|votre|le|les)\s+(?:delai|delais|temps|planning|calendrier)\b[^.!?\n]{0,25}?\b(?:par deux|de moitie|d'autant|d'une semaine|de \w+ jours)\b/,
    // Le délai convenu rappelé puis écarté : « je sais que tu avais dit trois semaines, mais ce serait possible vendredi ? »
    /\b(?:je sais|j'ai conscience|je me rends (?:bien )?compte|je comprends)(?: bien)? que (?:le (?:delai|rendu|calendrier|planning) (?:convenu|prevu|initial|annonce)|la (?:date|livraison|remise|echeance) (?:convenue|prevue|initiale|annoncee)|(?:(?:tu|vous) (?:avais|aviez|as|avez)|t'(?:avais|as)) (?:dit|annonce|parle de|prevu|indique)|nous avions (?:dit|convenu|prevu))\b[^.!?\n]{0,50}?\b(?:(?:\d+|deux|trois|quatre|cinq|six|une|quelques)(?: (?:a|ou) \w+)? (?:semaines?|jours?|mois)|(?:la )?(?:fin|debut|mi)[- ](?:(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|mois)|la fin du mois|le \d{1,2}|\d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|la semaine prochaine|le mois prochain)\b[^.!?\n]{0,60}?\bmais\b/,
    // Un travail prévu pour plus tard, dû dans les jours qui viennent : « les affiches prévues pour la fin du mois doivent partir lundi ».
    /\bprevue?s? (?:pour|a|en) (?:la fin (?:du mois|de la semaine)|la semaine prochaine|le mois prochain|(?:la )?(?:fin|debut|mi)[- ](?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|le \d{1,2})\b[^.!?\n]{0,60}?\b(?:doit|doivent|devra|devront|devrait|devraient|faut|faudrait)\b[^.!?\n]{0,40}?\b(?:demain|aujourd'hui|ce soir|lundi|mardi|mercredi|jeudi|vendredi|cette semaine)\b/,
  ],
  unless: [
    REASSURANCE,
    // « au plus tard » presse au lieu de desserrer.
    /\b(?:decale|repousse|reporte|retarde|(?<!\bau )plus tard|plus de temps|delai supplementaire)\w*/,
    /\b(?:reunion|rdv|rendez-vous|point|appel|call|visio|dejeuner|diner|cafe|on se voit|se voir|on se retrouve|se retrouver)\b[^.!?\n]{0,30}\b(?:au lieu|plutot qu)/,
    // Une date qui déplace le paiement du client relève du retard de paiement, pas de l'urgence.
    /\b(?:paye\w*|paie\w*|paiements?|factures?|regle(?:e|s|es|ra|rons)?|reglement|virement|acompte|solde)\b/,
  ],
  examples: {
    fires: [
      "Je sais que t'avais annoncé deux semaines pour les retouches, mais pourrais-tu les boucler d'ici mardi ?",
      'Le lancement se fait mardi à 6h au lieu du 12 mai.',
      'Le communiqué partira lundi au lieu de jeudi prochain.',
      'Le client a avancé la date de lancement.',
      'La mise en ligne a été avancée, il faudrait que tout soit prêt.',
      "Je sais qu'on avait dit jeudi, mais c'est possible lundi ?",
      'Ils ont avancé le comité, il me faudrait donc les slides mardi et pas jeudi comme prévu.',
      'Il nous la faudrait mardi plutôt que le 20.',
      'Je sais que ça divise ton délai par deux.',
      'Il faut absolument que le catalogue parte jeudi, au lieu de mi-mars.',
      'Tu peux nous livrer la maquette la semaine prochaine au lieu de début juin ?',
      'Je sais que tu avais dit trois semaines, mais une première partie serait possible pour jeudi ?',
      'Je me rends compte que la date prévue est le 28, mais le salon ouvre mercredi : tu pourrais livrer mardi ?',
      "Les flyers prévus pour la fin du mois doivent finalement partir chez l'imprimeur demain matin.",
      "Les bâches prévues pour mi-juin doivent être chez l'imprimeur jeudi au plus tard.",
      'Le salon de Lille est avancé au 3, il nous faudrait les roll-ups lundi.',
    ],
    quiet: [
      'Le lancement est repoussé au 12, tu as plus de temps.',
      'On se voit mardi au lieu de lundi ?',
      'Prends la photo du vase au lieu de celle des bols.',
      'Le projet avance bien, merci !',
      'On garde jeudi comme prévu, merci.',
      'Je sais que tu avais dit deux semaines, mais prends plus de temps si besoin.',
      "L'atelier est prévu pour la fin du mois, rien ne doit être prêt avant.",
      'On peut se voir jeudi plutôt que mardi pour la réunion ?',
      'On part sur 3 pages au lieu de 5 pour rester simple.',
      "L'acompte sera versé le 30 au lieu du 15, désolé.",
      'On se retrouve au salon fin mai au lieu de début juin, comme chaque année ?',
    ],
  },
});
