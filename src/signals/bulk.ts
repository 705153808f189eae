import { defineSignal, matchedPhrases } from './signal.js';

// "Send me your catalogue and price list" with nothing else: a net cast at every supplier (seed 真假询盘 4).
const CATALOG_ASK = [
  /\b(send|share|forward|provide|mail)\b.{0,30}\b(your )?(latest |full |complete |product |e-?)?(catalog(ue)?s?|price ?lists?|product list|brochure|company profile)\b/,
  /\b(get back|revert|reply|come back) (to (us|me) )?with\b.{0,50}\b(catalog(ue)?s?|price ?lists?|product list)\b/,
  /\b(catalog(ue)?|price ?list)\b.{0,20}\b(please|asap|kindly)\b/, /\bquote (your )?best price(s)? (for|on) (all )?(your )?products\b/,
  /请.{0,4}(发|寄).{0,6}(目录|价格表|报价单)/, /\benvíe(nos)? (su )?(catálogo|lista de precios)\b/, /\b(envoyez|envoyer).{0,20}(catalogue|liste de prix)\b/,
];
// "Interested in your products… send your price list": the goods are never named, only "your products",
// so the same letter fits every supplier it is sent to (seed 真假询盘 4: 询问的东西非常含糊).
const UNNAMED_GOODS = [
  /\b(?:your|ur) (?:company'?s? |esteemed |good |quality )?(?:products?|goods|items|merchandise)\b(?! (?:such as|like|including|namely))/,
  /\b(?:sus|vuestros) productos\b/, /\bvos produits\b/, /\bihre(?:n)? produkte\b/,
];
const PRICE_ASK = /\b(?:catalog(?:ue)?s?|price ?lists?|products? lists?|product (?:details|information|specifications)|quotation|quote|offer|catálogo|lista de precios|cotización|liste de prix|devis|katalog|preisliste|angebot)\b/;
const UNDISCLOSED = /undisclosed|recipients|:;$|^$/i;
/** Visible recipients from which a mail is a broadcast, not correspondence (a team list is shorter). */
const MASS_RECIPIENTS = 30;

export const bulkSignals = [
  defineSignal({
    id: 'bulk.vague_request', group: 'bulk', points: 3,
    en: 'Only asks for a catalogue or price list, no product named', zh: '只索要目录/价格表，未提具体产品',
    check: (q) => {
      const x = q.extracted;
      // Terms alone ("your price list in FOB") name no goods: only goods and their details make it specific.
      if (x.quantity || x.specifications.length > 0 || x.targetPrice || x.products.length > 0) return null;
      const asks = matchedPhrases(q.lower, CATALOG_ASK);
      if (asks.length > 0) return asks;
      const unnamed = matchedPhrases(q.lower, UNNAMED_GOODS);
      const ask = unnamed.length > 0 ? PRICE_ASK.exec(q.lower) : null;
      return ask ? [...unnamed, ask[0]] : null;
    },
  }),
  defineSignal({
    id: 'bulk.undisclosed_recipients', group: 'weak', points: 1,
    en: 'Sent to hidden or many recipients, not to you alone', zh: '群发：收件人被隐藏或有大量收件人',
    check: (q) => {
      if (q.facts.platform) return null; // a platform inquiry or a chat line is addressed to us by the platform
      const to = q.message.to;
      if (to.length >= 10 && to.length < MASS_RECIPIENTS) return [`${to.length} recipients`];
      if (to.length === 0 || (to.length === 1 && UNDISCLOSED.test(to[0]?.name || to[0]?.address || ''))) {
        return q.buyIntent.length > 0 || q.message.links.length > 0 ? [to[0]?.name || 'no To'] : null;
      }
      return null;
    },
  }),
  defineSignal({
    id: 'bulk.mass_recipients', group: 'bulk', points: 3,
    en: 'Sent openly to dozens of addresses at once', zh: '同一封邮件公开群发给数十个地址',
    check: (q) => (!q.facts.platform && q.message.to.length >= MASS_RECIPIENTS ? [`${q.message.to.length} recipients`] : null),
  }),
  defineSignal({
    id: 'bulk.broadcast', group: 'bulk', points: 4, history: true,
    en: 'Same inquiry sent to many suppliers', zh: '同一询盘群发给大量供应商',
    check: (q) => {
      const suppliers = q.facts.platform?.suppliersContacted ?? 0;
      if (suppliers >= 20) return [`${suppliers} suppliers`];
      return q.facts.sameTextSenders >= 3 ? [`same text from ${q.facts.sameTextSenders} senders`] : null;
    },
  }),
];
