import type { Extracted } from '../model/extracted.js';
import type { Inquiry } from '../model/inquiry.js';
import { AD_TOPICS } from './lists/ad-topics.js';
import { TENDER_SOURCING } from './lists/phrases.js';
import { cueTier, defineSignal, matchedPhrases } from './signal.js';
import { vagueRequest } from './vague-request.js';

/** The details a real buyer gives (seed 判断有效询盘的技巧 1), named for the evidence. */
export function specifics(x: Extracted): string[] {
  const found: string[] = [];
  if (x.quantity) found.push(`quantity: ${x.quantity.text}`);
  if (x.specifications.length > 0) found.push(`spec: ${x.specifications[0] ?? ''}`);
  if (x.packaging) found.push(`packaging: ${x.packaging}`);
  if (x.deliveryTime) found.push(`delivery: ${x.deliveryTime}`);
  if (x.port || x.incoterm) found.push(`terms: ${[x.incoterm, x.port].filter(Boolean).join(' ')}`);
  if (x.certificates.length > 0) found.push(`certificates: ${x.certificates.join(', ')}`);
  if (x.targetPrice) found.push(`target price: ${x.targetPrice.text}`);
  if (x.origin) found.push(`origin: ${x.origin}`);
  if (x.qualityStandard) found.push(`standard: ${x.qualityStandard}`);
  return found;
}

/**
 * Whether the message's marks of a buyer count: it asks to buy, it advertises none of spam.ad_topic's
 * topics, and it is not a sourcing tender (fraud.tender_sourcing). An advertisement's "lowest prices",
 * "order now" and "target price" (stock tips) are the advertiser's words; read as a buyer's they had taken
 * up to 6 points off pharmacy, loan and stock spam. A sourcing tender's quantity, model and company
 * address are its bait: it copies a real company's letterhead.
 */
export function readsAsBuyer(q: Inquiry): boolean {
  return q.buyIntent.length > 0 && cueTier(q, AD_TOPICS, 1) === null && cueTier(q, TENDER_SOURCING, 2) === null;
}

const GENERIC_GREETING = /^(sir|madam|sirs|friend|customer|seller|supplier|manager|team|all|partner|colleague|valued|beloved|user|member|client|account|recipient|there|everyone|purchasing|sales)\b/i;
// Case matters for the name (a capital letter), not for the greeting: no inline (?i) in Node 20.
const SALUTATION = /^\s*(?:[Dd]ear|[Hh]i|[Hh]ello|[Hh]ey|[Gg]ood (?:[Mm]orning|[Aa]fternoon|[Dd]ay))[ ,]+(?:(?:[Mm]r|[Mm]rs|[Mm]s|[Mm]iss|[Dd]r)\.? )?(\p{Lu}[\p{L}'-]+)/mu;
const NEAR_PRODUCT = [
  /\b(can|could) you (make|produce|manufacture|develop|customi[sz]e)\b/, /\bdo you (make|produce|manufacture)\b/,
  /\bsimilar to\b/, /\bcustomi[sz]ed?\b.{0,40}\b(colou?r|size|logo|design|style|spec)/, /\b(oem|odm)\b/, /能否(生产|定制)|可以定做/,
];
const COMPANY_INTRO = /\b(we|our company|i) (are|am|is) (a|an|the)\b.{0,60}\b(company|importer|distributor|wholesaler|manufacturer|retailer|trading|supplier|factory|store|chain|group|firm|agency|contractor|reseller|dealer)\b|我们是.{0,20}(公司|工厂)/;
// Seed 如何筛选询盘 3: invitation letters and "cooperation" pitches go to the end of the queue.
const OFF_PROCESS = [/\binvitation letter\b/, /\b(seek(ing)?|looking for|propose|establish) (a |an )?(business |long[- ]term |mutual )?cooperation\b|\bcooperation (proposal|agreement|offer)\b/, /\b(sole|exclusive) (agent|agency|distributor(ship)?)\b/, /\bpartnership proposal\b/, /\bbecome your (agent|partner|distributor)\b/, /邀请函|寻求合作/];

export const buyerSignals = [
  defineSignal({
    id: 'buyer.specific_request', group: 'buyer', points: -4,
    en: 'Specific request: quantity, specs, terms or certificates', zh: '需求具体：数量、规格、条款或认证',
    check: (q) => {
      // Terms, delivery and certificates are details of some goods: without the goods named (a product, a
      // quantity, a specification) they fit any supplier, as a fake buyer's letter does.
      const x = q.extracted;
      const goods = x.products.length > 0 || x.quantity !== null || x.specifications.length > 0;
      const found = specifics(x);
      return goods && found.length >= 2 && readsAsBuyer(q) ? found : null;
    },
  }),
  defineSignal({
    id: 'buyer.names_product', group: 'buyer', points: -2,
    en: 'Names the product wanted', zh: '提到了具体想要的产品',
    check: (q) => (q.extracted.products.length > 0 && readsAsBuyer(q) ? q.extracted.products.slice(0, 3) : null),
  }),
  defineSignal({
    id: 'buyer.purchase_intent', group: 'buyer', points: -1,
    en: 'Asks to buy or for a quotation', zh: '表达了采购或询价意向',
    // A request that names no goods fits every supplier: its intent is no buyer's mark (bulk.vague_request).
    check: (q) => (readsAsBuyer(q) && !vagueRequest(q) ? q.buyIntent.slice(0, 3) : null),
  }),
  defineSignal({
    id: 'buyer.near_product', group: 'buyer', points: -2,
    en: 'Asks whether you can make a product close to yours', zh: '询问能否生产相近或定制产品',
    check: (q) => {
      const found = matchedPhrases(q.lower, NEAR_PRODUCT);
      return found.length > 0 && readsAsBuyer(q) ? found : null;
    },
  }),
  defineSignal({
    id: 'buyer.personal_salutation', group: 'buyer', points: -1,
    en: 'Greets you by name', zh: '称呼了收件人姓名',
    check: (q) => {
      const name = SALUTATION.exec(q.message.text.slice(0, 300))?.[1];
      return name && !GENERIC_GREETING.test(name) && readsAsBuyer(q) && !vagueRequest(q) ? [name] : null;
    },
  }),
  defineSignal({
    id: 'buyer.company_intro', group: 'buyer', points: -2,
    en: 'Introduces their company', zh: '介绍了自己的公司',
    check: (q) => {
      const intro = COMPANY_INTRO.exec(q.lower)?.[0];
      return intro && readsAsBuyer(q) && !vagueRequest(q) ? [intro.slice(0, 80)] : null;
    },
  }),
  defineSignal({
    id: 'buyer.off_process', group: 'buyer', points: 0,
    en: 'Off-process request: invitation letter, "cooperation"', zh: '非常规请求：邀请函、“寻求合作”等',
    check: (q) => {
      const found = matchedPhrases(q.lower, OFF_PROCESS);
      return found.length > 0 ? found : null;
    },
  }),
];
