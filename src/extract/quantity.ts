import type { Quantity } from '../model/extracted.js';
import { MULTIPLIER_SOURCE, NUMBER_SOURCE, NUMBER_WORDS, NUMBER_WORD_SOURCE, multiplierOf, parseNumber } from './numbers.js';
import { CJK_UNIT_SOURCE, ORDER_UNITS, WORD_UNIT_SOURCE, unitFor } from './units.js';

/** The count: a digit number (optionally a range "10-100", taken at its low end) or a small number word. */
const COUNT = String.raw`(?<num>${NUMBER_SOURCE})(?:\s?(?:-|–|~|to|a|à|bis|до|至)\s?(?<upper>${NUMBER_SOURCE}))?\s?(?<mult>(?:${MULTIPLIER_SOURCE})(?![\p{L}]))?|(?<![\p{L}])(?<word>${NUMBER_WORD_SOURCE})`;

const UNIT_AMOUNT = new RegExp(
  String.raw`(?:${COUNT})\s{0,2}(?:(?<unit>${WORD_UNIT_SOURCE})(?![\p{L}\p{N}])|(?<cjk>${CJK_UNIT_SOURCE}))`,
  'giu',
);

/** "2x20ft containers", "1 x 40HQ", "10 x 40' containers", "one 40 feet container"; and "2 CONTAINERS 20\"". */
const CONTAINERS_SIZE_FIRST = new RegExp(
  String.raw`(?:${COUNT})\s?(?:[x×*]\s?)?(?<size>20|40|45)\s?(?<mark>ft|feet|foot|'|’|"|pies|pieds)?\s?(?<kind>hq|hc|gp|dv|high\s?cube)?(?![\p{L}\p{N}])\s?(?<box>containers?|cntrs?|fcl|contenedor(?:es)?|conteneurs?|contêiner(?:es)?)?`,
  'giu',
);
const CONTAINERS_WORD_FIRST = new RegExp(
  String.raw`(?:${COUNT})\s?(?<box>containers?|contenedor(?:es)?|conteneurs?)\s?(?:of\s)?(?<size>20|40|45)\s?(?<mark>ft|feet|'|"|’)?\s?(?<kind>hq|hc|gp)?(?![\p{L}\p{N}])`,
  'giu',
);

/** "MOQ 1000", "quantity: 500", "Qty : 10": a count given after a label, unit optional. */
const LABELLED = new RegExp(
  String.raw`(?<![\p{L}])(?:moq|minimum order(?: quantity)?|qty|quantity|cantidad|quantité|quantidade|menge|stückzahl|количество|数量|miktar)\s{0,2}[:：=]?\s{0,2}(?:of\s|is\s|about\s|around\s)?(?<num>${NUMBER_SOURCE})\s?(?<mult>(?:${MULTIPLIER_SOURCE})(?![\p{L}]))?`,
  'giu',
);

/** Fallback for "3 mousepads" or "buy 2-10 boards": any noun right after a buying verb and a number. */
const VERB_NOUN = new RegExp(
  String.raw`(?<![\p{L}])(?:order|need|buy|purchase|want|require|ordering|purchasing|buying|interested in|sample of)\s(?:about\s|around\s|approximately\s)?(?<num>${NUMBER_SOURCE})(?:\s?-\s?${NUMBER_SOURCE})?\s(?<noun>\p{L}{3,20})`,
  'giu',
);

