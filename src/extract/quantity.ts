import type { Quantity } from '../model/extracted.js';
import { NON_SPACE_NEXT } from './non-space-next.js';
import { MULTIPLIER_SOURCE, NUMBER_SOURCE, NUMBER_WORDS, NUMBER_WORD_SOURCE, multiplierOf, parseNumber } from './numbers.js';
import { CJK_UNIT_SOURCE, ORDER_UNITS, WORD_UNIT_SOURCE, unitFor } from './units.js';
import { eachMatch } from '../each-match.js';
import { matches, scanByCandidates } from '../regex/lookbehind-split.js';

/** The count: a digit number (optionally a range "10-100", taken at its low end) or a small number word. */
const COUNT = String.raw`(?<num>${NUMBER_SOURCE})(?:\s?(?:-|–|~|to|a|à|bis|до|至)\s?(?<upper>${NUMBER_SOURCE}))?\s?(?:${NON_SPACE_NEXT}(?<mult>(?:${MULTIPLIER_SOURCE})(?![\p{L}])))?|(?<![\p{L}])(?<word>${NUMBER_WORD_SOURCE})`;

const UNIT_AMOUNT = new RegExp(
  String.raw`^(?:${COUNT})\s{0,2}${NON_SPACE_NEXT}(?:(?<unit>${WORD_UNIT_SOURCE})(?![\p{L}\p{N}])|(?<cjk>${CJK_UNIT_SOURCE}))`,
  'iu',
);

/** "2x20ft containers", "1 x 40HQ", "10 x 40' containers", "one 40 feet container"; and "2 CONTAINERS 20\"". */
const CONTAINERS_SIZE_FIRST = new RegExp(
  String.raw`^(?:${COUNT})\s?(?:[x×*]\s?)?(?<size>20|40|45)\s?(?<mark>ft|feet|foot|'|’|"|pies|pieds)?\s?(?<kind>hq|hc|gp|dv|high\s?cube)?(?![\p{L}\p{N}])\s?(?<box>containers?|cntrs?|fcl|contenedor(?:es)?|conteneurs?|contêiner(?:es)?)?`,
  'iu',
);
const CONTAINERS_WORD_FIRST = new RegExp(
  String.raw`^(?:${COUNT})\s?(?<box>containers?|contenedor(?:es)?|conteneurs?)\s?(?:of\s)?(?<size>20|40|45)\s?(?<mark>ft|feet|'|"|’)?\s?(?<kind>hq|hc|gp)?(?![\p{L}\p{N}])`,
  'iu',
);

/** "MOQ 1000", "quantity: 500", "Qty : 10": a count given after a label, unit optional. */
const LABEL_BEFORE = scanByCandidates(/(?<![\p{L}])(?:moq|minimum order(?: quantity)?|qty|quantity|cantidad|quantité|quantidade|menge|stückzahl|количество|数量|miktar)\s{0,2}[:：=]?\s{0,2}(?:(?:of|is|about|around|at least|approximately|approx\.?|ca\.?)\s){0,2}$/iu);
const BARE_COUNT = new RegExp(String.raw`^(?<num>${NUMBER_SOURCE})\s?(?:${NON_SPACE_NEXT}(?<mult>(?:${MULTIPLIER_SOURCE})(?![\p{L}])))?`, 'iu');

/** Fallback for "3 mousepads" or "buy 2-10 boards": any noun right after a buying verb and a number. */
const VERB_BEFORE = scanByCandidates(/(?<![\p{L}])(?:order|need|buy|purchase|want|require|ordering|purchasing|buying|interested in|sample of)\s(?:about\s|around\s|approximately\s)?$/iu);
const COUNT_NOUN = new RegExp(String.raw`^(?<num>${NUMBER_SOURCE})(?:\s?-\s?${NUMBER_SOURCE})?\s(?<noun>\p{L}{3,20})`, 'u');

/** The regexes written with NON_SPACE_NEXT, for the test that it changes no match. */
export const WITH_NON_SPACE_NEXT: readonly RegExp[] = [UNIT_AMOUNT, CONTAINERS_SIZE_FIRST, CONTAINERS_WORD_FIRST, BARE_COUNT];

/** Where a count can start: a written number or a small number word. */
const COUNT_START = new RegExp(String.raw`${NUMBER_SOURCE}|(?<![\p{L}])(?:${NUMBER_WORD_SOURCE})(?![\p{L}])`, 'giu');

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
  // Walk the places a count starts and try each reading there; matching the long unit alternations
  // at every character instead was the costliest step of extraction on non-Latin text.
  const fallbacks: Array<[RegExpExecArray, number]> = [];
  let consumedTo = 0;
  for (const start of eachMatch(COUNT_START, text)) {
    const at = start.index;
    if (at < consumedTo) continue;
    const window = text.slice(at, at + 60);
    const before = text.slice(Math.max(0, at - 30), at);
    const container = CONTAINERS_SIZE_FIRST.exec(window) ?? CONTAINERS_WORD_FIRST.exec(window);
    const cg = container?.groups ?? {};
    if (container && (cg.mark || cg.kind || cg.box)) {
      consider(build(cg, containerUnit(cg.size, cg.kind), container[0]), at, 0, at + container[0].length);
      consumedTo = at + container[0].length;
      continue;
    }
    const amount = UNIT_AMOUNT.exec(window);
    const unit = amount ? unitFor(amount.groups?.unit ?? amount.groups?.cjk ?? '') : null;
    if (amount && unit) {
      consider(build(amount.groups ?? {}, unit, amount[0]), at, 0, at + amount[0].length);
      consumedTo = at + amount[0].length;
      continue;
    }
    const bare = matches(LABEL_BEFORE, before) ? BARE_COUNT.exec(window) : null;
    const label = bare ? /(?:moq|minimum order(?: quantity)?|qty|quantity|cantidad|quantité|quantidade|menge|stückzahl|количество|数量|miktar)[^\n]*$/iu.exec(before) : null;
    if (bare) {
      consider(build(bare.groups ?? {}, 'units', `${label?.[0] ?? ''}${bare[0]}`), at, 2, at + bare[0].length);
      continue;
    }
    const nounAfter = matches(VERB_BEFORE, before) ? COUNT_NOUN.exec(window) : null;
    if (nounAfter) fallbacks.push([nounAfter, at]);
  }
  if (candidates.length === 0) {
    for (const [m, at] of fallbacks) {
      if (NOT_A_THING.test(m.groups?.noun ?? '')) continue;
      consider(build(m.groups ?? {}, 'pcs', m[0]), at, -1, at + m[0].length);
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
