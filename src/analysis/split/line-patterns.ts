/**
 * Line shapes that mark where the newest message's own words end, on FOLDED text
 * (lower case, no accents, one kind of dash and quote). Every pattern is tested on
 * one line at a time, and only on lines short enough to be a header or a sign-off,
 * so none of them can backtrack over a whole body.
 */

/** Longest line worth testing as a header, a separator or a sign-off. */
export const MAX_HEADER_LINE = 300;
/** Longest line worth testing as a legal footer (disclaimers come as one long paragraph). */
export const MAX_FOOTER_LINE = 2000;

/** Verbs that end a reply header: "on … wrote:", "le … a ecrit :", and the same in the languages clients' mailers use. */
const WROTE =
  '(?:wrote|a ecrit|ecrit|sent|escribio|schrieb|scritto|escreveu|skrev|schreef|geschreven|napisał\\(a\\)|napisał|napisal|pisze|kirjoitti|написал\\(а\\)|написал|написав|пише|đa viet|da viet)';

/**
 * The end of a reply header: "… wrote:", "… a ecrit :", or "… wrote-----" as some
 * mailers frame it. Without the colon or the dashes a sentence could end the same way.
 */
export const ENDS_WITH_WROTE = new RegExp(`(?:^|[\\s,>)"'])${WROTE}(?:\\s?:|\\s*-{2,})[\\s-]*$`);

/**
 * Where a reply header starts: "on tue, …", "le 4 janv. …", "am …", "el …", at the
 * start of a line or glued to the end of the reply ("reply--- on wed …").
 */
export const HEADER_OPENER = /(?:^|[\s>*-])(?:on|at|le|am|el|il|em|op|den|pa|dnia|w dniu|pe|vao)\s[^\s]/;
/** A real header names a date, a time or an address. */
export const DATE_OR_ADDRESS = /\d|@|</;

/**
 * "---- john smith wrote ----": Android's header, framed by dashes, with neither date nor address.
 */
export const DASH_FRAMED_WROTE = new RegExp(`^\\s*-{2,}\\s*[^\\s-].{0,80}\\s${WROTE}\\s*-{2,}\\s*$`);

/**
 * A header that starts with a numeric date and names the sender by address or the date
 * by its zone, without any verb: "2011/4/7 nathan <support@x.com>", "2016-03-03 17:21
 * gmt+01:00 some one" (Gmail in several locales).
 */
export const DATE_FIRST_HEADER =
  /^\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})\b.{0,120}(?:<[^\s<>]+@[^\s<>]+>|\b(?:gmt|utc)[+-]\d)/;

/** The same verbs anywhere in a header paragraph ("… schrieb am <date>:", "op <date> schreef <name>:"). */
export const WROTE_WORD = new RegExp(`(?:^|[\\s,>)"'])${WROTE}(?:$|[\\s:,(])`);
/** "on <date> <name> <address> wrote" with neither colon nor dashes, as a few mailers end it. */
export const ENDS_WITH_BARE_WROTE = /@[^\s]*>?\s+wrote\s*$/;
/** A header paragraph that ends with the address and a colon: "<date> <name> <address>:". */
export const ADDRESS_COLON_END = /(?:@[^\s<>]*>+|\]|\))\s*:$/;

