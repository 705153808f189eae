/**
 * Head nouns that name the same product: buyers put the same modifiers before them ("picnic",
 * "wicker", "gift" before both hamper and basket). Two heads merge when they share at least
 * MIN_SHARED modifiers and those are a good part of the smaller set (overlap coefficient). Words
 * that go before any product (materials, colours, sizes) are no evidence: stainless steel pipes and
 * stainless steel sinks stay apart.
 */
const MIN_SHARED = 2;
const MIN_OVERLAP = 0.5;

/** Stems, as words.ts stems them. */
export const ANY_PRODUCT: ReadonlySet<string> = new Set(
  ('steel stainless metal iron aluminium aluminum copper brass zinc alloy plastic wood wooden glass ceramic porcelain paper cardboard kraft ' +
    'cotton leather rubber silicone fabric nylon polyester foam carbon black white red blue green yellow grey gray pink purple brown silver gold ' +
    'large small big mini medium extra heavy light portable custom customized customised printed color colour cheap standard').split(' '),
);

/** Head → the head it is counted under (the one with more inquiries). Heads not merged map to themselves. */
export function canonicalHeads(modifiersByHead: ReadonlyMap<string, ReadonlySet<string>>, inquiriesByHead: ReadonlyMap<string, number>): Map<string, string> {
  const heads = [...modifiersByHead.keys()].sort((a, b) => (inquiriesByHead.get(b) ?? 0) - (inquiriesByHead.get(a) ?? 0) || a.localeCompare(b));
  const canonical = new Map<string, string>();
  // Heads by modifier: only heads sharing a modifier are compared, so this stays near-linear.
  const byModifier = new Map<string, string[]>();
  for (const head of heads) for (const m of modifiersByHead.get(head) ?? []) byModifier.set(m, [...(byModifier.get(m) ?? []), head]);
  for (const head of heads) {
    if (canonical.has(head)) continue;
    canonical.set(head, head);
    const mine = modifiersByHead.get(head) ?? new Set<string>();
    const shared = new Map<string, number>();
    for (const m of mine) for (const other of byModifier.get(m) ?? []) if (other !== head && !canonical.has(other)) shared.set(other, (shared.get(other) ?? 0) + 1);
    for (const [other, n] of shared) {
      const theirs = modifiersByHead.get(other)?.size ?? 0;
      if (n >= MIN_SHARED && n / Math.min(mine.size, theirs) >= MIN_OVERLAP) canonical.set(other, head);
    }
  }
  return canonical;
}
