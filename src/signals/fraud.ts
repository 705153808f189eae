import { counted, defineSignal } from './signal.js';

// Each phrase alone is common in honest mail; two or more together are the advance-fee letter.
const ADVANCE_FEE = [
  /\bnext of kin\b/, /\b(late|deceased) (client|husband|father|customer)\b/, /\binheritance\b/, /\bbeneficiar(y|ies)\b/,
  /\b(us\$|usd|\$|£|€|eur|gbp) ?\d+([.,]\d+)? ?(m|million|mil)\b/, /\b\d+([.,]\d+)? ?million (us |united states )?(dollars|usd|euros|pounds)\b/,
  /\b(barrister|attorney at law|solicitor)\b/, /\bdiplomat(ic)?\b/, /\bconsignment (box|boxes)\b/, /\batm (card|master ?card)\b/,
  /\bcompensation (fund|payment)\b/, /\b(lottery|jackpot|won the|winning (number|notification))\b/, /\bconfidential(ly)? (business|transaction|proposal)\b/,
  /\b(urgent|immediate) (assistance|attention|response)\b/, /\bdear (friend|beloved|sir\/madam)\b/, /\bgod bless\b/,
  /\b(foreign|overseas) (partner|account)\b/, /\btransfer (of )?(the )?(fund|sum|money)s?\b/, /\bcommission of \d+ ?%/,
  /\b\d+ ?% (of the (total )?(fund|sum|amount)|for (you|your assistance))\b/, /\b(bank|central bank|federal reserve|imf|un) (of|in)? ?(nigeria|ghana|benin|togo|africa)\b/,
  /\b(charity|orphanage|widow|cancer)\b.{0,80}\b(donat|fund|money)/, /\bdormant (account|fund)\b/, /\bunclaimed\b/,
  /\b(private|personal) e-?mail\b/, /\bmutual benefit\b/, /\brisk[- ]free\b/, /\b(business|investment) (proposal|opportunity)\b/,
  /\bsecurity (company|vault)\b/, /\bclearance (fee|certificate)\b/, /\b(legal|processing|release|transfer|courier) fee\b/,
  /\b(bitcoin|btc|crypto(currency)?|usdt|forex) (investment|trading|wallet|profit)\b/, /\bguaranteed (profit|return)s?\b/,
  /\bgovernment (contract|project|tender)\b/, /\bvia (whatsapp|telegram)\b/, /\b(my|our) (late|dying)\b/,
  /\bmrs?\.? [a-z]+ (from|of) (syria|libya|iraq|afghanistan|ukraine)\b/, /\bwar (zone|veteran)\b/,
];
// Seed: a "government tender" buyer who, after forms and haggling, asks you to pay a commission first.
const TENDER = /\b(government|ministry|municipal|state|federal|public)\b.{0,60}\b(tender|contract|project|bid|procurement)\b|政府.{0,10}招标/;
const FEE_FIRST = /\b(commission|registration fee|tender fee|bid bond fee|processing fee|pay(ment)? (first|in advance|upfront)|advance (payment|fee)|agent fee|consultancy fee)\b|佣金|先付/;

export const fraudSignals = [
  defineSignal({
    id: 'fraud.advance_fee', group: 'fraud', points: 7,
    en: 'Reads like an advance-fee letter (several classic phrases)', zh: '多处典型预付费诈骗措辞',
    check: (q) => counted(q.lower, ADVANCE_FEE, 3),
  }),
  defineSignal({
    id: 'fraud.advance_fee_hint', group: 'fraud', points: 3,
    en: 'Two phrases typical of advance-fee fraud', zh: '出现两处预付费诈骗常见措辞',
    check: (q) => {
      const found = counted(q.lower, ADVANCE_FEE, 2);
      return found && found.length === 2 ? found : null;
    },
  }),
  defineSignal({
    id: 'fraud.tender_commission', group: 'fraud', points: 8,
    en: 'Government tender that asks you to pay a fee first', zh: '政府招标类邀约，并要求先付佣金或费用',
    check: (q) => {
      const tender = TENDER.exec(q.lower);
      const fee = FEE_FIRST.exec(q.lower);
      return tender && fee ? [tender[0], fee[0]] : null;
    },
  }),
];
