import type { Rule } from '../rule.ts';
import { quietWhenAgreed } from './shared/agreed-extra.ts';
import { onNewWork } from './shared/not-new-work.ts';
import enFoldIn from './en/scope-creep-fold-in.ts';
import enLendAHand from './en/scope-creep-lend-a-hand.ts';
import frCoupDeMain from './fr/scope-creep-coup-de-main.ts';
import frSeChargerDe from './fr/scope-creep-se-charger-de.ts';
import enMoreItems from './en/scope-creep-more-items.ts';
import enAlsoNewWork from './en/scope-creep-also-new-work.ts';
import enMoreThanAgreed from './en/scope-creep-more-than-agreed.ts';
import enOutsideAgreement from './en/scope-creep-outside-agreement.ts';
import enSmallExtra from './en/scope-creep-small-extra.ts';
import enWhileYoureAtIt from './en/scope-creep-while-youre-at-it.ts';
import enWiderService from './en/scope-creep-wider-service.ts';
import enRedoOurOwn from './en/scope-creep-redo-our-own.ts';
import enExtraVersion from './en/scope-creep-extra-version.ts';
import enMatchingSet from './en/scope-creep-matching-set.ts';
import enWidenedBrief from './en/scope-creep-widened-brief.ts';
import enPerItem from './en/scope-creep-per-item.ts';
import enOngoingService from './en/scope-creep-ongoing-service.ts';
import enThirdParty from './en/scope-creep-third-party.ts';
import enBesideAgreed from './en/scope-creep-beside-agreed.ts';
import enElementAsWell from './en/scope-creep-element-as-well.ts';
import enNewFeature from './en/scope-creep-new-feature.ts';
import enOnlyCovered from './en/scope-creep-only-covered.ts';
import enAlsoAnyVerb from './en/scope-creep-also-any-verb.ts';
import frAussiNouveauTravail from './fr/scope-creep-aussi-nouveau-travail.ts';
import frHorsPerimetre from './fr/scope-creep-hors-perimetre.ts';
import frMemeForfait from './fr/scope-creep-meme-forfait.ts';
import frPlusDElements from './fr/scope-creep-plus-d-elements.ts';
import frPendantQueTuYEs from './fr/scope-creep-pendant-que-tu-y-es.ts';
import frPetitBonus from './fr/scope-creep-petit-bonus.ts';
import frPlusQuePrevu from './fr/scope-creep-plus-que-prevu.ts';
import frPrestationElargie from './fr/scope-creep-prestation-elargie.ts';
import frRefaireNosSupports from './fr/scope-creep-refaire-nos-supports.ts';
import frSerieAssortie from './fr/scope-creep-serie-assortie.ts';
import frBriefElargi from './fr/scope-creep-brief-elargi.ts';
import frParElement from './fr/scope-creep-par-element.ts';
import frServiceSuivi from './fr/scope-creep-service-suivi.ts';
import frTiers from './fr/scope-creep-tiers.ts';
import frACoteDuConvenu from './fr/scope-creep-a-cote-du-convenu.ts';
import frElementEnPlus from './fr/scope-creep-element-en-plus.ts';
import frAutreVue from './fr/scope-creep-autre-vue.ts';
import frNouvelleFonction from './fr/scope-creep-nouvelle-fonction.ts';
import frNeCouvreQue from './fr/scope-creep-ne-couvre-que.ts';
import frAussiToutVerbe from './fr/scope-creep-aussi-tout-verbe.ts';
import enWishedDeliverable from './en/scope-creep-wished-deliverable.ts';
import frLivrableSouhaite from './fr/scope-creep-livrable-souhaite.ts';
import enReusedWork from './en/scope-creep-reused-work.ts';
import frDeclinaison from './fr/scope-creep-declinaison.ts';
import enDoesMore from './en/scope-creep-does-more.ts';
import frFaitPlus from './fr/scope-creep-fait-plus.ts';
import enSomethingToAdd from './en/scope-creep-something-to-add.ts';
import frQuelqueChoseAAjouter from './fr/scope-creep-quelque-chose-a-ajouter.ts';

/**
 * The scope_creep rules of both languages, in the order they run; none flags an extra already ordered, nor an "also"
 * that asks a change, work of the client's own team or work inside the allowance (shared/not-new-work.ts).
 */
export const SCOPE_CREEP_RULES: readonly Rule[] = [
  enWhileYoureAtIt,
  enSmallExtra,
  enAlsoNewWork,
  enOutsideAgreement,
  enMoreThanAgreed,
  enFoldIn,
  enMoreItems,
  enWiderService,
  enRedoOurOwn,
  enExtraVersion,
  enMatchingSet,
  enWidenedBrief,
  enPerItem,
  enOngoingService,
  enThirdParty,
  enBesideAgreed,
  enElementAsWell,
  enNewFeature,
  enOnlyCovered,
  enAlsoAnyVerb,
  frPendantQueTuYEs,
  frPetitBonus,
  frAussiNouveauTravail,
  frHorsPerimetre,
  frPlusQuePrevu,
  frMemeForfait,
  frPlusDElements,
  frPrestationElargie,
  frRefaireNosSupports,
  frSerieAssortie,
  frBriefElargi,
  frParElement,
  frServiceSuivi,
  frTiers,
  frACoteDuConvenu,
  frElementEnPlus,
  frAutreVue,
  frNouvelleFonction,
  frNeCouvreQue,
  frAussiToutVerbe,
  enLendAHand,
  frCoupDeMain,
  frSeChargerDe,
  enWishedDeliverable,
  frLivrableSouhaite,
  enReusedWork,
  frDeclinaison,
  enDoesMore,
  frFaitPlus,
  enSomethingToAdd,
  frQuelqueChoseAAjouter,
]
  .map(quietWhenAgreed)
  .map(onNewWork);
