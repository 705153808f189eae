import { defineSignal } from './signal.js';

function band(min: number, max: number) {
  return (q: { spamProbability: number | null }) => {
    const p = q.spamProbability;
    return p !== null && p >= min && p < max ? [`p(spam) = ${p.toFixed(3)}`] : null;
  };
}

/**
 * The statistical model's opinion, in bands on SpamAssassin's BAYES_nn boundaries (0.6, 0.95, 0.99…). The points
 * are set with `npm run eval`; as the model learns nothing from trade words (src/bayes/neutral.ts), a genuine
 * inquiry seldom reaches even the lowest. Moving that band's floor from 0.75 to 0.6 and the next from 0.97 to
 * 0.95 quarantined 15 more junk and no more held-out ham or inquiries (4 more Enron ham went to suspicious, and 4
 * of the 3,324 ham the model was trained on to junk, newsletters that sell).
 */
export const bayesSignals = [
  defineSignal({
    id: 'bayes.spam_995', group: 'bayes', points: 5,
    en: 'Text model: wording almost certainly junk', zh: '文本模型：措辞几乎肯定是垃圾邮件',
    check: band(0.995, 1.01),
  }),
  defineSignal({
    id: 'bayes.spam_95', group: 'bayes', points: 3,
    en: 'Text model: wording very likely junk', zh: '文本模型：措辞很可能是垃圾邮件',
    check: band(0.95, 0.995),
  }),
  defineSignal({
    id: 'bayes.spam_60', group: 'bayes', points: 2,
    en: 'Text model: wording leans towards junk', zh: '文本模型：措辞偏向垃圾邮件',
    check: band(0.6, 0.95),
  }),
  defineSignal({
    id: 'bayes.ham_05', group: 'bayes', points: -2,
    en: 'Text model: wording like ordinary business mail', zh: '文本模型：措辞像正常商务邮件',
    check: band(-1, 0.05),
  }),
];
