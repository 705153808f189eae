/** Order details that are phrases rather than numbers: packaging, delivery time, samples, origin, quality. */
import { execFrom, matches, scanByCandidates, withoutLookbehinds } from '../regex/lookbehind-split.js';
import { mayMatch } from '../regex/may-match.js';
import { tidy } from './text.js';

/** The value of the first pattern that matches. */
const firstGroup = (patterns: readonly RegExp[], text: string): string | null => {
  const possible = patterns.filter((pattern) => mayMatch(pattern, text)); // the others cannot match
  if (possible.length === 0) return null;
  for (const pattern of possible) {
    const m = execFrom(pattern, text);
    const value = m?.groups?.value ?? m?.[0];
    if (value && value.trim()) return tidy(value, 60);
  }
  return null;
};

/** A "Label: value" whose value stops at the next glued "Key:" (Alibaba forms run fields together). */
const labelled = (labels: string): RegExp =>
  scanByCandidates(new RegExp(String.raw`(?<![\p{L}])(?:${labels})\s?[:：]\s?(?<value>[^\n:：]{2,60}?)(?=\s?[\p{L}]{2,20}\s?[:：]|[\n.;]|$)`, 'iu'));

/**
 * The lists' /iu patterns that start with a lookbehind, registered for the faster scan
 * (lookbehind-split.ts): each then starts with a word that is rare in mail. Measured on the bench
 * corpus: packaging, delivery, quality, origin and samples together 52 → 33 µs a message, of which
 * about 5 from dropping the combined prefilter of each list, slower than the patterns left one by one.
 */
const scanned = (patterns: readonly RegExp[]): readonly RegExp[] =>
  patterns.map((p) => (p.ignoreCase && p.unicode && withoutLookbehinds(p.source) !== null ? scanByCandidates(p) : p));

const PACKAGING = scanned([
  labelled('packaging|package|packing|packaging details|embalaje|emballage|embalagem|verpackung|упаковка|包装'),
  /(?<![\p{L}])(?:oem|custom(?:i[sz]ed)?|private|neutral|own)\s(?:packag\w*|packing|label(?:ing)?|logo\spackag\w*|brand(?:ing)?\spackag\w*)/iu,
  /(?<![\p{L}\p{N}.,])\d{1,6}(?:[.,]\d{1,3})?\s?(?:kg|kgs|g|l|ml|lb)\s(?:[\p{L}]{1,12}\s)?(?:bags?|bottles?|drums?|jars?|cans?|sacks?|pouch(?:es)?|cartons?|boxes|box|doy\s?packs?|jumbo bags?)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:export\s|master\s|strong\s|corrugated\s)?(?:cartons?|pallets?|gift\sbox(?:es)?|blister|jumbo\sbags?|bulk\spacking|opp\sbags?|shrink\swrap|wooden\scases?|palés?|cartón|caixa de papelão|palettes?|纸箱|托盘|彩盒)(?![\p{L}])/iu,
]);

const DELIVERY = scanned([
  labelled('delivery time|lead time|delivery date|plazo de entrega|délai de livraison|prazo de entrega|lieferzeit|срок поставки|交货期|交期'),
  /(?<![\p{L}])(?:within|in|before|by|no later than|not later than)\s(?:the\s)?(?:\d{1,3}\s?(?:-\s?\d{1,3}\s)?(?:working\s|business\s)?(?:days?|weeks?|months?)|(?:\d{1,2}(?:st|nd|rd|th)?\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?(?:\s\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s\d{4})?)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:before or on|on or before)\s[\p{L}]{3,9}\s\d{1,2}(?:st|nd|rd|th)?/iu,
  /(?<![\p{L}])(?:en|dans)\s(?:un délai de\s)?\d{1,3}\s(?:jours|semaines)|(?:en|dentro de)\s\d{1,3}\s(?:días|semanas|dias)|innerhalb von \d{1,3} (?:tagen|wochen)|в течение \d{1,3} (?:дней|недель)|\d{1,3}\s?(?:天内|天之内|个工作日)/iu,
  /(?<![\p{L}])(?:lead\s?time|delivery\s(?:time|date|schedule)|delivery\speriod|asap|as soon as possible|urgent(?:ly)?|plazo de entrega|délais? d'envoi|délais? de livraison|prazo de entrega|lieferzeit|срок(?:и)? (?:поставки|доставки)|交货期|交期|多久发货|什么时候发货)(?![\p{L}])/iu,
]);

const SAMPLE = scanByCandidates(/(?<![\p{L}])(?:(?:send|provide|get|have|need|request|want|order|buy)\s(?:\p{L}+\s){0,3}samples?|samples?\s(?:order|request|first|pieces?|for (?:testing|evaluation|quality))|free samples?|trial order|test order|can you supply samples|muestras?|échantillons?|amostras?|muster(?:bestellung)?|probebestellung|образ(?:ец|цы|ца)|пробн\p{L}+ (?:заказ|партия)|numune|عينة|عينات)(?![\p{L}])|样品|样板|打样|拿样|试单/iu);

const ORIGIN: readonly RegExp[] = [
  labelled('place of origin|country of origin|origin|lugar del origen|lugar de origen|origen|origine|herkunft|происхождение|产地|原产地'),
  // No /i flag: with it \p{Lu} would match any letter, and the place must be capitalised.
  /(?<![\p{L}])(?:[Mm]ade in|MADE IN|[Oo]rigin(?:ating)? from|[Hh]echo en|[Ff]abriqué en|[Ff]abricado (?:no|en)|[Hh]ergestellt in)\s(?<value>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)/u,
];

const QUALITY = scanned([
  labelled('quality|grade|standard|purity|calidad|qualité|qualidade|qualität|качество|сорт|等级|质量|品质'),
  /(?<![\p{L}])(?:food|pharma(?:ceutical)?|industrial|feed|medical|cosmetic|export|premium|first|second|third|a|aa|aaa|1st|2nd)\s(?:grade|quality|class)(?![\p{L}])/iu,
  /(?<![\p{L}])grade\s(?:a{1,3}|[1-3]|no\.?\s?[1-3]|[a-z]\d{1,3}|one)(?![\p{L}])/iu,
  /\d{2}(?:[.,]\d{1,3})?\s?%\s?(?:quality|purity|pure|min(?:imum)?\spurity|assay)/iu,
  /(?<![\p{L}])(?:astm\s?[a-z]?\d{1,5}|din\s?\d{2,5}|jis\s?[a-z]?\s?\d{2,5}|gb\/?t?\s?\d{3,5}|bs\s?en\s?\d{2,5}|en\s?\d{3,5}|aisi\s?\d{3}[a-z]?|sae\s?\d{3,4}|api\s?5[lc]t?)(?![\p{L}\p{N}])/iu,
]);

export function findPackaging(text: string): string | null { return firstGroup(PACKAGING, text); }
export function findDeliveryTime(text: string): string | null { return firstGroup(DELIVERY, text); }
export function findSampleRequest(text: string): boolean { return mayMatch(SAMPLE, text) && matches(SAMPLE, text); }
export function findQualityStandard(text: string): string | null { return firstGroup(QUALITY, text); }

export function findOrigin(text: string): string | null {
  const labelledOrigin = ORIGIN[0] && execFrom(ORIGIN[0], text)?.groups?.value;
  if (labelledOrigin?.trim()) return tidy(labelledOrigin, 40);
  const m = ORIGIN[1]?.exec(text);
  if (!m) return null;
  return tidy(m.groups?.value ? m.groups.value : m[0], 40);
}
