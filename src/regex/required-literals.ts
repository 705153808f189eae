/**
 * Literal strings a regex cannot match without: `requiredLiterals(/\bnext of kin\b/)` is
 * [['next of kin']], and a text that lacks every string of one of the sets returned cannot hold a
 * match anywhere. The phrase lists use it to skip, with a few `includes` calls, the patterns a message
 * cannot match, instead of trying every pattern at every position (as Hyperscan and RE2's
 * prefilters do with their literal factors).
 *
 * The analysis is conservative: whatever it does not understand (classes like \w or \p{L},
 * repetition that may be absent, backreferences) counts as "could be anything", and a pattern with
 * no known literal gets null, meaning "always try it".
 */

/** More exact strings than this and a set is kept only as a requirement (one of them must occur). */
const MAX_EXACT = 64;
/** Larger classes, like [a-z], are "any character". */
const MAX_CLASS_CHARS = 8;
/** Requirements kept for one pattern (the strongest): each is one more cheap test. */
const MAX_CLAUSES = 3;

/** Sets of strings, each of which must have one of its strings in a match ([]: nothing known). */
type Clauses = Set<string>[];

/**
 * What a part of a regex can match. `exact`: every string it can match, when that is a short list.
 * `required`: what every match contains, when `exact` is not known.
 */
interface Info {
  exact: Set<string> | null;
  required: Clauses;
}

const ANY: Info = { exact: null, required: [] };
const EMPTY: Info = { exact: new Set(['']), required: [] };

/**
 * What every match of `pattern` contains: sets of strings, and a match holds one string of each
 * set; null when nothing is known. For a case-insensitive pattern the strings are lower-cased, to
 * be looked for in `caseFolded(text)`.
 */
export function requiredLiterals(pattern: { source: string; flags: string }): string[][] | null {
  if (pattern.flags.includes('v')) return null;
  try {
    const parser = new Parser(pattern.source);
    const info = parser.alternation();
    if (parser.pos !== pattern.source.length) return null;
    let clauses = requirement(info).map((set) => [...set]);
    if (pattern.flags.includes('i')) {
      clauses = clauses.map((set) => [...new Set(set.map((l) => l.toLowerCase()))]).filter((set) => set.every((l) => !CASE_ODD.test(l)));
    }
    return clauses.length > 0 ? clauses.map(withoutLonger) : null;
  } catch {
    return null;
  }
}

/**
 * Characters whose case-insensitive matching toLowerCase() does not mirror one to one: everything
 * outside ASCII, Latin-1, Latin Extended-A (but İ, ı, ſ), Cyrillic and the caseless Arabic and CJK
 * blocks. K (Kelvin) and ſ match k and s, final sigma lowers by context, µ matches Greek mu…
 */
// eslint-disable-next-line no-control-regex -- the range starts at U+0000: all of ASCII is plain
const CASE_ODD = /[^\u0000-\u012f\u0132-\u017e\u0400-\u04ff\u0600-\u06ff\u3000-\u9fff]/;

/**
 * The text in which to look for a case-insensitive pattern's literals: lower-cased, or null when it
 * holds a character (CASE_ODD) for which that is not enough, and every such pattern must be tried.
 */
export function caseFolded(text: string): string | null {
  return CASE_ODD.test(text) ? null : text.toLowerCase();
}

/** One of the strings must occur: a string that contains another of them adds nothing ("usd " when "usd" is in). */
function withoutLonger(literals: string[]): string[] {
  return literals.filter((a) => !literals.some((b) => b !== a && a.includes(b)));
}

/** The requirements an Info implies: its exact strings if none is empty, else what it requires. */
function requirement(info: Info): Clauses {
  if (info.exact) return [...info.exact].some((s) => s === '') ? [] : [info.exact];
  return info.required;
}

/**
 * All of the requirements, or the MAX_CLAUSES strongest, strongest first (an alternative keeps only
 * the first): the rarer a set's weakest string, the stronger the set. A string is as rare as it is
 * long, and a lone letter, digit, space or common punctuation mark counts as less than another lone
 * character ("$" before ",").
 */
