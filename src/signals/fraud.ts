import { mayMatch } from '../regex/may-match.js';
import { FRAUD_CUES } from './lists/phrases.js';
import { cueTier, defineSignal } from './signal.js';

// Seed: a "government tender" buyer who, after forms and haggling, asks you to pay a commission first.
const TENDER = /\b(government|ministry|municipal|state|federal|public)\b.{0,60}\b(tender|contract|project|bid|procurement)\b|政府.{0,10}招标/;
const FEE_FIRST = /\b(pay|paid|transfer|remit)\b.{0,30}\b(commission|fee)s?\b|\b(registration|tender|processing|bid bond|agent|consultancy) fee\b|\bpay (first|in advance|upfront)\b|\badvance fee\b|(先付|预付|支付).{0,6}(佣金|费用)/;

export const fraudSignals = [
  defineSignal({
    id: 'fraud.advance_fee', group: 'fraud', points: 8, decisive: true,
    en: 'Reads like an advance-fee letter (3+ classic phrases)', zh: '三处以上典型预付费诈骗措辞',
    check: (q) => cueTier(q, FRAUD_CUES, 3),
  }),
  defineSignal({
    id: 'fraud.advance_fee_hint', group: 'fraud', points: 3,
    en: 'Two phrases typical of advance-fee fraud', zh: '出现两处预付费诈骗常见措辞',
    check: (q) => cueTier(q, FRAUD_CUES, 2, 2),
  }),
  defineSignal({
    id: 'fraud.tender_commission', group: 'fraud', points: 8,
    en: 'Government tender that asks you to pay a fee first', zh: '政府招标类邀约，并要求先付佣金或费用',
    check: (q) => {
      const tender = mayMatch(TENDER, q.lower) ? TENDER.exec(q.lower) : null;
      const fee = tender && mayMatch(FEE_FIRST, q.lower) ? FEE_FIRST.exec(q.lower) : null;
      return tender && fee ? [tender[0], fee[0]] : null;
    },
  }),
];