/** "-----original message-----", "---------- forwarded message ---------", "begin forwarded message:" and kin. */
export const SEPARATOR =
  /^[\s>*]*(?:-{2,}|_{2,}|={2,})?\s*(original message|message d'origine|message original|reply message|ursprungliche nachricht|antwort nachricht|oprindelig meddelelse|oprindelig besked|mensaje original|messaggio originale|forwarded message|forwarded e-?mail|message transfere|mail transfere|courriel transfere|weitergeleitete nachricht|mensaje reenviado|begin forwarded message|debut du message reexpedie|debut du message transfere|message reexpedie)\s*:?\s*(?:-{2,}|_{2,}|={2,})?[\s*]*$/;
export const FORWARD_WORD = /forward|transfer|reexpedi|weitergeleit|reenviad/;

/** A line that is only a rule: Outlook puts one above its header block. */
export const RULE_LINE = /^\s*(?:_{5,}|-{5,}|={5,})\s*$/;
/** A line of rule characters only, however short ("====", "__"): never the end of what someone wrote. */
export const DECORATION_LINE = /^[\s_=*~#-]+$/;

/** Outlook-style header fields, English, French and a few neighbours; "*from:*" is Outlook's bold rendered as text. */
export const FROM_FIELD = /^[\s>*]*(?:from|de|von|van|da|fra|od|fran|envoye par|от|发件人)\s*\*?\s*:/;
/** A header field other than the sender that makes a "from:" line a header block (not "de : paris / a : lyon"). */
export const OTHER_FIELD =
  /^[\s>*]*(?:sent|date|subject|envoye|objet|sujet|gesendet|datum|betreff|enviado|fecha|asunto|verzonden|onderwerp|data|oggetto|sendt|emne|skickat|amne|wyslano|temat|отправлено|дата|тема|发送时间|日期|主题)\s*\*?\s*:/;
/** Any header field, to walk over a header block. */
export const ANY_FIELD =
  /^[\s>*]*(?:from|de|to|a|cc|cci|bcc|sent|date|subject|envoye|objet|sujet|reply-to|repondre a|importance|message du|copie a|von|an|gesendet|datum|betreff|enviado|fecha|asunto|para|van|aan|verzonden|onderwerp|da|data|oggetto|fra|til|sendt|emne|fran|till|skickat|amne|od|do|wyslano|temat|envoye par|от|кому|отправлено|дата|тема|发件人|收件人|发送时间|日期|主题|抄送)\s*\*?\s*:/;
/** A header block Outlook or a mailer starts with the date: "date: <date>" then "to:" or "from:". */
export const DATE_FIELD = /^[\s>*]*(?:date|sent|envoye|datum|message du)\s*\*?\s*:.*\d/;
/** "from: x sent: y to: z" squeezed on one line. */
export const ONE_LINE_HEADER = /^[\s>*]*(?:from|de)\s*\*?\s*:.{1,200}\s(?:sent|date|envoye)\s*\*?\s*:/;

/** "sent from my iphone", "envoye de mon iphone", "get outlook for ios": a mailer's signature line. */
export const MOBILE_SIGNATURE =
  /^\s*(?:sent from|sent with|sent via|sent using|sent by|envoye de mon|envoye de ma|envoye depuis|envoye a partir|envoye avec|envoye via|envoye par mon|get outlook for|telecharger outlook pour|obtenir outlook pour|von meinem|gesendet von|enviado desde|inviato da|verzonden vanaf|verstuurd vanaf|sendt fra)\b/;

/**
 * A closing line: "best regards,", "cordialement", "bien a vous", "merci !", "thanks, bob".
 * Only a whole short line counts, so "thanks for the files" is not one.
 */
export const SIGN_OFF = new RegExp(
  '^\\s*(?:' +
    [
      '(?:best|kind|kindest|warm|warmest|many|with|warm personal|best personal) (?:regards|wishes)',
      'regards',
      'best',
      'all the best',
      'cheers',
      'thanks(?: again| a lot| so much| very much| in advance| a million)?',
      'thank you(?: again| so much| very much| in advance| kindly)?',
      'many thanks',
      'thx',
      'sincerely',
      'yours(?: sincerely| truly| faithfully)?',
      'respectfully',
      'take care',
      'talk soon',
      'speak soon',
      '(?:bien |tres |tres bien |bien a vous,? |meilleures |sinceres )?cordialement',
      'cdlt',
      'bien a (?:vous|toi)',
      'a (?:bientot|tres bientot|plus|\\+)',
      "merci(?: beaucoup| encore| d'avance| par avance| a vous| a toi)?",
      '(?:bonne|belle|excellente) (?:journee|soiree|fin de journee|semaine|fin de semaine|continuation)',
      '(?:avec )?(?:mes |nos )?(?:sinceres |meilleures |bien |cordiales )?salutations(?: distinguees| cordiales)?',
      '(?:bien |tres )?amicalement',
      'amities',
      'bises',
      'bisous',
      'au plaisir',
      'respectueusement',
    ].join('|') +
    ")\\s*[,.!]*(?:\\s*,\\s*[a-z][a-z.'-]*(?: [a-z][a-z.'-]*){0,2})?\\s*[,.!]*\\s*$",
);

/** "-bob", "- jean": a name signed with a dash. */
export const DASH_NAME = /^\s*-\s?[a-z][a-z.'-]*(?: [a-z][a-z.'-]*){0,3}\s*$/;

/** A P.S. line: the request that hides after the name. */
export const POSTSCRIPT = /^\s*(?:p\.?\s?p\.?\s?s\b|p\.\s?s\b|ps\s*[:.,-]|ps\s)/;

/**
 * A company's sales line under a signature ("need it fast? our support team answers within
 * the hour", "urgent? call us 24/7", "une urgence ? appelez-nous 7j/7"): it offers the
 * sender's own service to its customers, it asks the reader for nothing.
 */
export const MARKETING_LINE =
  /\b(?:(?:call|phone|ring|contact|email|e-mail|text|message|reach|visit|book|ask) us(?: (?:on|at))? (?:\+?\d[\d ().-]{5,}|any ?time|24\/7|today|now|for (?:a|your) (?:free )?(?:quote|estimate))|(?:appelez|contactez|joignez|ecrivez|telephonez)-nous (?:au )?(?:\+?\d[\d ().-]{5,}|a tout moment|7j\/7|des maintenant|pour (?:un|votre) devis)|our (?:[a-z]+ ){0,2}(?:support|service|care|desk|hotline|team|office|studio|shop|store|agency|staff)s? (?:answers?|responds?|repl(?:y|ies)|(?:is|are) (?:available|open|here|on call))|(?:notre|nos) (?:equipe|service|support|hotline|standard|agence|atelier|boutique|conseiller)s?(?: [a-z]+){0,2} (?:vous )?(?:repond(?:ent)?|(?:est|sont) (?:disponibles?|joignables?|ouverts?|a votre ecoute))|\bwe (?:answer|respond|reply|deliver|ship|are (?:open|available|on call|here to help))\b|nous (?:vous )?(?:repondons|livrons|intervenons|sommes (?:disponibles|joignables|ouverts))|(?:open|available|reachable) (?:24\/7|24 hours|round the clock|around the clock|evenings|weekends|7 days)|24\/7|24h\/24|7j\/7|7 jours sur 7|24 heures sur 24|\b(?:same-?day|next-?day|express|24 ?h(?:ours?)?|48 ?h(?:ours?)?|rush|free) (?:delivery|dispatch|shipping|turnaround|service|quotes?|jobs?|orders?)(?: (?:available|guaranteed|welcome))?\b|\b(?:livraison|devis|intervention|tirage|impression|depannage|service|expedition)s? (?:express|rapides?|gratuite?s?|offerte?s?|le jour meme|en 24 ?h|sous 24 ?h|en 48 ?h|sous 48 ?h)\b)/;

/** A line that reads like contact details: a phone number, an address, a link. */
export const CONTACT_LINE = /\d|@|www\.|https?:|\|/;

/** What only a legal notice goes on to say: what to do with a stray copy, or who regulates the sender. */
export const FOOTER_DETAIL =
  /\b(?:(?:not|pas) (?:the|le) (?:intended )?(?:recipient|destinataire)|notify the sender|delete (?:it|this|the message|all copies)|(?:authori[sz]ed|regulated) by|registered (?:in|office|number)|received (?:this|it) (?:message |e-?mail )?in error|(?:avertir|informer|prevenir|aviser) (?:immediatement )?l'expediteur|recu (?:ce message |ce courriel |cet e-?mail )?par erreur|(?:le )?detruire|(?:de le |le )?supprimer(?: (?:ce|le) message)?|(?:prevenez|avertissez|informez)-nous|(?:effacez|supprimez|detruisez)-le|please (?:delete|destroy) (?:it|this)|let us know and delete)\b/;

/** Opening words of confidentiality notices and print reminders, in English and French. */
export const FOOTER =
  /(?:(?:this|the information in this|the contents of this) (?:e-?mail|message|communication|transmission)|(?:ce|cet) (?:message|courriel|e-?mail|mail)|any (?:files|attachments)|pieces jointes|intended (?:solely|only)|destinataires?)\b.{0,200}\b(?:confidential|privileged|confidentiel|intended (?:solely|only)|exclusivement|strictement)|^\s*(?:disclaimer|avertissement|avis de confidentialite|confidentiality notice|mention legale)\b|^\s*[a-z0-9._-]+ mailing list\s*$|mailman\/listinfo|you received this (?:message|e-?mail) because you are subscribed|to unsubscribe from this (?:group|list)|please consider the environment|think (?:of the environment )?before (?:you )?print|do not print this|pensez a l'environnement|avant d'imprimer|n'imprimez (?:ce|cet|que)|respectez l'environnement/;
