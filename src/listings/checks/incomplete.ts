import { defineCheck } from '../check.js';
import { REQUIRED_FIELDS, type RequiredField } from '../fields.js';
import type { Product } from '../product.js';

/** A price of 0 or "negotiable" alone tells a buyer nothing; the rest only needs to be there. */
function filled(product: Product, field: RequiredField): boolean {
  switch (field) {
    case 'title': return product.title.trim() !== '';
    case 'category': return product.category.trim() !== '';
    case 'attributes': return product.attributes.length > 0;
    case 'description': return product.description.trim() !== '';
    case 'images': return product.images > 0;
    case 'price': return /[1-9]/.test(product.trade.price);
    default: return product.trade[field].trim() !== '';
  }
}

export const incomplete = defineCheck({
  id: 'info.incomplete',
  en: 'Product information is incomplete',
  zh: '产品信息不完整',
  fix: { en: 'Fill in the missing fields; incomplete listings rank lower.', zh: '补全缺失的信息；信息不完整会影响排名。' },
  penalty: { base: 4, each: 3, max: 25 },
  check: (product) => {
    const missing = REQUIRED_FIELDS.filter((f) => !filled(product, f));
    return missing.length > 0 ? { evidence: missing } : null;
  },
});
