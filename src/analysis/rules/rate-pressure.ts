import type { Rule } from '../rule.ts';
import enDiscount from './en/rate-pressure-discount.ts';
import enExposure from './en/rate-pressure-exposure.ts';
import enFreeWork from './en/rate-pressure-free-work.ts';
import enLatePayment from './en/rate-pressure-late-payment.ts';
import enNotInMoney from './en/rate-pressure-not-in-money.ts';
import enPayWhenPaid from './en/rate-pressure-pay-when-paid.ts';
import enRefusedSurcharge from './en/rate-pressure-refused-surcharge.ts';
import enTooExpensive from './en/rate-pressure-too-expensive.ts';
import frDiscount from './fr/rate-pressure-discount.ts';
import frExposure from './fr/rate-pressure-exposure.ts';
import frFreeWork from './fr/rate-pressure-free-work.ts';
import frLatePayment from './fr/rate-pressure-late-payment.ts';
import frMajorationRefusee from './fr/rate-pressure-majoration-refusee.ts';
import frPasEnArgent from './fr/rate-pressure-pas-en-argent.ts';
import frPayeQuandPaye from './fr/rate-pressure-paye-quand-paye.ts';
import frTooExpensive from './fr/rate-pressure-too-expensive.ts';

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
  frDiscount,
  frFreeWork,
  frExposure,
  frLatePayment,
  frPayeQuandPaye,
  frMajorationRefusee,
  frPasEnArgent,
  frTooExpensive,
];
