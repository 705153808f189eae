import { defineCheck } from '../check.js';
import type { Product } from '../product.js';
import { STOP_WORDS, stem, tokens } from '../words.js';

/** Alibaba.com cuts product names at 128 characters; below 20 there is no room for modifiers or a long tail. */
export const MAX_TITLE = 128;
export const MIN_TITLE = 20;

/** Selling talk that takes the place of words describing the product (seed 技巧规则: describe it). */
const PROMOTIONAL = /\b(?:hot\s+(?:sale|selling)|top\s+selling|best\s+sell(?:ing|er)|new\s+arrivals?|factory\s+(?:price|direct(?:ly)?|selling(?:\s+directly)?)|cheap(?:est)?|high\s+quality|good\s+quality|top\s+quality|free\s+shipping|best\s+price|20[12]\d)\b/giu;

/**
 * The main keyword a title should carry: a keyword column if the sheet has one, else the most
 * specific category level (when the path has at least two levels: a top level is too broad).
 * Returns the alternatives ("Skateboards & Longboards" → two).
 */
export function mainKeywords(product: Product): string[] {
  const declared = product.attributes.find(([n]) => n === 'Keywords')?.[1];
  if (declared) return declared.split(/[,;，；|]/).map((k) => k.trim()).filter(Boolean).slice(0, 1);
  const levels = product.category.split(/\s*[|>›»/]\s*/).filter(Boolean);
  if (levels.length < 2) return [];
  const parts = (levels.at(-1) ?? '').split(/\s*(?:&|,|\band\b)\s*/i).map((k) => k.trim()).filter(Boolean);
  // "Baby & Toddler Toys" is one kind of toy, "Skateboards & Longboards" two kinds: a lone word before a
  // longer part modifies that part's head.
  return parts.filter((part, i) => i === parts.length - 1 || /\s/.test(part) || !/\s/.test(parts[i + 1] ?? ''));
}

/** A keyword is present when the title has its head word (its last word), plural or not. */
function hasKeyword(title: string, keyword: string): boolean {
  const head = tokens(keyword).filter((t) => !STOP_WORDS.has(t.lower)).at(-1);
  return head === undefined || tokens(title).some((t) => t.stem === head.stem || stem(t.lower.replace(/-/g, '')) === head.stem);
}

export const titleForm = defineCheck({
  id: 'title.form',
  en: 'Title form: length, main keyword, modifiers',
  zh: '标题结构：长度、主关键词、修饰词',
  fix: {
    en: 'Describe the product: modifiers, then the main keyword, then long-tail words (outdoor wicker picnic basket for 2 persons).',
    zh: '修饰词 + 主关键词 + 长尾词，例如 outdoor wicker picnic basket for 2 persons；不要用促销词占位。',
  },
  penalty: { base: 5, each: 3, max: 12 },
  check: (product) => {
    const evidence: string[] = [];
    const length = [...product.title].length;
    if (length > MAX_TITLE) evidence.push(`length ${length} > ${MAX_TITLE}`);
    if (length > 0 && length < MIN_TITLE) evidence.push(`length ${length} < ${MIN_TITLE}`);
    const keywords = mainKeywords(product);
    if (product.title && keywords.length > 0 && !keywords.some((k) => hasKeyword(product.title, k))) evidence.push(`main keyword missing: ${keywords.join(' / ')}`);
    const promo = [...new Set([...product.title.matchAll(PROMOTIONAL)].map((m) => m[0].toLowerCase()))];
    if (promo.length > 0) evidence.push(`promotional words: ${promo.join(', ')}`);
    return evidence.length > 0 ? { evidence } : null;
  },
});
