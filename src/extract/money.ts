import type { Money } from '../model/extracted.js';
import { MARK_SOURCE, currencyFor } from './currencies.js';
import { MULTIPLIER_SOURCE, NUMBER_SOURCE, multiplierOf, parseNumber } from './numbers.js';

const MARK = `(?:${MARK_SOURCE})`;
const AMOUNT = String.raw`(?<num>${NUMBER_SOURCE})(?:\s?(?:-|–|~|to)\s?(?:${MARK})?\s?${NUMBER_SOURCE})?(?:\s?(?<mult>(?:${MULTIPLIER_SOURCE})(?![\p{L}])))?`;
const PER = String.raw`(?:\s?(?<each>each|ea\.|apiece|cada)(?![\p{L}])|\s?(?:/|per|a|por|par|pro|за|每)\s?(?<per>pcs|pc|piece|unit|set|pair|ton|tonne|mt|kg|kilo|meter|m|m2|sqm|carton|box|bag|roll|liter|litre|l|dozen|container|unidad|pieza|pièce|unité|stück|шт|个|件|吨|套)(?![\p{L}]))?`;

/** "USD 2.5/pc", "$25,000", "US $3.20-3.80 per piece", "EUR 3,40 per unit", "1.2 usd", "28元". */
const MARK_FIRST = new RegExp(String.raw`(?<mark>${MARK})\s?${AMOUNT}${PER}`, 'giu');
const MARK_AFTER = new RegExp(String.raw`${AMOUNT}\s?(?<mark>${MARK})${PER}`, 'giu');

/** A price the buyer names as theirs rather than a figure they mention in passing. */
const TARGET_CUE = /(?:target|budget|price|precio|prix|preço|preis|цен|価格|价|offer|pay|cost|at|for|objetivo|cible|alvo|ziel)[\s:：a-z]{0,12}$/iu;
const FREIGHT_CUE = /(?:shipping|freight|delivery|postage|envío|frete|fret|livraison|доставк|运费|快递)[\s\p{L}]{0,15}$/iu;
const PER_NORMAL: Readonly<Record<string, string>> = {
  piece: 'pc', pcs: 'pc', pieza: 'pc', pièce: 'pc', stück: 'pc', шт: 'pc', 个: 'pc', 件: 'pc',
  unidad: 'unit', unité: 'unit', tonne: 'ton', mt: 'ton', 吨: 'ton', kilo: 'kg', litre: 'liter', l: 'liter', sqm: 'm2', 套: 'set',
};

export function findTargetPrice(text: string): Money | null {
  let best: { money: Money; score: number; index: number } | null = null;
  for (const pattern of [MARK_FIRST, MARK_AFTER]) {
    for (const m of text.matchAll(pattern)) {
      const money = toMoney(m);
      if (!money) continue;
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      let score = 0;
      if (TARGET_CUE.test(before)) score += 2;
      if (FREIGHT_CUE.test(before)) score -= 3;
      if (money.per) score += 1;
      if (!best || score > best.score || (score === best.score && m.index < best.index)) best = { money, score, index: m.index };
    }
  }
  return best?.money ?? null;
}

function toMoney(m: RegExpMatchArray): Money | null {
  const g = m.groups ?? {};
  const currency = currencyFor(g.mark ?? '');
  const amount = g.num ? parseNumber(g.num, 'money') : null;
  if (!currency || amount === null) return null;
  const value = amount * multiplierOf(g.mult);
  if (!(value > 0) || !Number.isFinite(value)) return null;
  const perRaw = g.per?.toLowerCase();
  return { amount: value, currency, per: perRaw ? PER_NORMAL[perRaw] ?? perRaw : g.each ? 'pc' : null, text: m[0].trim() };
}
