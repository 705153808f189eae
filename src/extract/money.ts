import type { Money } from '../model/extracted.js';
import { MARK_SOURCE, currencyFor } from './currencies.js';
import { NON_SPACE_NEXT } from './non-space-next.js';
import { MULTIPLIER_SOURCE, NUMBER_SOURCE, multiplierOf, parseNumber } from './numbers.js';
import { eachMatch } from '../each-match.js';

const MARK = `${NON_SPACE_NEXT}(?:${MARK_SOURCE})`;
const AMOUNT = String.raw`(?<num>${NUMBER_SOURCE})(?:\s?(?:-|–|~|to)\s?(?:${MARK})?\s?${NUMBER_SOURCE})?(?:\s?${NON_SPACE_NEXT}(?<mult>(?:${MULTIPLIER_SOURCE})(?![\p{L}])))?`;
const PER = String.raw`(?:\s?(?<each>each|ea\.|apiece|cada)(?![\p{L}])|\s?(?:/|per|a|por|par|pro|за|每)\s?${NON_SPACE_NEXT}(?<per>pcs|pc|piece|unit|set|pair|ton|tonne|mt|kg|kilo|meter|m|m2|sqm|carton|box|bag|roll|liter|litre|l|dozen|container|unidad|pieza|pièce|unité|stück|шт|个|件|吨|套)(?![\p{L}]))?`;

/**
 * "USD 2.5/pc", "$25,000", "US $3.20-3.80 per piece", "EUR 3,40 per unit", "1.2 usd", "28元".
 * The scan walks the numbers and only then looks for a currency mark next to each one: trying the
 * hundred-odd marks at every character was the slowest step of extraction on non-Latin text.
 */
const NUMBER_AT = new RegExp(NUMBER_SOURCE, 'g');
const MARK_BEFORE = new RegExp(String.raw`(?<mark>${MARK})\s?$`, 'iu');
const AMOUNT_THEN_PER = new RegExp(String.raw`^${AMOUNT}${PER}`, 'iu');
const AMOUNT_THEN_MARK = new RegExp(String.raw`^${AMOUNT}\s?(?<mark>${MARK})${PER}`, 'iu');

/** The regexes written with NON_SPACE_NEXT, for the test that it changes no match. */
export const WITH_NON_SPACE_NEXT: readonly RegExp[] = [MARK_BEFORE, AMOUNT_THEN_PER, AMOUNT_THEN_MARK];

/** A price the buyer names as theirs rather than a figure they mention in passing. */
const TARGET_CUE = /(?:target|budget|price|precio|prix|preço|preis|цен|価格|价|offer|pay|cost|at|for|objetivo|cible|alvo|ziel)[\s:：a-z]{0,12}$/iu;
const FREIGHT_CUE = /(?:shipping|freight|delivery|postage|envío|frete|fret|livraison|доставк|运费|快递)[\s\p{L}]{0,15}$/iu;
const PER_NORMAL: Readonly<Record<string, string>> = {
  piece: 'pc', pcs: 'pc', pieza: 'pc', pièce: 'pc', stück: 'pc', шт: 'pc', 个: 'pc', 件: 'pc',
  unidad: 'unit', unité: 'unit', tonne: 'ton', mt: 'ton', 吨: 'ton', kilo: 'kg', litre: 'liter', l: 'liter', sqm: 'm2', 套: 'set',
};

export function findTargetPrice(text: string): Money | null {
  let best: { money: Money; score: number; index: number } | null = null;
  let consumedTo = 0;
  for (const n of eachMatch(NUMBER_AT, text)) {
    if (n.index < consumedTo) continue;
    const window = text.slice(n.index, n.index + 80);
    const markBefore = MARK_BEFORE.exec(text.slice(Math.max(0, n.index - 12), n.index));
    const after = markBefore ? AMOUNT_THEN_PER.exec(window) : AMOUNT_THEN_MARK.exec(window);
    if (!after) continue;
    const start = n.index - (markBefore ? markBefore[0].length : 0);
    consumedTo = n.index + after[0].length;
    const money = toMoney(after.groups ?? {}, markBefore?.groups?.mark, text.slice(start, consumedTo));
    if (!money) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    let score = 0;
    if (TARGET_CUE.test(before)) score += 2;
    if (FREIGHT_CUE.test(before)) score -= 3;
    if (money.per) score += 1;
    if (!best || score > best.score) best = { money, score, index: start };
  }
  return best?.money ?? null;
}

function toMoney(g: Record<string, string | undefined>, markBefore: string | undefined, written: string): Money | null {
  const currency = currencyFor(markBefore ?? g.mark ?? '');
  const amount = g.num ? parseNumber(g.num, 'money') : null;
  if (!currency || amount === null) return null;
  const value = amount * multiplierOf(g.mult);
  if (!(value > 0) || !Number.isFinite(value)) return null;
  const perRaw = g.per?.toLowerCase();
  return { amount: value, currency, per: perRaw ? PER_NORMAL[perRaw] ?? perRaw : g.each ? 'pc' : null, text: written.trim() };
}
