import { NEEDS_CAPITAL, ZH_AMBIGUOUS, countryNames } from './countries.js';

/** How strongly a mention says "this is where the buyer is". */
const WEIGHT = { label: 5, self: 5, signature: 4, destination: 3, mention: 1, seller: 0.5 } as const;
export type MentionKind = keyof typeof WEIGHT | 'origin';

export interface CountryMention { iso: string; index: number; end: number; written: string; kind: MentionKind }

const LABEL_BEFORE = /(?:country|país|pais|pays|land|страна|国家|الدولة|ülke)\s?[:：]\s?$/iu;
const SELF_BEFORE = /(?:(?:greetings|hello|hi|we are|we're|i am|i'm|im|this is|company|based|located|live|living|resident|office|store|shop|business|firm|somos|soy|estamos|nous sommes|je suis|wir sind|ich bin|мы|я)[^.!?\n]{0,60}?\s(?:from|in|at|de|en|au|aux|aus|in|из|в)|address|adresse|dirección|endereço|адрес|based in|located in|来自|位于|我们是)[\s:,]{0,3}(?:\p{L}+[\s,]{1,3}){0,6}$/iu;
const DEST_BEFORE = /(?:ship\p{L}*|deliver\p{L}*|send|sent|import\p{L}*|transport\p{L}*|freight|cargo|env[ií]o|enviar|entrega|livraison|exp[ée]di\p{L}*|lieferung|доставк\p{L}*|отправк\p{L}*|market|customers)\s(?:\p{L}+\s){0,3}(?:to|in|into|para|a|à|en|au|aux|vers|nach|в|во)\s(?:the\s)?$|(?:to|into|in)\s(?:my country|the)?\s?$|发到|寄到|运到|到$/iu;
const ORIGIN_BEFORE = /(?:from|made in|origin\p{L}*|de origen|hecho en|fabriqué en|产自|产地)\s(?:the\s)?$/iu;
const HAN = /\p{Script=Han}/u;

/**
 * One bit per lower-cased ASCII start (up to three characters, 128³ bits) of every name and first
 * word. Most words of a mail fail this test, decided while scanning without building a string:
 * slicing and lower-casing every word was the largest cost of countryMentions.
 */
let prefixBits: Uint32Array | null = null;

function prefixes(): Uint32Array {
  if (prefixBits) return prefixBits;
  const bits = new Uint32Array(128 ** 3 / 32);
  for (const name of [...countryNames().keys(), ...multiWordStarts()]) {
    const key = asciiKey(name, 0, Math.min(3, name.length));
    if (key >= 0) bits[key >>> 5] = (bits[key >>> 5] ?? 0) | (1 << (key & 31));
  }
  prefixBits = bits;
  return bits;
}

const hasPrefix = (bits: Uint32Array, key: number): boolean => ((bits[key >>> 5] ?? 0) & (1 << (key & 31))) !== 0;

/** The code units from..to (at most three) lower-cased into one number, or -1 if one is not ASCII. */
function asciiKey(text: string, from: number, to: number): number {
  let key = 0;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    key = key * 128 + c;
  }
  return key;
}

/**
 * The word tokens of the text last read, as nameTokens leaves them: reused from text to text, since
 * countryMentions reads them at once (arrays built per text were a fair part of what it allocated).
 */
const tokens = { count: 0, starts: new Int32Array(512), ends: new Int32Array(512), maybeName: new Uint8Array(512) };

function pushToken(start: number, end: number, maybeName: boolean): void {
  if (tokens.count === tokens.starts.length) {
    const grown = (array: Int32Array) => { const next = new Int32Array(array.length * 2); next.set(array); return next; };
    tokens.starts = grown(tokens.starts);
    tokens.ends = grown(tokens.ends);
    const maybe = new Uint8Array(tokens.maybeName.length * 2);
    maybe.set(tokens.maybeName);
    tokens.maybeName = maybe;
  }
  tokens.starts[tokens.count] = start;
  tokens.ends[tokens.count] = end;
  tokens.maybeName[tokens.count] = maybeName ? 1 : 0;
  tokens.count++;
}