function all(clauses: Clauses): Clauses {
  const unique = [...new Set(clauses)];
  return unique.sort((a, b) => strength(b) - strength(a) || a.size - b.size).slice(0, MAX_CLAUSES);
}

const strength = (set: Set<string>): number => Math.min(...[...set].map(rarity));

function rarity(literal: string): number {
  return 2 * literal.length - (literal.length === 1 && /[\sa-z0-9.,;:'"()-]/.test(literal) ? 1 : 0);
}

function concat(a: Info, b: Info): Info {
  if (a.exact && b.exact && a.exact.size * b.exact.size <= MAX_EXACT) {
    const exact = new Set<string>();
    for (const x of a.exact) for (const y of b.exact) exact.add(x + y);
    return { exact, required: [] };
  }
  return { exact: null, required: all([...requirement(a), ...requirement(b)]) };
}

/** Either side may match: what both require is one string of a set of each side's (its strongest). */
function alternative(a: Info, b: Info): Info {
  if (a.exact && b.exact && a.exact.size + b.exact.size <= MAX_EXACT) return { exact: new Set([...a.exact, ...b.exact]), required: [] };
  const [ra] = all(requirement(a)).slice(0, 1);
  const [rb] = all(requirement(b)).slice(0, 1);
  return { exact: null, required: ra && rb ? [new Set([...ra, ...rb])] : [] };
}

function repeat(item: Info, min: number, max: number): Info {
  if (min === 0) return max === 1 && item.exact ? alternative(item, EMPTY) : ANY;
  if (min === max && item.exact) {
    let result: Info = EMPTY;
    for (let i = 0; i < min; i++) result = concat(result, item);
    if (result.exact) return result;
  }
  return { exact: null, required: requirement(item) };
}

const exactChars = (chars: Iterable<string>): Info => ({ exact: new Set(chars), required: [] });

/** Escapes that stand for one known character, inside or outside a class. */
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };

class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  alternation(): Info {
    let info = this.sequence();
    while (this.src[this.pos] === '|') {
      this.pos++;
      info = alternative(info, this.sequence());
    }
    return info;
  }

  /**
   * A run of exact items is multiplied out ("without (a )?prescription" → two strings); where that
   * gets too long or an item is not exact, the run so far becomes one requirement, and a match must
   * meet every requirement of the sequence.
   */
  private sequence(): Info {
    let run = EMPTY;
    const clauses: Clauses = [];
    let cut = false;
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const item = this.quantified(this.atom());
      const joined = run.exact && item.exact ? concat(run, item) : null;
      if (joined?.exact) {
        run = joined;
        continue;
      }
      cut = true;
      clauses.push(...requirement(run));
      if (item.exact) run = item;
      else {
        clauses.push(...requirement(item));
        run = EMPTY;
      }
    }
    return cut ? { exact: null, required: all([...clauses, ...requirement(run)]) } : run;
  }

  private quantified(item: Info): Info {
    const c = this.src[this.pos];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!braces) return item; // a literal "{" (non-unicode patterns): read by atom() on the next turn
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Infinity;
      this.pos += braces[0].length - 1;
    } else return item;
    this.pos++;
    if (this.src[this.pos] === '?') this.pos++; // lazy: matches the same strings
    return this.quantified(repeat(item, min, max));
  }

  private atom(): Info {
    const c = this.src[this.pos++] ?? '';
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '\\') return this.escape();
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff) {
      // An astral character: one unit with the u flag, two without (a quantifier then repeats the second half).
      this.pos++;
      return ANY;
    }
    return exactChars([c]);
  }

  private group(): Info {
    const rest = this.src.slice(this.pos, this.pos + 3);
    let lookaround = false;
    if (rest.startsWith('?:')) this.pos += 2;
    else if (rest.startsWith('?=') || rest.startsWith('?!')) [this.pos, lookaround] = [this.pos + 2, true];
    else if (rest.startsWith('?<=') || rest.startsWith('?<!')) [this.pos, lookaround] = [this.pos + 3, true];
    else if (rest.startsWith('?<')) this.pos = this.src.indexOf('>', this.pos) + 1;
    else if (rest.startsWith('?')) throw new Error('unsupported group');
    const inner = this.alternation();
    if (this.src[this.pos++] !== ')') throw new Error('unbalanced group');
    // What a lookaround reads is outside the match: it adds no requirement.
    return lookaround ? EMPTY : inner;
  }

  private escape(): Info {
    const c = this.src[this.pos++] ?? '';
    if (c === 'b' || c === 'B') return EMPTY;
    if (c in CONTROL) return exactChars([CONTROL[c] ?? '']);
    if (c === 'u' && this.src[this.pos] === '{') {
      // \u{…}: one code point with the u flag, "u" repeated without it; either way not read as literals here.
      this.pos = this.src.indexOf('}', this.pos) + 1;
      return ANY;
    }
    if (c === 'u' || c === 'x') {
      const hex = c === 'x' ? /^[\da-fA-F]{2}/.exec(this.src.slice(this.pos)) : /^[\da-fA-F]{4}/.exec(this.src.slice(this.pos));
      if (!hex) return ANY;
      this.pos += hex[0].length;
      return exactChars([String.fromCharCode(parseInt(hex[0], 16))]);
    }
    if (c === 'p' || c === 'P') {
      if (this.src[this.pos] === '{') this.pos = this.src.indexOf('}', this.pos) + 1;
      return ANY;
    }
    if (c === 'k') {
      if (this.src[this.pos] === '<') this.pos = this.src.indexOf('>', this.pos) + 1;
      return ANY;
    }
    if (c === 'c' && /[A-Za-z]/.test(this.src[this.pos] ?? '')) {
      this.pos++; // \cJ: a control character
      return ANY;
    }
    if (/\d/.test(c)) {
      while (/\d/.test(this.src[this.pos] ?? '')) this.pos++; // a backreference, or an octal escape without the u flag
      return ANY;
    }
    // Classes (\d \w \s …) and other letter escapes: any character as far as this analysis goes.
    if (/[A-Za-z]/.test(c)) return ANY;
    return exactChars([c]); // an escaped punctuation character stands for itself
  }

  private characterClass(): Info {
    const negated = this.src[this.pos] === '^';
    if (negated) this.pos++;
    const chars = new Set<string>();
    let known = !negated;
    while (this.pos < this.src.length && this.src[this.pos] !== ']') {
      const from = this.classChar();
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']' && this.pos + 1 < this.src.length) {
        this.pos++;
        const to = this.classChar();
        if (from === null || to === null || to.charCodeAt(0) - from.charCodeAt(0) >= MAX_CLASS_CHARS) known = false;
        else for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.add(String.fromCharCode(code));
      } else if (from === null) known = false;
      else chars.add(from);
    }
    if (this.src[this.pos++] !== ']') throw new Error('unterminated class');
    return known && chars.size > 0 && chars.size <= MAX_CLASS_CHARS ? exactChars(chars) : ANY;
  }

  /** One character of a class, or null for a set (\d, \p{L}…) or anything not a single BMP character. */
  private classChar(): string | null {
    const c = this.src[this.pos++] ?? '';
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) {
      this.pos++;
      return null;
    }
    if (c !== '\\') return c;
    const e = this.src[this.pos++] ?? '';
    if (e in CONTROL) return CONTROL[e] ?? null;
    if (e === 'p' || e === 'P') {
      if (this.src[this.pos] === '{') this.pos = this.src.indexOf('}', this.pos) + 1;
      return null;
    }
    if (e === 'u' && this.src[this.pos] === '{') {
      this.pos = this.src.indexOf('}', this.pos) + 1;
      return null;
    }
    if (e === 'u' || e === 'x') {
      const hex = (e === 'x' ? /^[\da-fA-F]{2}/ : /^[\da-fA-F]{4}/).exec(this.src.slice(this.pos));
      if (!hex) return null;
      this.pos += hex[0].length;
      return String.fromCharCode(parseInt(hex[0], 16));
    }
    if (/[\dA-Za-z]/.test(e)) return null;
    return e;
  }
}
