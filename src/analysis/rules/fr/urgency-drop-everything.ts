import { phraseRule } from '../../phrase-rule.ts';
import { REASSURANCE, SENDER_PROMISES } from './urgency-urgent.ts';

/** "Tout lâcher", "priorité absolue", "avant tout le reste": jumps the freelancer's queue. */
export default phraseRule({
  id: 'urgency/drop-everything',
  category: 'urgency',
  lang: 'fr',
  confidence: 0.85,
  reason: {
    en: 'Asks you to put this ahead of everything else, as if your other clients and plans did not exist.',
    fr: 'Vous demande de faire passer ceci avant tout le reste, comme si vos autres clients et engagements n’existaient pas.',
  },
  cue: /lache|tomber|de cote|le reste|priorit|prio\b|cessante|en cours|tete de|file|en pause|en attente|en suspens/,
  patterns: [
    /\b(?:lache(?:r|z)? (?:tout|le reste|tout le reste|ce que (?:tu fais|vous faites))|tout lacher|laisse(?:r|z)? tout tomber|mets? tout (?:le reste )?de cote|mettez tout (?:le reste )?de cote|(?:mettre|mets|mettez) le reste (?:de cote|en pause|en attente)|(?:avant|passe avant|passer avant) tout le reste|prioritaire(?:s)? (?:sur|devant|avant) (?:tout(?: le reste)?|le reste|tes autres|vos autres|les autres (?:projets|clients|dossiers|missions))|en priorite absolue|(?:c'est|c'est notre|c'est la|en) (?:une )?(?:priorite|urgence) (?:absolue|numero (?:un|1)|n°?1|no 1)|(?:top|grosse) priorite)\b/,
    // Jargon : « c'est top prio », « c'est la prio n°1 », « passe-le en prio ».
    /\b(?:c'est|c'est (?:la|notre|une)|(?:en|de|ultra|hyper|super|grosse)) ?(?:top |ultra |hyper |super |grosse )?prio(?: (?:absolue|numero (?:un|1)|n°?1|no 1|des prios))?\b(?! (?:basse|faible|secondaire|2|deux|moyenne))|\btop prio\b/,
    /\b(?:a traiter|traite(?:r|z)?|fais|faites|faire passer|passe(?:r|z)?|mettre|mets|mettez)\b[^.!?\n]{0,30}\ben (?:toute )?priorite\b/,
    // « toute affaire cessante » ; ce qui est en cours mis de côté ; le dossier passé en tête de la file.
    /\btoutes? affaires? cessantes?\b|\b(?:mettre|mets|mettez|laisser|laisse|laissez|poser|pose|posez) (?:de cote|en pause|en attente|en suspens) (?:ce que (?:tu as|vous avez|tu fais|vous faites)|tes|vos|le reste de tes|le reste de vos)\b|\b(?:mettre|mets|mettez|laisser|laisse|laissez) (?:ce que (?:tu as|vous avez) en cours|(?:tes|vos) (?:autres )?(?:dossiers|projets|missions|taches|clients)(?: en cours)?) (?:de cote|en pause|en attente|en suspens)\b|\b(?:nous|me|le|la|les|ce dossier|ce projet) (?:faire )?(?:passer|mettre|remonter) en (?:tete|haut) de (?:ta|votre|la) (?:liste|pile|file)\b|\bgriller la file\b/,
  ],
  unless: [
    REASSURANCE,
    SENDER_PROMISES,
    /\b(?:notre|ma|nos) priorite (?:absolue )?(?:est|reste|a toujours ete)\b/,
    // A goal for the season, not this job jumping the queue: "le recrutement, c'est notre top prio cette année".
    /\b(?:cette annee|ce trimestre|ce semestre|cette saison|de l'annee|du trimestre|en 20\d\d|pour 20\d\d)\b/,
  ],
  examples: {
    fires: [
      'Passe récupérer les épreuves dans la matinée, elles sont prioritaires sur tout le reste.',
      'Ce dossier est prioritaire sur vos autres clients cette semaine, merci de le traiter en premier.',
      'Tu peux tout lâcher pour corriger la page paiement ?',
      "C'est une priorité absolue pour la direction.",
      'Tu peux lâcher le reste et t’occuper de ça ?',
      'Merci de traiter ce dossier en priorité.',
      'Mettez le reste de côté, le salon passe avant tout le reste.',
      "Le formulaire d'inscription, c'est top prio pour nous.",
      'Tu peux passer la bannière en prio ? La direction la réclame.',
      'Il nous faut votre avis sur la clause 4 avant midi, toute affaire cessante.',
      'Vous pourriez mettre de côté ce que vous faites pour relire la note ?',
      'Pourriez-vous mettre vos autres dossiers en pause pour boucler notre rapport ?',
      'Tu peux nous faire passer en tête de ta liste cette semaine ?',
    ],
    quiet: [
      'Notre priorité absolue est la sécurité des patients.',
      'Nous traiterons votre demande en priorité.',
      'Rien ne presse, finis tes autres projets.',
      'Dans ta liste, la newsletter est en prio basse, garde-la pour plus tard.',
      "L'export, c'est notre top prio pour 2027, on en reparle en janvier.",
      'Mets le logo en haut de la page, comme sur la maquette.',
      'Rien ne presse : mets de côté ce que tu as en trop et garde-le pour plus tard.',
    ],
  },
});