/**
 * Word tokens as /[\p{L}\p{M}][\p{L}\p{M}.'’-]*\/gu finds them, as offsets (a hand loop over char
 * codes is ~5x faster than matchAll), each marked whether its start can begin a name; into `tokens`.
 */
function nameTokens(text: string): void {
  const bits = prefixes();
  tokens.count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const width = c < 256 ? LATIN1_LETTER[c] ?? 0 : letterOrMarkWidth(text, i);
    if (width === 0) { i++; continue; }
    const start = i;
    i += width;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 256) {
        if (LATIN1_LETTER[d] === 1 || d === 0x2e || d === 0x27 || d === 0x2d) i++; // letter . ' -
        else break;
      } else if (d === 0x2019) i++; // ’
      else {
        const w = letterOrMarkWidth(text, i);
        if (w === 0) break;
        i += w;
      }
    }
    const key = asciiKey(text, start, Math.min(start + 3, i));
    // Trailing [.'’-] is cut before the lookup ("UK." is "uk"), which can shorten the key.
    const stripped = withoutTrailingPunctuation(text, i);
    const maybe = key < 0 || hasPrefix(bits, key) || (stripped - start < 3 && hasPrefix(bits, asciiKey(text, start, stripped)));
    pushToken(start, i, maybe);
  }
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]/u;
const LATIN1_LETTER = Uint8Array.from({ length: 256 }, (_, c) => (LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 0));

/** Per BMP character: 0 not asked yet, 1 a letter or mark, 2 neither; filled as characters are met. */
const BMP_LETTER = new Uint8Array(0x10000);

/** Code units taken by a letter or mark at `i` (2 for an astral one), or 0; for characters above U+00FF. */
function letterOrMarkWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    // Testing a one-character string allocated one for every letter of a Chinese or Russian mail.
    let known = BMP_LETTER[c] ?? 0;
    if (known === 0) BMP_LETTER[c] = known = LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 2;
    return known === 1 ? 1 : 0;
  }
  const cp = text.codePointAt(i) ?? 0;
  return LETTER_OR_MARK.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** End of a name without trailing [.'’-]; a token starts with a letter, so this stops inside it. */
function withoutTrailingPunctuation(text: string, end: number): number {
  let e = end;
  for (;;) {
    const c = text.charCodeAt(e - 1);
    if (c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d) e--;
    else return e;
  }
}

let zhNames: string[] | null = null;
let starts: Set<string> | null = null;

function multiWordStarts(): ReadonlySet<string> {
  starts ??= new Set([...countryNames().keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0] ?? ''));
  return starts;
}

/**
 * A bit per hash of each string of a set, in 2 KB: false means the string is surely not in the set.
 * Most words asked about are no name, and the bit, in cache, says so without a lookup in the names
 * map or the first-words set, which the rest of a message's work has pushed out of the CPU cache
 * (a lookup there cost a few cache misses each, the largest part of countryMentions).
 */
class HashBits {
  private readonly bits = new Uint32Array(HASH_BITS / 32);

  constructor(strings: Iterable<string>) {
    for (const s of strings) {
      const h = hashOf(s);
      this.bits[h >>> 5] = (this.bits[h >>> 5] ?? 0) | (1 << (h & 31));
    }
  }

  mayHave(s: string): boolean {
    const h = hashOf(s);
    return ((this.bits[h >>> 5] ?? 0) & (1 << (h & 31))) !== 0;
  }
}

const HASH_BITS = 1 << 14;

function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 18;
}

let nameBits: HashBits | null = null;
let startBits: HashBits | null = null;

