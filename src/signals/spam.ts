import { counted, defineSignal, matchedPhrases } from './signal.js';

// Offers that have nothing to do with buying the seller's goods (seed: 广告等询盘).
const UNRELATED_OFFERS = [
  /\b(seo|search engine optimi[sz]ation|first page (of|on) google|rank(ing)? (your|on) (website|google))\b/, /\b(web|website|app) (design|development|redesign)\b/,
  /\b(email|e-mail|mailing|b2b|contact|leads?) (list|database)s?\b/, /\b(loan|credit|mortgage|debt) (offer|approval|consolidation|relief)\b/,
  /\b(viagra|cialis|pharmacy|pills?|weight loss|diet)\b/, /\b(casino|betting|poker|slots)\b/, /\b(dating|singles|hot (girls|women)|adult)\b/,
  /\b(guest post|backlinks?|link building|domain authority)\b/, /\b(lead generation|digital marketing|social media marketing|marketing services?)\b/,
  /\b(increase|boost|grow) (your )?(sales|traffic|revenue|followers)\b/, /\b(work from home|make money|earn \$?\d+|extra income)\b/,
  /\b(free (trial|gift|offer)|100% free|no cost|special promotion|limited time offer|act now|order now|buy now)\b/,
  /\b(unsubscribe|opt[- ]out|remove (me|yourself) from)\b/, /\b(click here|click below)\b/, /\b(cheap|lowest price|discount) (software|watches|meds|rolex)\b/,
  /\b(trade ?show|exhibition|expo) (booth|stand|invitation|visitor)s?\b.{0,80}\b(register|book|price|offer)\b/,
  /\b(logistics|freight forwarder|shipping agent)\b.{0,60}\b(our (services|rates)|best rates)\b/,
];

export const spamSignals = [
  defineSignal({
    id: 'spam.unrelated_offer', group: 'spam', points: 4,
    en: 'An advertisement or offer, not a purchase request', zh: '广告或推销，并非采购需求',
    check: (q) => (q.buyIntent.length > 0 ? counted(q.lower, UNRELATED_OFFERS, 3) : counted(q.lower, UNRELATED_OFFERS, 2)),
  }),
  defineSignal({
    id: 'spam.shouting_subject', group: 'spam', points: 1,
    en: 'Subject in capitals or with many exclamation marks', zh: '主题全大写或大量感叹号',
    check: (q) => {
      const s = q.message.subject;
      const letters = s.replace(/[^A-Za-z]/g, '');
      if (/!{2,}|\$\$|€€/.test(s)) return [s.slice(0, 80)];
      return letters.length >= 12 && letters === letters.toUpperCase() ? [s.slice(0, 80)] : null;
    },
  }),
  defineSignal({
    id: 'spam.hidden_text', group: 'spam', points: 2,
    en: 'HTML hides text from the reader (tiny or invisible)', zh: 'HTML中含隐藏文字（极小或不可见）',
    check: (q) => {
      const html = q.message.html;
      if (!html) return null;
      const found = matchedPhrases(html.toLowerCase().slice(0, 200_000), [
        /font-size:\s*[01](px|pt)?\s*[;"']/, /display:\s*none[^>]{0,200}>[^<]{20}/, /color:\s*#?(fff|ffffff|white)\b[^>]{0,120}background(-color)?:\s*#?(fff|ffffff|white)\b/, /visibility:\s*hidden/,
      ]);
      return found.length > 0 ? found : null;
    },
  }),
  defineSignal({
    id: 'spam.image_only', group: 'spam', points: 2,
    en: 'Almost no text: the content is in images', zh: '几乎没有文字，内容全在图片里',
    check: (q) => {
      const html = q.message.html;
      if (!html || q.message.text.replace(/\s+/g, '').length > 80) return null;
      const images = html.match(/<img\b/gi)?.length ?? 0;
      return images > 0 ? [`${images} <img>`] : null;
    },
  }),
];
