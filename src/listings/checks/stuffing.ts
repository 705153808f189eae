import { defineCheck } from '../check.js';
import { hasDigit, STOP_WORDS, tokens, type Token } from '../words.js';

/** Longest phrase looked for; longer repeats are found as their parts. */
const MAX_PHRASE = 4;

export interface Repeat {
  phrase: string;
  count: number;
  /** Token index where each occurrence starts. */
  starts: number[];
  length: number;
}

const isContent = (t: Token) => t.lower.length >= 2 && !STOP_WORDS.has(t.lower) && !hasDigit(t.lower);

/**
 * Words and phrases used more than once, counted on stems (pipe/pipes together). Longer phrases are
 * taken first and their words are then spent, so "air fryer oven … air fryer oven" is one repeat,
 * not three; sizes and numbers ("5l 8l") and joining words never count on their own.
 */
export function repeats(words: readonly Token[]): Repeat[] {
  const spent = new Set<number>();
  const found: Repeat[] = [];
  for (let n = MAX_PHRASE; n >= 1; n--) {
    const byGram = new Map<string, number[]>();
    for (let i = 0; i + n <= words.length; i++) {
      const span = words.slice(i, i + n);
      if (!isContent(span[0] as Token) || !isContent(span[n - 1] as Token)) continue;
      if (span.some((_, k) => spent.has(i + k))) continue;
      const key = span.map((t) => t.stem).join(' ');
      const starts = byGram.get(key) ?? [];
      // Occurrences may not overlap, nor touch: a word said twice in a row is a name (Plus Plus, Bling Bling), not stuffing.
      if (starts.length === 0 || (starts.at(-1) as number) + n < i) starts.push(i);
      byGram.set(key, starts);
    }
    for (const starts of byGram.values()) {
      if (starts.length < 2) continue;
      const first = starts[0] as number;
      found.push({ phrase: words.slice(first, first + n).map((t) => t.lower).join(' '), count: starts.length, starts, length: n });
      for (const s of starts) for (let k = 0; k < n; k++) spent.add(s + k);
    }
  }
  return found.sort((a, b) => (a.starts[0] as number) - (b.starts[0] as number));
}

/**
 * A word that ends a compound ("deep fryer … hot air fryer"): cutting it would leave "hot air" behind,
 * so a rewrite keeps it; its modifiers and whole repeated phrases are what go.
 */
function isCompoundHead(title: string, words: readonly Token[], i: number): boolean {
  const before = words[i - 1];
  const after = words[i + 1];
  const joinedBefore = before !== undefined && isContent(before) && /^\s+$/.test(title.slice(before.end, (words[i] as Token).start));
  const endsPhrase = after === undefined || !isContent(after) || /[,;(]/.test(title.slice((words[i] as Token).end, after.start));
  return joinedBefore && endsPhrase;
}

/** The title with every repeat kept once (its first place), and the seams tidied; null when nothing can go. */
export function withoutRepeats(title: string, words: readonly Token[], found: readonly Repeat[]): string | null {
  const cuts: [number, number][] = [];
  for (const r of found) {
    for (const s of r.starts.slice(1)) {
      if (r.length === 1 && isCompoundHead(title, words, s)) continue;
      const last = words[s + r.length - 1] as Token;
      cuts.push([(words[s] as Token).start, words[s + r.length]?.start ?? last.end]);
    }
  }
  if (cuts.length === 0) return null;
  let out = title;
  for (const [from, to] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, from) + out.slice(to);
  return tidy(out);
}

function tidy(text: string): string {
  let out = text.replace(/\s+/g, ' ').replace(/\s+([,;)])/g, '$1').replace(/([,;])(\s*[,;])+/g, '$1');
  // Joining words left twice in a row ("with with") or hanging at the end ("… oven with") go too.
  const stop = [...STOP_WORDS].join('|');
  out = out.replace(new RegExp(`\\b(${stop})\\s+\\1\\b`, 'gi'), '$1');
  out = out.replace(new RegExp(`(\\s+\\b(${stop}))+[\\s,;-]*$`, 'i'), '');
  return out.replace(/^[\s,;-]+|[\s,;-]+$/g, '');
}

export const stuffing = defineCheck({
  id: 'title.stuffing',
  en: 'Title repeats a word or phrase',
  zh: '标题堆砌：同一个词或短语重复出现',
  fix: { en: 'Keep each keyword once; use the space for details buyers look for.', zh: '每个关键词只保留一次，把位置留给买家关心的细节。' },
  penalty: { base: 15, each: 5, max: 30 },
  check: (product) => {
    const words = tokens(product.title);
    const found = repeats(words);
    if (found.length === 0) return null;
    const suggestion = withoutRepeats(product.title, words, found);
    return { evidence: found.map((r) => `${r.phrase} ×${r.count}`), ...(suggestion ? { suggestion } : {}) };
  },
});