/** Every country name written in the text, with what the words before it say about it. */
export function countryMentions(text: string): CountryMention[] {
  const names = countryNames();
  const found: CountryMention[] = [];
  nameTokens(text);
  const { count, starts: at, ends, maybeName } = tokens;
  const firstWords = multiWordStarts();
  nameBits ??= new HashBits(names.keys());
  startBits ??= new HashBits(firstWords);
  for (let i = 0; i < count; i++) {
    const start = at[i] ?? 0;
    const tokenEnd = ends[i] ?? 0;
    if (maybeName[i] === 0) continue;
    const tokenLower = text.slice(start, tokenEnd).toLowerCase();
    // Only words that begin a multi-word name ("united", "saudi") are worth joining with their neighbours.
    const longest = startBits.mayHave(tokenLower) && firstWords.has(tokenLower) ? Math.min(4, count - i) : 1;
    for (let n = longest; n >= 1; n--) {
      const end = withoutTrailingPunctuation(text, ends[i + n - 1] ?? 0);
      const written = text.slice(start, end);
      if (n > 1 && /[^\p{L}\p{M}.'’ -]|\s{2,}/u.test(written)) continue;
      const lower = n === 1 && end === tokenEnd ? tokenLower : written.toLowerCase();
      const iso = nameBits.mayHave(lower) ? names.get(lower) : undefined;
      if (!iso) continue;
      if (NEEDS_CAPITAL.has(lower) && !/^\p{Lu}/u.test(written)) continue;
      found.push({ iso, index: start, end: start + written.length, written, kind: 'mention' });
      i += n - 1;
      break;
    }
  }
  if (HAN.test(text)) found.push(...zhMentions(text));
  found.sort((a, b) => a.index - b.index);
  if (found.length > 0) classify(text, found); // most mail names no country: skip splitting it into lines
  return found;
}

function zhMentions(text: string): CountryMention[] {
  zhNames ??= [...countryNames().keys()].filter((k) => HAN.test(k) && !ZH_AMBIGUOUS.has(k)).sort((a, b) => b.length - a.length);
  const out: CountryMention[] = [];
  const taken: Array<[number, number]> = [];
  for (const name of zhNames) {
    let at = text.indexOf(name);
    while (at >= 0) {
      const end = at + name.length;
      if (!taken.some(([s, e]) => at < e && end > s)) {
        taken.push([at, end]);
        out.push({ iso: countryNames().get(name) ?? '', index: at, end, written: name, kind: 'mention' });
      }
      at = text.indexOf(name, end);
    }
  }
  return out.filter((m) => m.iso !== '');
}

function classify(text: string, mentions: CountryMention[]): void {
  const lines = text.split('\n');
  const signatureStart = signatureOffset(lines);
  let previous: CountryMention | null = null;
  for (const m of mentions) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const chained = previous && /^[\s,.\-–/]{1,3}$/u.test(text.slice(previous.end, m.index));
    if (LABEL_BEFORE.test(before)) m.kind = 'label';
    else if (ORIGIN_BEFORE.test(before) && !SELF_BEFORE.test(before)) m.kind = 'origin';
    else if (SELF_BEFORE.test(before)) m.kind = 'self';
    else if (DEST_BEFORE.test(before)) m.kind = 'destination';
    else if (chained && previous) m.kind = previous.kind;
    else if (m.index >= signatureStart) m.kind = 'signature';
    if (m.kind === 'mention' && m.iso === 'CN') m.kind = 'seller';
    previous = m;
  }
}

/** The last few short lines of a message are its signature. */
function signatureOffset(lines: string[]): number {
  let offset = 0;
  const starts = lines.map((line) => { const s = offset; offset += line.length + 1; return s; });
  let count = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (!line.trim()) continue;
    if (line.length > 80 || ++count > 8) return starts[i + 1] ?? offset;
  }
  return lines.length > 3 ? 0 : offset;
}

/** The country with the strongest evidence; earlier mentions win ties. */
export function bestCountry(mentions: readonly CountryMention[], extra: ReadonlyArray<readonly [iso: string, weight: number]> = []): string | null {
  const score = new Map<string, number>();
  for (const m of mentions) {
    if (m.kind === 'origin') continue;
    score.set(m.iso, Math.max(score.get(m.iso) ?? 0, WEIGHT[m.kind]));
  }
  for (const [iso, weight] of extra) score.set(iso, (score.get(iso) ?? 0) + weight);
  let best: string | null = null;
  let bestScore = 0;
  for (const [iso, s] of score) if (s > bestScore) { best = iso; bestScore = s; }
  return best;
}