const BUY_CUE = /(?:need|order|buy|purchas|requir|quantit|qty|moq|want|interested|looking|quote|quotation|price for|cost for|for|of|about|around|approx|cantidad|necesit|quiero|compra|quantité|besoin|commander|acheter|preciso|quero|comprar|möchte|brauche|bestellen|нужн|куп|заказ|количеств|要|买|订|采购|اريد|أحتاج|istiyorum)[\s:：*]{0,3}$/iu;
const PACK_SIZE_AFTER = /^\s?(?:[\p{L}]{1,12}\s){0,2}(?:bags?|bottles?|drums?|jars?|cans?|sacks?|pouch(?:es)?|tins?|buckets?|packs?|doy|pet|sachets?|jumbo|bolsa|saco|sac|袋|瓶|桶)(?![\p{L}])/iu;
const RATE_AFTER = /^\s?(?:per|\/|a|an)\s?(?:hour|hr|h|day|minute|min)(?![\p{L}])/iu;
const NOT_A_THING = /^(?:days?|weeks?|months?|years?|hours?|minutes?|times?|percent|people|persons|inch|inches|colors?|colours?|sizes?|models?|styles?|dollars?|euros?|usd|eur|more|less|and|or|to|of|per|pieces?|the)$/iu;

interface Candidate { quantity: Quantity; score: number; index: number }

export function findQuantity(text: string): Quantity | null {
  const candidates: Candidate[] = [];
  const consider = (quantity: Quantity | null, index: number, base: number, end: number): void => {
    if (!quantity || !(quantity.value > 0)) return;
    let score = base;
    if (BUY_CUE.test(text.slice(Math.max(0, index - 30), index))) score += 2;
    if (ORDER_UNITS.has(quantity.unit)) score += 1;
    const after = text.slice(end, end + 30);
    if (PACK_SIZE_AFTER.test(after)) score -= 4;
    if (RATE_AFTER.test(after)) score -= 2;
    candidates.push({ quantity, score, index });
  };
  for (const pattern of [CONTAINERS_SIZE_FIRST, CONTAINERS_WORD_FIRST]) {
    for (const m of text.matchAll(pattern)) {
      const g = m.groups ?? {};
      if (!(g.mark || g.kind || g.box) || overlapsContainer(candidates, m.index)) continue;
      consider(build(g, containerUnit(g.size, g.kind), m[0]), m.index, 3, m.index + m[0].length);
    }
  }
  for (const m of text.matchAll(UNIT_AMOUNT)) {
    const g = m.groups ?? {};
    const unit = unitFor(g.unit ?? g.cjk ?? '');
    if (!unit || (unit === 'containers' && overlapsContainer(candidates, m.index))) continue;
    consider(build(g, unit, m[0]), m.index, 0, m.index + m[0].length);
  }
  for (const m of text.matchAll(LABELLED)) {
    const g = m.groups ?? {};
    if (candidates.some((c) => Math.abs(c.index - m.index) < m[0].length + 3)) continue;
    consider(build(g, 'units', m[0]), m.index, 2, m.index + m[0].length);
  }
  if (candidates.length === 0) {
    for (const m of text.matchAll(VERB_NOUN)) {
      const g = m.groups ?? {};
      if (NOT_A_THING.test(g.noun ?? '')) continue;
      consider(build(g, 'pcs', m[0].slice(m[0].indexOf(g.num ?? ''))), m.index, -1, m.index + m[0].length);
    }
  }
  let best: Candidate | null = null;
  for (const c of candidates) if (!best || c.score > best.score || (c.score === best.score && c.index < best.index)) best = c;
  return best?.quantity ?? null;
}

function build(g: Record<string, string | undefined>, unit: string, text: string): Quantity | null {
  let value: number | null;
  if (g.word) value = NUMBER_WORDS[g.word.toLowerCase()] ?? null;
  else value = g.num ? parseNumber(g.num, 'count') : null;
  if (value === null) return null;
  value *= multiplierOf(g.mult);
  if (!Number.isFinite(value) || value > 1e12) return null;
  return { value, unit, text: text.trim() };
}

function containerUnit(size: string | undefined, kind: string | undefined): string {
  if (kind && /^(?:hq|hc|high\s?cube)$/i.test(kind)) return 'containers_40hq';
  if (size === '20') return 'containers_20ft';
  if (size === '40' || size === '45') return 'containers_40ft';
  return 'containers';
}

function overlapsContainer(candidates: Candidate[], index: number): boolean {
  return candidates.some((c) => c.quantity.unit.startsWith('containers') && index >= c.index && index <= c.index + c.quantity.text.length);
}
