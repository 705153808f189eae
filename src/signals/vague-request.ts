import type { Inquiry } from '../model/inquiry.js';
import { matchedPhrases } from './phrase-scan.js';

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
const PRICE_ASK = /\b(?:catalog(?:ue)?s?|price ?lists?|products? lists?|product (?:details|information|specifications)|quotation|quote|offer|stocks? available|in stock|availability|catálogo|lista de precios|cotización|liste de prix|devis|katalog|preisliste|angebot)\b/;

const found = new WeakMap<Inquiry, string[] | null>();

/**
 * The phrases of a request that asks for a catalogue, a price list or a quotation of "your products" and
 * names no goods (no product, quantity, specification or target price), else null. Terms alone ("your
 * price list in FOB") name no goods. Such a letter fits every supplier it is sent to, so the marks of a
 * buyer it carries (intent, a company introduced, a greeting) say nothing about it either.
 */
export function vagueRequest(q: Inquiry): string[] | null {
  let result = found.get(q);
  if (result === undefined) found.set(q, (result = scan(q)));
  return result;
}

function scan(q: Inquiry): string[] | null {
  const x = q.extracted;
  if (x.quantity || x.specifications.length > 0 || x.targetPrice || x.products.length > 0) return null;
  const asks = matchedPhrases(q.lower, CATALOG_ASK);
  if (asks.length > 0) return asks;
  const unnamed = matchedPhrases(q.lower, UNNAMED_GOODS);
  const ask = unnamed.length > 0 ? PRICE_ASK.exec(q.lower) : null;
  return ask ? [...unnamed, ask[0]] : null;
}
