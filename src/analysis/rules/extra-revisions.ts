import type { Rule } from '../rule.ts';
import { quietWhenAgreed } from './shared/agreed-extra.ts';
import { redoesOwnMaterial } from './shared/own-material.ts';
import { onDeliveredWork } from './shared/not-rework.ts';
import enAnotherRound from './en/extra-revisions-another-round.ts';
import enChangeOfMind from './en/extra-revisions-change-of-mind.ts';
import enChangeRequest from './en/extra-revisions-change-request.ts';
import enCorrection from './en/extra-revisions-correction.ts';
import enGoBack from './en/extra-revisions-go-back.ts';
import enAnotherTake from './en/extra-revisions-another-take.ts';
import enByDegree from './en/extra-revisions-by-degree.ts';
import frChangementDAvis from './fr/extra-revisions-changement-d-avis.ts';
import frDemandeDeModif from './fr/extra-revisions-demande-de-modif.ts';
import frEncoreUneModif from './fr/extra-revisions-encore-une-modif.ts';
import frRevenirA from './fr/extra-revisions-revenir-a.ts';
import frAutreEssai from './fr/extra-revisions-autre-essai.ts';
import frParDegre from './fr/extra-revisions-par-degre.ts';

/** `rule`, quiet on a sentence that asks to redo the client's own material: that is new work (scope creep). */
function notOwnMaterial(rule: Rule): Rule {
  return { ...rule, find: (context) => rule.find(context).filter((hit) => !redoesOwnMaterial(context, hit)) };
}

/**
 * The extra_revisions rules of both languages, in the order they run; none flags a change already ordered, nor a
 * revision verb on a price, a duty or a standing task (shared/not-rework.ts).
 */
export const EXTRA_REVISIONS_RULES: readonly Rule[] = [
  enAnotherRound,
  enGoBack,
  enChangeRequest,
  enCorrection,
  enChangeOfMind,
  enAnotherTake,
  enByDegree,
  frEncoreUneModif,
  frRevenirA,
  frDemandeDeModif,
  frChangementDAvis,
  frAutreEssai,
  frParDegre,
]
  .map(quietWhenAgreed)
  .map(notOwnMaterial)
  .map(onDeliveredWork);
