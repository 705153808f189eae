/**
 * Who gets a new inquiry (pure). Salespeople whose product lines name one of the buyer's products
 * come first, then those who speak the buyer's language, else everyone; among them the least
 * loaded, and among equals the one who waited longest since their last inquiry (round-robin).
 */
export interface Salesperson {
  id: number;
  productLines: readonly string[];
  languages: readonly string[];
  /** Open, non-junk inquiries in their queue now. */
  load: number;
  lastAssignedAt: string | null;
}

export interface RoutedInquiry {
  text: string; // subject, products: what product lines are matched against
  language: string | null;
}

export interface Routing {
  userId: number;
  rule: 'product' | 'language' | 'load';
  matched: string | null;
}

export function chooseAssignee(team: readonly Salesperson[], inquiry: RoutedInquiry): Routing | null {
  if (team.length === 0) return null;
  const text = inquiry.text.toLowerCase();
  const byProduct = team.flatMap((person) => {
    const line = person.productLines.find((l) => l.trim() !== '' && containsWord(text, l.toLowerCase().trim()));
    return line ? [{ person, matched: line }] : [];
  });
  if (byProduct.length > 0) return pick(byProduct, 'product');
  const language = inquiry.language;
  const byLanguage = language ? team.filter((p) => p.languages.includes(language)).map((person) => ({ person, matched: language })) : [];
  if (byLanguage.length > 0) return pick(byLanguage, 'language');
  return pick(team.map((person) => ({ person, matched: null })), 'load');
}

function pick(candidates: { person: Salesperson; matched: string | null }[], rule: Routing['rule']): Routing {
  const [best] = [...candidates].sort(
    (a, b) => a.person.load - b.person.load || (a.person.lastAssignedAt ?? '').localeCompare(b.person.lastAssignedAt ?? '') || a.person.id - b.person.id,
  );
  return { userId: best!.person.id, rule, matched: best!.matched };
}

/** "pipe" matches "steel pipes" but not "pipeline"; CJK product lines match as substrings. */
function containsWord(text: string, word: string): boolean {
  if (/[\u3400-\u9fff]/.test(word)) return text.includes(word);
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:e?s)?(?![\\p{L}\\p{N}])`, 'u').test(text);
}
