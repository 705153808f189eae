/**
 * One regex that matches somewhere exactly when at least one of `patterns` does. Most mail matches
 * none of a list, and one pass over the text is about half the cost of one pass per pattern.
 * The patterns must share their flags and have no backreferences; group names are dropped, as
 * alternatives may not repeat a name.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  const flags = patterns[0]?.flags ?? '';
  if (patterns.some((p) => p.flags !== flags || p.global || p.sticky || p.source.includes('\\k<'))) {
    throw new Error('anyOf: patterns need the same non-global flags and no backreferences');
  }
  return new RegExp(patterns.map((p) => `(?:${p.source.replace(/\(\?<[A-Za-z_$][\w$]*>/g, '(?:')})`).join('|'), flags);
}
