import type { Lang } from '../explain/explain.js';
import { shortLabel } from '../listings/labels.js';

/** Why a product is (or is not yet) a showcase pick: data, worded only at the edge. */
export type Reason =
  | { id: 'demand'; n30: number; n90: number }
  | { id: 'growth'; pct: number; n30: number; prior30: number }
  | { id: 'new'; n30: number }
  | { id: 'decline'; pct: number; n30: number; prior30: number }
  | { id: 'countries'; top: { country: string | null; n: number }[] }
  | { id: 'healthy'; score: number }
  | { id: 'fix_first'; score: number; findings: string[] }
  | { id: 'buyer_words'; phrase: string }
  | { id: 'unlisted' };

const where = (top: { country: string | null; n: number }[], lang: Lang) =>
  top.map((c) => `${c.country ?? (lang === 'zh' ? '未知' : 'unknown')} ${c.n}`).join(lang === 'zh' ? '，' : ', ');

export function reasonText(r: Reason, lang: Lang): string {
  const zh = lang === 'zh';
  switch (r.id) {
    case 'demand':
      return zh ? `近 30 天 ${r.n30} 条询盘，近 90 天 ${r.n90} 条` : `${r.n30} inquiries in 30 days, ${r.n90} in 90 days`;
    case 'growth':
      return zh ? `询盘增长 ${r.pct}%（${r.prior30} → ${r.n30}）` : `inquiries up ${r.pct}% (${r.prior30} → ${r.n30})`;
    case 'new':
      return zh ? `新需求：此前 30 天没有，近 30 天 ${r.n30} 条` : `new demand: none in the 30 days before, ${r.n30} now`;
    case 'decline':
      return zh ? `询盘下降 ${r.pct}%（${r.prior30} → ${r.n30}）` : `inquiries down ${r.pct}% (${r.prior30} → ${r.n30})`;
    case 'countries':
      return zh ? `主要买家国家：${where(r.top, lang)}` : `buyers from ${where(r.top, lang)}`;
    case 'healthy':
      return zh ? `产品信息质量好（${r.score} 分）` : `listing in good shape (score ${r.score})`;
    case 'fix_first':
      return zh
        ? `产品诊断 ${r.score} 分：先修正${r.findings.map((f) => shortLabel(f, 'zh')).join('、')}再上橱窗`
        : `listing score ${r.score}: fix ${r.findings.map((f) => shortLabel(f, 'en')).join(', ')} before showcasing it`;
    case 'buyer_words':
      return zh ? `买家常用 “${r.phrase}”，标题里没有` : `buyers say "${r.phrase}", which the title lacks`;
    case 'unlisted':
      return zh ? `买家在问，目录里没有对应产品` : `buyers ask for it, and no listing in the catalogue matches`;
  }
}

/** A reason as the CLI's JSON and the API give it: the data plus both sentences. */
export const explainReason = (r: Reason) => ({ ...r, zh: reasonText(r, 'zh'), en: reasonText(r, 'en') });
