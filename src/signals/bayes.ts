import { defineSignal } from './signal.js';

function band(min: number, max: number) {
  return (q: { spamProbability: number | null }) => {
    const p = q.spamProbability;
    return p !== null && p >= min && p < max ? [`p(spam) = ${p.toFixed(3)}`] : null;
  };
}

/**
 * The statistical model's opinion, in bands like SpamAssassin's BAYES_nn rules (whose defaults give 0.8–0.95
 * two points). The bands are set with `npm run eval`; as the model learns nothing from trade words
 * (src/bayes/neutral.ts), a genuine inquiry seldom reaches even the lowest.
 */
export const bayesSignals = [
  defineSignal({
    id: 'bayes.spam_995', group: 'bayes', points: 5,
    en: 'Text model: wording almost certainly junk', zh: '文本模型：措辞几乎肯定是垃圾邮件',
    check: band(0.995, 1.01),
  }),
  defineSignal({
    id: 'bayes.spam_97', group: 'bayes', points: 3,
    en: 'Text model: wording very likely junk', zh: '文本模型：措辞很可能是垃圾邮件',
    check: band(0.97, 0.995),
  }),
  defineSignal({
    id: 'bayes.spam_75', group: 'bayes', points: 2,
    en: 'Text model: wording leans towards junk', zh: '文本模型：措辞偏向垃圾邮件',
    check: band(0.75, 0.97),
  }),
  defineSignal({
    id: 'bayes.ham_05', group: 'bayes', points: -2,
    en: 'Text model: wording like ordinary business mail', zh: '文本模型：措辞像正常商务邮件',
    check: band(-1, 0.05),
  }),
];
