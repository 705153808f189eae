/**
 * Faster scanning for case-insensitive unicode regexes that start with a lookbehind, like
 * `(?<![\p{L}])(?:quality|grade|…)…` under /iu. V8 then cannot use its quick first-character
 * checks and tests the case-closed \p{L} at every position: such a scan costs 3–5x the same regex
 * without the lookbehind (measured on 4 KB of mail: 5.5 µs against 1.9 µs). Under /u alone the
 * lookbehind costs little.
 *
 * A negative lookbehind can only reject a match, so the pattern with it removed (the "candidate")
 * matches wherever the whole pattern does. The scan looks for candidate starts and tries the whole
 * pattern, sticky, at each: the first start where it matches is the one the whole pattern's own scan
 * would have found, with the same match, because both try start positions in order.
 */

interface Split {
  /** The pattern without its lookbehinds (and with plain groups), global: finds where a match may start. */
  candidate: RegExp;
  /** The pattern itself, sticky: the match at one start, exactly as the pattern's own scan would find it there. */
  whole: RegExp;
  unicode: boolean;
}

/** The patterns registered with scanByCandidates, and how to scan them. */
const splits = new WeakMap<RegExp, Split>();

/**
 * Registers `pattern` to be scanned by candidates wherever execFrom, matches or eachMatch run it,
 * and gives it back. Worth it for /iu patterns whose start is a lookbehind and then a fairly rare
 * word; not for those whose lookbehind-free part is common inside words ("ce" for CE marking, a
 * number), where the false starts cost more than the lookbehind did: measure before registering.
 * The pattern must not match from inside a surrogate pair (its first character a letter, a digit or
 * a word, as in all of ours): V8's own scan also tries those starts, this one steps by code points.
 */
export function scanByCandidates(pattern: RegExp): RegExp {
  if (splits.has(pattern)) return pattern;
  const source = withoutLookbehinds(pattern.source);
  if (source === null) throw new Error(`scanByCandidates: no lookbehind to split off in /${pattern.source}/`);
  const flags = pattern.flags.replace(/[gy]/g, '');
  splits.set(pattern, { candidate: new RegExp(source, `${flags}g`), whole: new RegExp(pattern.source, `${flags}y`), unicode: pattern.unicode || pattern.flags.includes('v') });
  return pattern;
}

/** Whether execFrom scans `pattern` another way than the pattern's own exec. */
export function hasCandidateScan(pattern: RegExp): boolean {
  return splits.has(pattern);
}

/**
 * The first match of `pattern` starting at or after `from`: what `pattern.exec(text)` gives for a
 * non-global pattern (`from` is then 0), or for a global one with lastIndex = from. A registered
 * pattern is not used to scan, so its lastIndex is left alone.
 */
export function execFrom(pattern: RegExp, text: string, from = 0): RegExpExecArray | null {
  const split = splits.get(pattern);
  if (!split) {
    pattern.lastIndex = from;
    return pattern.exec(text);
  }
  const { candidate, whole } = split;
  let at = from;
  while (at <= text.length) {
    candidate.lastIndex = at;
    const start = candidate.exec(text)?.index;
    if (start === undefined) return null;
    whole.lastIndex = start;
    const match = whole.exec(text);
    if (match) return match;
    at = nextStart(text, start, split.unicode);
  }
  return null;
}

/** Whether `pattern` matches anywhere in `text`, as `pattern.test(text)` for a non-global pattern. */
export function matches(pattern: RegExp, text: string): boolean {
  if (!splits.has(pattern)) return pattern.test(text);
  return execFrom(pattern, text) !== null;
}

/** The next start a scan tries after `index`: one code point on in unicode mode. */
function nextStart(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/**
 * The source with every negative lookbehind that holds no group removed, and capturing groups made
 * plain (the candidate's groups are never read); null when nothing was removed, or when the pattern
 * has backreferences (their group numbers would shift). Lookbehinds inside another lookaround are
 * kept: removing one inside a negative lookahead would make the candidate reject more, not less.
 */
export function withoutLookbehinds(source: string): string | null {
  if (/\\[1-9]|\\k</.test(source)) return null;
  let out = '';
  let removed = false;
  /** Per open group, whether it is a lookaround. */
  const open: boolean[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (c === '[') {
      const end = classEnd(source, i);
      out += source.slice(i, end);
      i = end - 1;
    } else if (c === '(') {
      if (source.startsWith('(?<!', i) && !open.includes(true)) {
        const end = simpleGroupEnd(source, i);
        if (end > 0) {
          removed = true;
          i = end - 1;
          continue;
        }
      }
      const lookaround = /^\(\?<?[=!]/.test(source.slice(i, i + 4));
      open.push(lookaround);
      if (lookaround) {
        const head = source[i + 2] === '<' ? source.slice(i, i + 4) : source.slice(i, i + 3);
        out += head;
        i += head.length - 1;
      } else if (source.startsWith('(?:', i)) {
        out += '(?:';
        i += 2;
      } else if (source.startsWith('(?<', i)) {
        out += '(?:'; // a named group, (?<name>
        i = source.indexOf('>', i);
      } else {
        out += '(?:';
      }
    } else {
      if (c === ')') open.pop();
      out += c;
    }
  }
  return removed ? out : null;
}

/** Index just past the character class opening at `start`. */
function classEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i + 1;
  }
  return source.length;
}

/** Index just past the group opening at `start` if it holds no other group, else -1. */
function simpleGroupEnd(source: string, start: number): number {
  for (let i = start + 4; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i) - 1;
    else if (c === '(') return -1;
    else if (c === ')') return i + 1;
  }
  return -1;
}
