import { CERTIFICATES } from './certificates.js';
import { INCOTERMS, PORTS } from './incoterms.js';
import { NON_SPACE_NEXT } from './non-space-next.js';
import { eachMatch } from '../each-match.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SPELLINGS = INCOTERMS.flatMap(([code, spellings]) => spellings.map((s) => [s, code] as const))
  .sort((a, b) => b[0].length - a[0].length);
const SPELLING_TO_CODE = new Map(SPELLINGS.map(([s, code]) => [s.toLowerCase(), code]));
const INCOTERM = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${SPELLINGS.map(([s]) => escape(s).replace(/ /g, '\\s')).join('|')})(?![\p{L}\p{N}])`,
  'giu',
);
const KNOWN_PORT_SOURCE = [...PORTS].map(([name]) => name).sort((a, b) => b.length - a.length).map(escape).join('|');
const PORT_TO_COUNTRY = new Map(PORTS.map(([name, iso]) => [name.toLowerCase(), iso]));

/** A lower-case "fob" is only a term when it sits next to a price word ("key fob" is a product). */
const TERM_CONTEXT = /(?:price|prices|terms?|basis|incoterms?|quote|quotation|shipping|delivered|precio|prix|preço|preis|цена|价)/iu;
/** A place written after the term: a known port, or up to three capitalised words. */
const PLACE_AFTER = new RegExp(
  String.raw`^[\s,:\-–]{1,3}(?:port\s(?:of\s)?|puerto\s(?:de\s)?|porto\s(?:de\s)?)?${NON_SPACE_NEXT}(?<place>(?:${KNOWN_PORT_SOURCE})(?![\p{L}])|\p{Lu}[\p{L}'.-]{1,20}(?:\s\p{Lu}[\p{L}'.-]{1,20}){0,2})`,
  'iu',
);
const NOT_A_PLACE = /^(?:price|prices|terms?|basis|incoterms?|or|and|port|pricing|quote|quotation|shipping|delivery|payment|the|to|from|with|per|for|by|please|plus|cost|value|fob|cif|cfr|exw|ddp|dap|fca|usd|eur)$/iu;

/** Ports named without a term: "port: JEBEL ALI", "Port of Djibouti", "the Istanbul port", "上海港". */
const PORT_PHRASES: readonly RegExp[] = [
  new RegExp(String.raw`(?:destination\s)?port\s?(?:of\s(?:destination\s)?|[:：]\s?)${NON_SPACE_NEXT}(?<place>(?:${KNOWN_PORT_SOURCE})(?![\p{L}])|\p{Lu}[\p{L}'.-]{1,20}(?:\s\p{Lu}[\p{L}'.-]{1,20}){0,2})`, 'iu'),
  new RegExp(String.raw`port\s(?<place>(?:${KNOWN_PORT_SOURCE})(?![\p{L}]))`, 'iu'),
  new RegExp(String.raw`(?<place>(?:${KNOWN_PORT_SOURCE})(?![\p{L}])|\p{Lu}[\p{L}'.-]{1,20}(?:\s\p{Lu}[\p{L}'.-]{1,20}){0,1})\s(?:sea\s)?port(?![\p{L}])`, 'u'),
  new RegExp(String.raw`(?:puerto|porto|port)\s(?:de|du|do)\s(?<place>\p{Lu}[\p{L}'.-]{1,20}(?:\s\p{Lu}[\p{L}'.-]{1,20}){0,1})`, 'u'),
  new RegExp(String.raw`(?:ship(?:ped|ping)?|deliver(?:y|ed)?|send|import(?:ed)?|cif|cfr)\s(?:it\s|them\s)?(?:in)?to\s(?:the\s)?${NON_SPACE_NEXT}(?<place>(?:${KNOWN_PORT_SOURCE})(?![\p{L}]))`, 'iu'),
  /(?<place>[\u4e00-\u9fff]{2,3})港/u,
];

/** The place regexes, for the test that NON_SPACE_NEXT changes no match. */
export const WITH_NON_SPACE_NEXT: readonly RegExp[] = [PLACE_AFTER, ...PORT_PHRASES];

export interface TermsFound { incoterm: string | null; port: string | null; portCountry: string | null }

export function findTerms(text: string): TermsFound {
  let first: string | null = null;
  for (const m of eachMatch(INCOTERM, text)) {
    const written = m[0];
    const code = SPELLING_TO_CODE.get(written.toLowerCase().replace(/\s+/g, ' ')) ?? null;
    if (!code) continue;
    const after = text.slice(m.index + written.length, m.index + written.length + 60);
    const place = placeAfter(after);
    const around = text.slice(Math.max(0, m.index - 25), m.index + written.length + 25);
    const trusted = written.length > 4 || written === written.toUpperCase() || place !== null || TERM_CONTEXT.test(around);
    if (!trusted) continue;
    if (place) return { incoterm: code, port: place, portCountry: countryOfPort(place) };
    first ??= code;
  }
  for (const pattern of PORT_PHRASES) {
    const found = pattern.exec(text)?.groups?.place?.trim();
    const place = found ? trimPlace(found) : null;
    if (place) return { incoterm: first, port: place, portCountry: countryOfPort(place) };
  }
  return { incoterm: first, port: null, portCountry: null };
}

function placeAfter(after: string): string | null {
  const place = PLACE_AFTER.exec(after)?.groups?.place;
  return place ? trimPlace(place) : null;
}

/** Keep a known port, or the leading capitalised words (the /i flag lets lower-case words into the match). */
function trimPlace(place: string): string | null {
  if (PORT_TO_COUNTRY.has(place.toLowerCase())) return place;
  const words: string[] = [];
  for (const word of place.split(/\s+/)) {
    if (!/^\p{Lu}/u.test(word) || NOT_A_PLACE.test(word)) break;
    words.push(word);
  }
  while (words.length > 0 && NOT_A_PLACE.test(words[words.length - 1] ?? '')) words.pop();
  return words.length > 0 ? words.join(' ') : null;
}

function countryOfPort(place: string): string | null {
  const lower = place.toLowerCase().replace(/\s+port$/, '');
  return PORT_TO_COUNTRY.get(lower) ?? null;
}

const CERT_PATTERNS = CERTIFICATES.map((rule) => ({
  name: rule.name,
  pattern: new RegExp(String.raw`^(?:${rule.pattern})$`, rule.exact ? 'u' : 'iu'),
}));
/** One pass over the text for all certificates; each hit is then named by the rule it satisfies. */
const ANY_CERT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${CERTIFICATES.map((rule) => rule.pattern).join('|')})(?![\p{L}])`,
  'giu',
);

export function findCertificates(text: string): string[] {
  const found: string[] = [];
  for (const m of eachMatch(ANY_CERT, text)) {
    const rule = CERT_PATTERNS.find(({ pattern }) => pattern.test(m[0]));
    if (rule && !found.includes(rule.name)) found.push(rule.name);
  }
  return found;
}
