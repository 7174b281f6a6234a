import { phraseRule } from '../../phrase-rule.ts';
import { quotedWord } from '../shared/quoted-name.ts';

/** Reassurance anywhere in the sentence releases the pressure: "rien ne presse", "à ta convenance". */
export const REASSURANCE =
  /\brien ne presse\b|\bsi (?:jamais )?(?:tu as|vous avez|t'as|tu trouves|vous trouvez) (?:un |le |une )?(?:petit |peu de |moment de |minute de )?(?:moment|minute|instant|creneau|temps|deux minutes|cinq minutes)\b|\b(?:pas|aucune|sans) (?:d'|de l')?urgence\b|\brien d'urgent\b|\bpas (?:si |tres |super )?(?:urgent|presse)\b|\b(?:ca|cela) (?:ne )?presse pas\b|\ba (?:ta|votre) (?:convenance|guise)\b|\b(?:prends|prenez) (?:ton|votre|tout ton|tout votre) temps\b|\bquand (?:tu (?:auras|as|peux)|vous (?:aurez|avez|pouvez)) (?:le temps|un moment|une minute)\b|\bsans (?:pression|stress)\b|\b(?:ce n'est|c'est|ca n'est) pas (?:grave|dramatique|un drame|un souci|un probleme)\b|\b(?:prends|prenez) le temps (?:qu'il (?:te|vous) faut|necessaire|dont (?:tu as|vous avez) besoin)\b|\bon a (?:un peu |encore )?de la marge\b|\bpas de (?:pression|stress|rush)\b|\bcomme (?:ca )?(?:t'arrange|vous arrange|tu preferes|vous preferez|tu veux|vous voulez|tu peux|vous pouvez)\b|\bselon (?:ta|votre|tes|vos) (?:dispo\w*|convenance|agenda)\b|\bou (?:demain|plus tard|la semaine prochaine|lundi|mardi|mercredi|jeudi|vendredi)(?: matin| apres-midi)?,? (?:ca me va|c'est (?:tres )?bien|ca marche|ca convient|c'est parfait)\b/;

/** The sender promises to act fast: "je reviens vers vous au plus vite", "nous vous répondrons dès que possible". */
export const SENDER_PROMISES =
  /\b(?:je|j'|nous|on)\s*(?:(?:te|vous|t'|lui|leur|en|y|m'en|m'|le|la|les|l')\s*)*(?:previens|previendrai|previendrons|tiens au courant|tiendrai au courant|confirme|confirmerai|recontacte|recontacterai|reviens|reviendrai|renvoie|renverrai|renvoyons|fais suivre|ferai suivre|reviendrons|revenons|reponds|repondrai|repondrons|rappelle|rappellerai|envoie|enverrai|enverrons|envoyons|transmets|transmettrai|occupe|occuperai|regarde|regarderai|vais|allons|ferai|ferons|mets|mettrai|penche|pencherai|traite|traiterai|traiterons|passe|passerai)\b/;

/**
 * Une urgence terminée : « c'était urgent mais c'est réglé », « l'urgence est passée »,
 * « le souci urgent a été résolu la semaine dernière ».
 */
export const RESOLVED_RUSH =
  /\b(?:c'est|a ete|ont ete|est maintenant|est desormais|est enfin|est bien) (?:tout )?(?:regle|resolu|corrige|termine|gere|derriere nous)(?:e|s|es)?\b|\b(?:l'urgence|le rush|la panique|le coup de feu|le coup de bourre) (?:est|etait|a ete) (?:bien |enfin |desormais )?(?:passee?|derriere nous|terminee?|finie?|reglee?|resolue?)\b|\bn'est plus (?:urgent|urgente|pressant|presse)\b|\bplus d'urgence\b|\bc'etait (?:\w+ )?(?:urgent|pressant|presse)\b[^.!?\n]{0,40}\b(?:mais|maintenant|desormais|regle|resolu)\b/;

/** Une urgence d'alors : « le client voulait tout au plus vite le mois dernier ». */
export const PAST_RUSH =
  /\b(?:voulait|voulaient|demandait|demandaient|a demande|avait demande|exigeait|fallait|attendait)\b[^.!?\n]{0,40}\b(?:le mois dernier|la semaine derniere|l'an dernier|l'annee derniere|a l'epoque|la derniere fois|l'autre jour)\b|\b(?:j'aurais|nous aurions|on aurait) (?:du|pu)\b|\b(?:oublie|oubliez|ignore|ignorez) ce que (?:j'ai|je t'ai|je vous ai|nous avons|on a) (?:dit|ecrit|demande)\b/;

/**
 * Une urgence passée que le lecteur a tenue, rappelée en remerciement : « l'an dernier vous aviez dû tout
 * reprendre en urgence », « merci encore d'avoir sauvé le lancement ». Un souvenir, pas une demande, sauf si
 * une nouvelle demande suit (« mais », « par contre », « cette fois »).
 */
export const PAST_FAVOUR =
  /^(?!.*\b(?:mais|par contre|cependant|en revanche|cette fois|maintenant|il (?:me|nous) faut)\b).*(?:\b(?:tu|vous) (?:nous |m'|l'|les )?(?:avais du|aviez du|(?:avais|aviez|as|avez) (?:sauve|rattrape|depanne|boucle|refait|repris|bosse|travaille|assure|gere|sorti))\b|\b(?:merci|remercie|remercier)\b[^.!?\n]{0,30}\bpour (?:ton|votre|ta|tes|vos) (?:\w+ )?(?:intervention|aide|coup de main|depannage|reactivite|sauvetage)\b[^.!?\n]{0,40}\b(?:dernier|derniere|hier|l'autre jour|la semaine passee)\b|\b(?:merci|remercie|remercier)\b[^.!?\n]{0,30}\b(?:d'avoir|de nous avoir|de m'avoir|pour l'an dernier|pour l'annee derniere|pour la derniere fois)\b)/;

/**
 * Une urgence de l'expéditeur ou d'un tiers, dont le lecteur est dit hors de cause : « notre entrepôt gère un souci
 * urgent, mais ça ne touche pas ton projet », « tu n'as rien à faire ».
 */
export const NOT_YOURS =
  /\b(?:ne (?:te|vous) concerne (?:pas|en rien)|(?:tu n'as|vous n'avez|t'as) (?:absolument |strictement )?rien a faire|(?:ca|cela) ne change rien (?:pour|de) (?:toi|vous|ton cote|votre cote)|n'(?:a|aura|affecte|touche|impacte) (?:aucun (?:impact|effet)|aucune (?:incidence|consequence)|pas|en rien) (?:sur )?(?:ton|votre|tes|vos|ta) (?:projet|mission|travail|planning|calendrier|dossier|site|livrables?)|aucune action (?:de (?:ta|votre) part|requise|necessaire))\b/;

/** "C'est urgent", "en urgence", "c'est pressant", "ça presse": the client labels the request as urgent. */
export default phraseRule({
  id: 'urgency/urgent',
  category: 'urgency',
  lang: 'fr',
  confidence: 0.9,
  reason: {
    en: 'Labels the request as urgent, which pushes it ahead of your other work without an agreed turnaround.',
    fr: 'Présente la demande comme urgente, pour la faire passer avant vos autres travaux sans délai convenu.',
  },
  cue: /express|accelere|priorite absolue|urgen|rush|press|urge|charrette|bourre|negociable|marbre|chaque|gorge|critique/,
  patterns: [
    // Une échéance déclarée intouchable : « la date de vendredi, c'est non négociable ».
    /\b(?:date|deadline|delai|echeance|timing|rendu|livraison|mise en (?:ligne|prod|production)|heure limite)\b[^.!?\n]{0,40}?\b(?<phrase>non[- ]negociable|pas negociable|gravee? dans le marbre)\b|\b(?:deadline|date|echeance|delai|heure) non[- ]negociable\b/,
    /\b(?:urgente?s?|urgentissime|en urgence|(?<!\b(?:appels?|boutons?|alarmes?|alertes?|signal|signaux|kits?|trousses?|arrets?|numeros?|procedures?|protocoles?|evacuation|sorties?|fonds|hebergements?|contacts?|eclairages?|vehicules?|lignes?|balises?|tirettes?|poignees?|portes?|issues?|freinages?|coupures?|messages?|sons?|sonneries?|stops?|pharmacies?|trappes?) )d'urgence|de toute urgence|(?:il y a|c'est une|c'est un peu une) urgence|(?:en )?mode (?:urgence|rush)|c'est (?:un peu |super |hyper |tres |assez |vraiment )?rush(?:ant)?)\b/,
    // Le coût de chaque heure compté : « chaque minute compte », « chaque heure de panne nous coûte ».
    /\bchaque (?:minute|heure|seconde)(?: (?:de panne|d'arret|hors ligne|de coupure|perdue))? (?:compte|nous coute|coute|est precieuse)\b/,
    /\b(?:c'est|c'etait|ca devient|ca commence a etre) (?:tres |super |hyper |assez |un peu |vraiment |plutot )?(?:presse|pressant)\b|\bca (?:presse|urge)\b(?! pas)/,
    // « On est pris à la gorge », « c'est vraiment critique », « c'est la priorité absolue ».
    /\b(?:on est|je suis|nous sommes|on se retrouve) (?:un peu |vraiment |completement )?pris(?:es?)? a la gorge\b|\bc'est (?:vraiment |tres |super |hyper )?critique\b(?! (?:de|d'|pour|que|si)\b)|\b(?:c'est|est) (?:vraiment )?(?:la|notre|ma) priorite absolue\b/,
    // Jargon d'agence : "on est charrette", "on est à la bourre".
    /\b(?:on est|je suis|nous sommes|c'est la|en pleine?) (?:un peu |super |hyper |grave |completement )?(?:charrette|a la bourre)\b/,
    /\b(?:traiter|traite|traitez|faire|fais|faites|passer|passe|passez|gerer|gere|gerez)\b[^.!?\n]{0,20}?\b(?<phrase>en (?:express|mode express|accelere|priorite absolue|extreme urgence))\b/,
  ],
  unless: [
    // Une réunion passée, rapportée : « on a eu une réunion urgente hier ».
    /\b(?:avons|a|ont|ai|avez|avait|avions)\s+(?:eu|tenu|organise|convoque|fait)\s+(?:une?\s+|des\s+)?(?:\w+\s+)?(?:reunions?|appels?|points?|seances?|conseils?|visios?|comites?)\s+(?:\w+\s+)?urgente?s?\b/,
    // Un travail passé, rapporté : « on a livré la commande urgente hier ».
    /\b(?:a|avons|ont|ai|as|avez) (?:\w+ )?(?:livre|envoye|expedie|traite|regle|termine|fini|corrige|boucle)e?s?\b[^.!?\n]{0,20}\burgente?s?\b/,
    REASSURANCE,
    NOT_YOURS,
    SENDER_PROMISES,
    RESOLVED_RUSH,
    PAST_RUSH,
    PAST_FAVOUR,
    // A hospital ward, a signature line, a conditional, or the urgency of a cause.
    /\b(?:service|services|salle|medecin|medecins|cellule|numero|sortie|frein|plan|etat|soins|aux|les|des) (?:d'|des )?urgences?\b/,
    // Une discipline, un métier ou un dispositif nommé « d'urgence » : « congrès de médecine d'urgence ».
    /\b(?:medecine|chirurgie|pediatrie|psychiatrie|veterinaire|infirmiers?|infirmieres?|pompiers?|secouristes?|equipes?|unites?|mesures?|aide|secours|logements?|reserves?|stocks?|rations?|fusees?|couvertures?|generateurs?|groupes?) (?:\w+ )?d'urgence\b/,
    /\burgences? (?:pediatriques?|medicales?|hospitalieres?|vitales?|absolues? medicales?)\b/,
    /\b(?:pour toute |en cas d'|si |cas d')urgence\b|\bsi (?:c'est|c'etait|vraiment|jamais|besoin|ca devient) (?:vraiment |tres )?urgent\b|\bsauf urgence\b|\bnon urgente?s?\b/,
    /\burgence (?:climatique|sociale|ecologique|sanitaire|humanitaire|environnementale)\b|"urgente?"/,
    /\b(?:a|il|elle|ils|elles|m'a|nous a) (?:dit|ecrit|precise) (?:que )?(?:c'etait|c'est) urgent\b/,
    // Un nom entre guillemets : « le bouton "Livraison express urgente" est en ligne ».
    quotedWord("urgente?s?|d'urgence|en urgence|rush|express"),
  ],
  examples: {
    fires: [
      'Les commandes tombent et on est complètement pris à la gorge, tu peux regarder ?',
      "Le formulaire ne marche plus, c'est vraiment critique.",
      "Le catalogue de printemps, c'est notre priorité absolue cette semaine.",
      "Merci pour ton aide la semaine dernière, mais là c'est urgent : le site est tombé.",
      "La panne touche ton module de paiement, c'est urgent.",
      "C'est urgent, tu peux regarder ?",
      "Merci d'avoir repris l'affiche, par contre le dépliant est urgent lui aussi.",
      'Pour la mise en ligne du 3 mai, la date est gravée dans le marbre.',
      'Il nous faut la traduction en urgence.',
      'Demande urgente : le logo est faux sur le site.',
      "Désolé, c'est pressant, le salon ouvre lundi.",
      "Là on est en mode urgence, j'ai besoin des visuels.",
      "Ça presse un peu, l'imprimeur attend.",
      'Ça urge, tu peux regarder ?',
      'On est charrette, il me faut les maquettes.',
      'Merci de traiter ça en express.',
      "Il faudrait la maquette pour mercredi. C'est rushant, j'en suis conscient.",
      'La caisse en ligne est en panne, peux-tu regarder ? Chaque minute compte.',
      "Chaque heure d'arrêt nous coûte des ventes, tu peux t'y mettre ?",
    ],
    quiet: [
      "C'est critique de bien choisir la typo, prends le temps d'en tester plusieurs.",
      "La sécurité des données est une priorité absolue pour la clinique, d'où la charte jointe.",
      'Le héros du roman est pris à la gorge par ses dettes au chapitre 4.',
      'Merci pour ton aide en urgence mardi dernier, la boutique tourne à nouveau.',
      'Notre comptable gère un dossier urgent cette semaine, mais ça ne te concerne pas.',
      "Mon message « URGENT !! » de ce matin était pour l'imprimeur, pas pour toi.",
      'Le fournisseur traite une panne urgente, aucune action de ta part.',
      "L'hébergeur règle un incident urgent, vous n'avez rien à faire.",
      "Ce n'est pas urgent du tout.",
      'Chaque heure passée sur le dossier doit figurer sur ta feuille de temps.',
      "Notre tarif horaire pour l'atelier n'est pas négociable, désolé.",
      "Il y a deux ans, tu avais dû réimprimer les affiches en urgence la veille de la course, on s'en souvient.",
      "Merci encore d'avoir repris la carte en urgence avant l'inauguration.",
      'Rien ne presse, au plus tôt la semaine prochaine.',
      "Ma sœur est infirmière aux urgences de l'hôpital.",
      "Le colloque de médecine d'urgence se tient à Lyon en mars, seriez-vous disponible ?",
      "Nous organisons une formation en chirurgie d'urgence pour les internes.",
      "Le pôle pédiatrie d'urgence cherche un illustrateur pour ses fiches.",
      "Les infirmiers d'urgence du canton tiennent leur assemblée en juin.",
      "La mairie a voté des mesures d'urgence pour le logement l'hiver dernier.",
      "Notre association gère des logements d'urgence à Nantes.",
      "La couverture de survie rejoint les rations d'urgence dans le kit.",
      "Les équipes d'urgence du festival auront leur badge rouge.",
      "En cas d'urgence, joindre l'accueil : 01 23 45 67 89",
      "Rien d'urgent, c'est seulement une question sur les polices.",
      "Il n'y a aucune urgence, c'est pour la rentrée.",
      "L'urgence climatique est au cœur de notre rapport.",
      'Ça ne presse pas.',
      "Le colis est parti en express hier, tu devrais l'avoir demain.",
      'On a livré la commande urgente au client hier.',
      'Nous avons tenu un comité urgent lundi, et le budget est confirmé.',
      'Le bug urgent de la boutique a été corrigé lundi, merci encore.',
      "C'était pressant le mois dernier, mais le lancement a bougé : on revient au planning prévu.",
      'La demande urgente de la mairie a été réglée, oubliez mon message de ce matin.',
      "L'urgence est passée depuis que la salle a confirmé.",
      "Nous fabriquons des boutons d'appel d'urgence pour les résidences seniors.",
      "La trousse d'urgence de l'atelier a été réassortie, merci.",
      "Le numéro d'urgence figure déjà sur le dépliant.",
      "Sur le plan, les portes d'urgence sont bien en rouge.",
      'La sonnerie « Réveil urgent » est validée, rien à changer.',
      "Ton jingle « Mode rush » plaît beaucoup à l'équipe.",
      'Le forfait « Traduction urgente 24 h » se vend bien depuis lundi.',
      "On a gardé l'onglet « Demandes urgentes » tel que tu l'as monté.",
    ],
  },
});
