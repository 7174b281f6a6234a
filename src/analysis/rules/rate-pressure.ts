import type { Rule } from '../rule.ts';
import enDiscount from './en/rate-pressure-discount.ts';
import enExposure from './en/rate-pressure-exposure.ts';
import enFreeWork from './en/rate-pressure-free-work.ts';
import enLatePayment from './en/rate-pressure-late-payment.ts';
import enNotInMoney from './en/rate-pressure-not-in-money.ts';
import enPayWhenPaid from './en/rate-pressure-pay-when-paid.ts';
import enRefusedSurcharge from './en/rate-pressure-refused-surcharge.ts';
import enTooExpensive from './en/rate-pressure-too-expensive.ts';
import enMatchCompetitor from './en/rate-pressure-match-competitor.ts';
import enUnpaidTrial from './en/rate-pressure-unpaid-trial.ts';
import enUnpaidAfterTrial from './en/rate-pressure-unpaid-after-trial.ts';
import enCounterOffer from './en/rate-pressure-counter-offer.ts';
import enInstalments from './en/rate-pressure-instalments.ts';
import enLowerButSteady from './en/rate-pressure-lower-but-steady.ts';
import enInsideFee from './en/rate-pressure-inside-fee.ts';
import enDiscountDue from './en/rate-pressure-discount-due.ts';
import enNoAdvance from './en/rate-pressure-no-advance.ts';
import enStandardRatePremiumDay from './en/rate-pressure-standard-rate-premium-day.ts';
import frDiscount from './fr/rate-pressure-discount.ts';
import frExposure from './fr/rate-pressure-exposure.ts';
import frFreeWork from './fr/rate-pressure-free-work.ts';
import frLatePayment from './fr/rate-pressure-late-payment.ts';
import frMajorationRefusee from './fr/rate-pressure-majoration-refusee.ts';
import frPasEnArgent from './fr/rate-pressure-pas-en-argent.ts';
import frPayeQuandPaye from './fr/rate-pressure-paye-quand-paye.ts';
import frTooExpensive from './fr/rate-pressure-too-expensive.ts';
import frSAligner from './fr/rate-pressure-s-aligner.ts';
import frEssaiNonPaye from './fr/rate-pressure-essai-non-paye.ts';
import frContreOffre from './fr/rate-pressure-contre-offre.ts';
import frPaiementEtale from './fr/rate-pressure-paiement-etale.ts';
import frMoinsMaisRegulier from './fr/rate-pressure-moins-mais-regulier.ts';
import frDansLeForfait from './fr/rate-pressure-dans-le-forfait.ts';
import frRemiseDue from './fr/rate-pressure-remise-due.ts';
import frSansAcompte from './fr/rate-pressure-sans-acompte.ts';
import frTarifNormalFerie from './fr/rate-pressure-tarif-normal-ferie.ts';
import enPayOnSales from './en/rate-pressure-pay-on-sales.ts';
import enWaiveFee from './en/rate-pressure-waive-fee.ts';
import enShareOfQuote from './en/rate-pressure-share-of-quote.ts';
import enInKind from './en/rate-pressure-in-kind.ts';
import enRateOffer from './en/rate-pressure-rate-offer.ts';
import frSoldeSurVentes from './fr/rate-pressure-solde-sur-ventes.ts';
import frRenoncerAuxFrais from './fr/rate-pressure-renoncer-aux-frais.ts';
import frPartDuDevis from './fr/rate-pressure-part-du-devis.ts';
import frEnNature from './fr/rate-pressure-en-nature.ts';
import frTauxPropose from './fr/rate-pressure-taux-propose.ts';
import enFeeCut from './en/rate-pressure-fee-cut.ts';
import frMontantRetire from './fr/rate-pressure-montant-retire.ts';
import enPayLater from './en/rate-pressure-pay-later.ts';
import frPayerPlusTard from './fr/rate-pressure-payer-plus-tard.ts';
import enLowerFigure from './en/rate-pressure-lower-figure.ts';
import frLowerFigure from './fr/rate-pressure-lower-figure.ts';
import enInsteadOfFee from './en/rate-pressure-instead-of-fee.ts';
import frALaPlaceDuTarif from './fr/rate-pressure-a-la-place-du-tarif.ts';
import enCappedHours from './en/rate-pressure-capped-hours.ts';
import frHeuresPlafonnees from './fr/rate-pressure-heures-plafonnees.ts';
import enAtCost from './en/rate-pressure-at-cost.ts';
import frPrixCoutant from './fr/rate-pressure-prix-coutant.ts';
import enSamePrice from './en/rate-pressure-same-price.ts';
import frMemePrix from './fr/rate-pressure-meme-prix.ts';
import enCreditForPay from './en/rate-pressure-credit-for-pay.ts';
import enOurRate from './en/rate-pressure-our-rate.ts';
import frNotreTarif from './fr/rate-pressure-notre-tarif.ts';

/** The rate_pressure rules of both languages, in the order they run. */
export const RATE_PRESSURE_RULES: readonly Rule[] = [
  enDiscount,
  enFreeWork,
  enExposure,
  enLatePayment,
  enPayWhenPaid,
  enRefusedSurcharge,
  enNotInMoney,
  enTooExpensive,
  enMatchCompetitor,
  enUnpaidTrial,
  enUnpaidAfterTrial,
  enCounterOffer,
  enInstalments,
  enLowerButSteady,
  enInsideFee,
  enDiscountDue,
  enNoAdvance,
  enStandardRatePremiumDay,
  enPayOnSales,
  enWaiveFee,
  enShareOfQuote,
  enInKind,
  enRateOffer,
  enFeeCut,
  enPayLater,
  enLowerFigure,
  enInsteadOfFee,
  enCappedHours,
  enAtCost,
  enSamePrice,
  enCreditForPay,
  enOurRate,
  frNotreTarif,
  frDiscount,
  frFreeWork,
  frExposure,
  frLatePayment,
  frPayeQuandPaye,
  frMajorationRefusee,
  frPasEnArgent,
  frTooExpensive,
  frSAligner,
  frEssaiNonPaye,
  frContreOffre,
  frPaiementEtale,
  frMoinsMaisRegulier,
  frDansLeForfait,
  frRemiseDue,
  frSansAcompte,
  frTarifNormalFerie,
  frSoldeSurVentes,
  frRenoncerAuxFrais,
  frPartDuDevis,
  frEnNature,
  frTauxPropose,
  frMontantRetire,
  frPayerPlusTard,
  frLowerFigure,
  frALaPlaceDuTarif,
  frHeuresPlafonnees,
  frPrixCoutant,
  frMemePrix,
];
