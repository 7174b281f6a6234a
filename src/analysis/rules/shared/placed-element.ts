/*
 * A new element placed inside a deliverable: "a glossary at the back of the guide", « une frise en
 * dernière page », « un pictogramme à placer en haut de chaque fiche ». The place (a page, a cover,
 * the end of a chapter, the bottom of each slide) is what tells a part of a document from a wish
 * about anything else ("a call on Friday would be great"). Shared by the English and French scope
 * rules that flag an element wished for "as well" or as "a real plus".
 */
const DOC_EN = String.raw`(?:pages?|cover|report|deck|slides?|guide|booklet|brochure|document|doc|pdf|site|website|homepage|home page|app|menu|chapters?|appendix|annex|sections?|catalogue|catalog|book|video|film|poster|flyer|newsletter|screens?|sidebar|dashboard|presentation|white paper|handbook|manual|e-?book|leaflet|label|packaging|box|sheets?|cards?|panels?|spreads?|plates?|entries|entry|posts?)`;
const DOC_FR = String.raw`(?:pages?|couverture|rapport|livret|brochure|document|dossier|deck|presentation|site|accueil|slides?|diapos?|fiches?|chapitres?|pdf|livre|catalogue|guide|appli|application|menu|affiche|flyer|video|film|annexe|sommaire|rubriques?|sections?|newsletter|blog|interface|ecrans?|plaquette|depliant|album|carnet|manuel|memoire|etude|visuels?|planches?|cartes?|panneaux?|posts?|articles?)`;

/** Where an element sits in a deliverable, in English. */
export const PLACE_EN = String.raw`(?:(?:at|on|in|to|along|across) the (?:bottom|top|end|start|beginning|foot|head|back|front|corner|side) of (?:the |each |every |our |your |this |its )?(?:[a-z-]+ )?${DOC_EN}|(?:in|on|into|inside|within|across|to) (?:the|each|every|our|your|this|its) (?:[a-z-]+ ){0,2}?${DOC_EN}|on the (?:cover|back|front)|at the (?:back|end|bottom|top))\b`;

/** Where an element sits in every unit of a deliverable: "at the bottom of each page", "on every slide". */
export const EACH_PLACE_EN = String.raw`(?:(?:at|on|in|along|across) the (?:bottom|top|foot|head|corner|end|start|back|front|side) of (?:each|every)|(?:on|in|across) (?:each|every)|on the (?:cover|back|front))\b`;

/** Where an element sits in a deliverable, in French (folded: no accents). */
export const PLACE_FR = String.raw`(?:(?:en|a la|au|a) (?:fin|debut|bas|haut|pied|tete|dos|coin) (?:de |du |des |d')(?:la |le |l'|chaque |nos |vos |tes |mes )?(?:[a-z-]+ )?${DOC_FR}|(?:en|dans|sur) (?:la |le |l'|les |chaque |une |un |mon |ma |notre |votre |ton |ta |nos |vos |tes )?(?:[a-z-]+ )?${DOC_FR}|en (?:couverture|premiere page|derniere page|page \d+|annexe|introduction|conclusion|ouverture|quatrieme de couverture))\b`;

/** Where an element sits in every unit of a deliverable: « en bas de chaque page », « sur chaque fiche ». */
export const EACH_PLACE_FR = String.raw`(?:(?:en|a|au) (?:bas|haut|pied|tete|coin|fin|debut|dos) (?:de|d') ?chaque|(?:sur|dans|a) chaque|en (?:couverture|premiere page|derniere page|quatrieme de couverture))\b`;
