import { defineCheck } from '../check.js';
import type { Context } from '../context.js';
import { Speller } from '../speller.js';
import { FOREIGN_FUNCTION_WORDS } from '../vocabulary.js';
import { tokens, type Token } from '../words.js';

/** A word is checked when it is plain Latin letters and long enough to be a real misspelling (not "pcs", "raf"). */
const CHECKABLE = /^[a-z]{4,}$/;
/** Below six letters a name one letter off a dictionary word is as likely a brand (Hape, Lish) as a typo. */
const MIN_NAME_SLIP = 6;

interface Misspelling {
  token: Token;
  suggestion: string;
}

const frequentCache = new WeakMap<Context, Map<string, number>>();

/** Right words the catalogue uses in two products or more: the first place to look for a correction. */
function frequentKnown(context: Context): Map<string, number> {
  let words = frequentCache.get(context);
  if (!words) {
    words = new Map([...context.wordProducts].filter(([w, n]) => n >= 2 && context.speller.known(w)));
    frequentCache.set(context, words);
  }
  return words;
}

/** One letter left out ("stainles", "craftmanship") or two swapped ("mutli"): the typos a name rarely has. */
function slip(word: string, fix: string): boolean {
  if (fix.length === word.length + 1) return [...fix].some((_, i) => fix.slice(0, i) + fix.slice(i + 1) === word);
  if (fix.length !== word.length) return false;
  const diff = [...word].flatMap((c, i) => (c === fix[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === (diff[0] as number) + 1 && word[diff[0] as number] === fix[diff[1]] && word[diff[1]] === fix[diff[0] as number];
}

function droppedVowel(word: string, fix: string): boolean {
  // Between two consonants: "conical" without its a; not one of a pair ("slimier" → Slimer is a name).
  const vowel = (c: string | undefined) => c !== undefined && /[aeiouy]/.test(c);
  const inside = (i: number) => i > 0 && i < fix.length - 1;
  return fix.length === word.length + 1 && [...fix].some((c, i) => inside(i) && vowel(c) && !vowel(fix[i - 1]) && !vowel(fix[i + 1]) && fix.slice(0, i) + fix.slice(i + 1) === word);
}

/** A right word the catalogue uses at least twice as often, one or two edits away ("fyer" → "fryer"). */
function catalogueFix(word: string, context: Context): string | undefined {
  const own = context.wordProducts.get(word) ?? 0;
  const frequent = frequentKnown(context);
  const fix = Speller.closest(word, frequent.keys(), (w) => frequent.get(w) ?? 0);
  return fix !== undefined && (frequent.get(fix) ?? 0) >= 2 * Math.max(1, own) ? fix : undefined;
}

/**
 * Whether a word may be a name rather than a misspelling. 'proper': the dictionary knows it capitalised
 * (German, Frye). 'name': capitalised in a mixed-case title, opening the title (the brand's usual
 * place), or used by several products of the catalogue. Else 'plain'.
 */
type Kind = 'plain' | 'name' | 'proper';

function kindOf(token: Token, index: number, mixedCase: boolean, context: Context): Kind {
  if (context.speller.inDictionary(token.text)) return 'proper';
  const name = index === 0 || (mixedCase && /^\p{Lu}/u.test(token.text)) || (context.wordProducts.get(token.lower) ?? 0) >= 2;
  return name ? 'name' : 'plain';
}

/**
 * The correction for a word, or null. A plain word takes the catalogue's own near word, else the
 * dictionary's. A name is corrected only for a slip (towards a word the catalogue uses often, or a
 * dictionary word when the name is long): brands respell words on purpose (Flexy, Construx), but
 * rarely by dropping or swapping a letter.
 */
function verdict(word: string, kind: Kind, context: Context): string | null {
  const key = `${word}|${kind}`;
  const cached = context.spellCache.get(key);
  if (cached !== undefined) return cached;
  let answer: string | null = null;
  if (!context.speller.known(word)) {
    const fromCatalogue = catalogueFix(word, context);
    if (kind === 'plain') answer = fromCatalogue ?? context.speller.dictionarySuggestions(word)[0] ?? null;
    else if (fromCatalogue && slip(word, fromCatalogue)) answer = fromCatalogue;
    // Title Case capitalises every word, so a long one may still be a typo: a dropped vowel leaves a word
    // no one can say ("Conicl"), which a brand avoids; doubled or extra consonants (Slimer, Bandana) are how brands respell.
    else if (kind === 'name' && word.length >= MIN_NAME_SLIP) answer = context.speller.dictionarySuggestions(word).find((fix) => droppedVowel(word, fix)) ?? null;
  }
  context.spellCache.set(key, answer);
  return answer;
}

export function misspellings(title: string, context: Context): Misspelling[] {
  const words = tokens(title);
  const mixedCase = /\p{Lu}/u.test(title) && /\p{Ll}/u.test(title);
  // Words next to "de", "con", "para"… belong to a phrase in another language (freidora de aire).
  const foreign = new Set<number>();
  words.forEach((t, i) => {
    if (FOREIGN_FUNCTION_WORDS.has(t.lower)) [i - 1, i + 1].forEach((j) => foreign.add(j));
  });
  const found: Misspelling[] = [];
  for (const [i, token] of words.entries()) {
    if (!CHECKABLE.test(token.lower) || foreign.has(i) || context.names.has(token.lower)) continue;
    if (mixedCase && /^\p{Lu}+$/u.test(token.text)) continue; // an acronym: HDPE, FOB, DB
    if (/\p{Ll}\p{Lu}/u.test(token.text)) continue; // a made-up name: CoreFlex, iPhone
    if (context.speller.correctAsWritten(token.text)) continue; // Holmes, Paris: right as capitalised
    if (/^['’]/.test(title.slice(token.end))) continue; // a spelled-out elision: Talkin', Flickin'
    if (title[token.start - 1] === '-' && /^\p{Lu}/u.test(words[i - 1]?.text ?? '')) continue; // inside a hyphenated name: Craft-tastic
    const suggestion = verdict(token.lower, kindOf(token, i, mixedCase, context), context);
    if (suggestion !== null) found.push({ token, suggestion });
  }
  return found;
}

function matchCase(original: string, fix: string): string {
  if (original === original.toUpperCase()) return fix.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return fix[0]?.toUpperCase() + fix.slice(1);
  return fix;
}

export const spelling = defineCheck({
  id: 'title.spelling',
  en: 'Misspelled word in the title',
  zh: '标题中有拼写错误的单词',
  fix: { en: 'Correct the spelling: buyers search for the right word.', zh: '改正拼写：买家按正确的单词搜索。' },
  penalty: { base: 10, each: 5, max: 25 },
  check: (product, context) => {
    const found = misspellings(product.title, context);
    if (found.length === 0) return null;
    let suggestion = product.title;
    for (const { token, suggestion: fix } of [...found].reverse()) {
      suggestion = suggestion.slice(0, token.start) + matchCase(token.text, fix) + suggestion.slice(token.end);
    }
    return { evidence: found.map((m) => `${m.token.text} → ${matchCase(m.token.text, m.suggestion)}`), suggestion };
  },
});
