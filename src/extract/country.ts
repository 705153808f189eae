import { NEEDS_CAPITAL, ZH_AMBIGUOUS, countryNames } from './countries.js';

/** How strongly a mention says "this is where the buyer is". */
const WEIGHT = { label: 5, self: 5, signature: 4, destination: 3, mention: 1, seller: 0.5 } as const;
export type MentionKind = keyof typeof WEIGHT | 'origin';

export interface CountryMention { iso: string; index: number; end: number; written: string; kind: MentionKind }

const LABEL_BEFORE = /(?:country|país|pais|pays|land|страна|国家|الدولة|ülke)\s?[:：]\s?$/iu;
const SELF_BEFORE = /(?:(?:greetings|hello|hi|we are|we're|i am|i'm|im|this is|company|based|located|live|living|resident|office|store|shop|business|firm|somos|soy|estamos|nous sommes|je suis|wir sind|ich bin|мы|я)[^.!?\n]{0,60}?\s(?:from|in|at|de|en|au|aux|aus|in|из|в)|address|adresse|dirección|endereço|адрес|based in|located in|来自|位于|我们是)[\s:,]{0,3}(?:\p{L}+[\s,]{1,3}){0,6}$/iu;
const DEST_BEFORE = /(?:ship\p{L}*|deliver\p{L}*|send|sent|import\p{L}*|transport\p{L}*|freight|cargo|env[ií]o|enviar|entrega|livraison|exp[ée]di\p{L}*|lieferung|доставк\p{L}*|отправк\p{L}*|market|customers)\s(?:\p{L}+\s){0,3}(?:to|in|into|para|a|à|en|au|aux|vers|nach|в|во)\s(?:the\s)?$|(?:to|into|in)\s(?:my country|the)?\s?$|发到|寄到|运到|到$/iu;
const ORIGIN_BEFORE = /(?:from|made in|origin\p{L}*|de origen|hecho en|fabriqué en|产自|产地)\s(?:the\s)?$/iu;
const NAME_TOKEN = /[\p{L}\p{M}][\p{L}\p{M}.'’-]*/gu;
const HAN = /\p{Script=Han}/u;

let zhNames: string[] | null = null;
let starts: Set<string> | null = null;

function multiWordStarts(): ReadonlySet<string> {
  starts ??= new Set([...countryNames().keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0] ?? ''));
  return starts;
}

/** Every country name written in the text, with what the words before it say about it. */
export function countryMentions(text: string): CountryMention[] {
  const names = countryNames();
  const found: CountryMention[] = [];
  const tokens = [...text.matchAll(NAME_TOKEN)];
  const firstWords = multiWordStarts();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    // Only words that begin a multi-word name ("united", "saudi") are worth joining with their neighbours.
    const longest = firstWords.has(token[0].toLowerCase()) ? Math.min(4, tokens.length - i) : 1;
    for (let n = longest; n >= 1; n--) {
      const last = tokens[i + n - 1];
      if (!last) continue;
      const written = text.slice(token.index, last.index + last[0].length).replace(/[.'’-]+$/u, '');
      if (n > 1 && /[^\p{L}\p{M}.'’ -]|\s{2,}/u.test(written)) continue;
      const lower = written.toLowerCase();
      const iso = names.get(lower);
      if (!iso) continue;
      if (NEEDS_CAPITAL.has(lower) && !/^\p{Lu}/u.test(written)) continue;
      found.push({ iso, index: token.index, end: token.index + written.length, written, kind: 'mention' });
      i += n - 1;
      break;
    }
  }
  if (HAN.test(text)) found.push(...zhMentions(text));
  found.sort((a, b) => a.index - b.index);
  classify(text, found);
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
