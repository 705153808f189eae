import type { Money } from '../model/extracted.js';
import type { Buyer } from './buyer.js';
import type { Bilingual } from './input.js';

type SummaryFacts = Pick<Buyer, 'products' | 'quantity' | 'specifications' | 'certificates' | 'targetPrice' | 'incoterm' | 'port' | 'deliveryTime' | 'packaging' | 'sampleRequest' | 'subjects'>;

const MAX_CHARS = 240;

/**
 * What the buyer asked for, in one line per language, from the extracted fields only: the row
 * must be readable at a glance, and the buyer's own words (products, specs) stay as written.
 */
export function summarise(b: SummaryFacts): Bilingual {
  const parts: [zh: string, en: string, value: string][] = [];
  const add = (zh: string, en: string, value: string | null | undefined) => {
    if (value) parts.push([zh, en, value]);
  };
  add('产品', 'Products', b.products.slice(0, 3).join(', '));
  add('数量', 'Quantity', b.quantity?.text);
  add('规格', 'Specs', b.specifications.slice(0, 2).join(', '));
  add('目标价', 'Target price', b.targetPrice ? money(b.targetPrice) : null);
  add('条款', 'Terms', [b.incoterm, b.port].filter(Boolean).join(' '));
  add('交期', 'Delivery', b.deliveryTime);
  add('包装', 'Packing', b.packaging);
  add('认证', 'Certificates', b.certificates.join(', '));
  if (parts.length === 0 && b.subjects[0]) add('主题', 'Subject', b.subjects[0]);
  const zh = parts.map(([label, , v]) => `${label}：${v}`);
  const en = parts.map(([, label, v]) => `${label}: ${v}`);
  if (b.sampleRequest) {
    zh.push('要样品');
    en.push('wants samples');
  }
  if (zh.length === 0) return { zh: '未提取到具体需求', en: 'No specific request found' };
  return { zh: clip(zh.join('；')), en: clip(en.join('; ')) };
}

function money(m: Money): string {
  return m.text || `${m.currency} ${m.amount}${m.per ? `/${m.per}` : ''}`;
}

function clip(s: string): string {
  return s.length <= MAX_CHARS ? s : `${s.slice(0, MAX_CHARS - 1)}…`;
}
