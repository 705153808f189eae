import { defineSignal } from './signal.js';

function band(min: number, max: number) {
  return (q: { spamProbability: number | null }) => {
    const p = q.spamProbability;
    return p !== null && p >= min && p < max ? [`p(spam) = ${p.toFixed(3)}`] : null;
  };
}

/** The statistical model's opinion, in bands like SpamAssassin's BAYES_nn rules (whose defaults give 0.8–0.95 two points). */
export const bayesSignals = [
  defineSignal({
    id: 'bayes.spam_999', group: 'bayes', points: 5,
    en: 'Text model: wording almost certainly junk', zh: '文本模型：措辞几乎肯定是垃圾邮件',
    check: band(0.999, 1.01),
  }),
  defineSignal({
    id: 'bayes.spam_99', group: 'bayes', points: 3,
    en: 'Text model: wording very likely junk', zh: '文本模型：措辞很可能是垃圾邮件',
    check: band(0.99, 0.999),
  }),
  defineSignal({
    id: 'bayes.spam_90', group: 'bayes', points: 2,
    en: 'Text model: wording leans towards junk', zh: '文本模型：措辞偏向垃圾邮件',
    check: band(0.9, 0.99),
  }),
  defineSignal({
    id: 'bayes.ham_05', group: 'bayes', points: -2,
    en: 'Text model: wording like ordinary business mail', zh: '文本模型：措辞像正常商务邮件',
    check: band(-1, 0.05),
  }),
];
