import { defineCheck, type ListingCheck } from '../check.js';
import type { Product } from '../product.js';
import { FACETS, type Facet, type Mention } from './facets.js';

interface Source {
  label: string;
  mentions: Mention[];
}

/** Numbers within 3 % are the same (3.6 L and 3600 ml; rounding in a spec sheet). */
function agree(facet: Facet, a: readonly Mention[], b: readonly Mention[]): boolean {
  const left = a.flatMap((m) => m.values);
  const right = new Set(b.flatMap((m) => m.values));
  if (!facet.numeric) return left.some((v) => right.has(v));
  return left.some((x) => [...right].some((y) => Math.abs(Number(x) - Number(y)) <= 0.03 * Math.max(Number(x), Number(y))));
}

function describe(source: Source): string {
  const texts = [...new Set(source.mentions.map((m) => m.text.trim()))].slice(0, 3);
  return `${source.label}: ${texts.join(', ')}`;
}

/** Title vs each attribute that states the facet; title vs category or description where declared; category vs attributes. */
export function conflictsOf(facet: Facet, product: Product): string[] {
  const title: Source = { label: 'title', mentions: facet.mentions(product.title) };
  const attributes: Source[] = product.attributes
    .filter(([name]) => facet.attribute.test(name))
    .map(([name, value]) => ({ label: name, mentions: facet.mentions(value) }));
  const others: Source[] = [...attributes];
  if (facet.alsoFrom.includes('category')) others.push({ label: 'category', mentions: facet.mentions(product.category) });
  // A description speaks for the product only when it says so more than once: one mention is often a
  // turn of phrase or a cross-sell ("the bad boys won't know what to do").
  const described = facet.alsoFrom.includes('description') ? facet.mentions(product.description) : [];
  if (described.length >= 2) others.push({ label: 'description', mentions: described });
  const pairs: [Source, Source][] = others.map((o) => [title, o]);
  const category = others.find((o) => o.label === 'category');
  if (category) pairs.push(...attributes.map((a): [Source, Source] => [category, a]));

  const evidence: string[] = [];
  for (const [a, b] of pairs) {
    if (a.mentions.length === 0 || b.mentions.length === 0 || agree(facet, a.mentions, b.mentions)) continue;
    for (const s of [a, b]) if (!evidence.includes(describe(s))) evidence.push(describe(s));
  }
  return evidence;
}

export const conflictChecks: readonly ListingCheck[] = FACETS.map((facet) =>
  defineCheck({
    id: `conflict.${facet.id}`,
    en: `Title, category and attributes disagree on ${facet.en}`,
    zh: `标题、类目与属性的${facet.zh}互相冲突`,
    fix: { en: `Make the ${facet.en} the same everywhere; check the title against the attributes.`, zh: `统一各处的${facet.zh}，按产品属性检查标题用词。` },
    penalty: { base: 15, each: 0, max: 15 },
    check: (product) => {
      const evidence = conflictsOf(facet, product);
      return evidence.length > 0 ? { evidence } : null;
    },
  }),
);
