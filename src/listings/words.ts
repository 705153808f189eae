/** A word of a title with where it sits, so a rewrite can cut it out. */
export interface Token {
  text: string;
  lower: string;
  stem: string;
  start: number;
  end: number;
}

// Letters with inner apostrophes ("men's"); hyphens split ("oil-free" is oil + free), digits stay in the word ("1400w").
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    out.push({ text: m[0], lower, stem: stem(lower), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Light stemming, plurals and possessives only: pipe/pipes, box/boxes, men/men's count together, but
 * cooker/cooking stay apart (a heavier stemmer would call different words repeats).
 */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, '').replace(/['’]$/, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (/[^sui]s$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Words that join other words: never a keyword, never stuffing on their own. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'for', 'with', 'of', 'in', 'on', 'to', 'by', 'at', 'from', 'as', 'is', 'are', 'be',
  'your', 'our', 'its', 'it', 'this', 'that', 'than', 'into', 'up', 'per', 'x', 'vs',
]);

export const hasDigit = (word: string) => /\p{N}/u.test(word);

/** Damerau–Levenshtein distance (one transposition counts as one edit), stopped early past `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (rows[i - 2] as number[])[j - 2] as number + 1);
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}
