import type { Exclusion, BuyerRow } from './list.js';

export type TableLang = 'zh' | 'en';
export type Cell = string | number | Date | null;

/**
 * The columns of the reactivation table. The first nine are the seed article's layout and the
 * contract of `xunpan reactivate` (contracts/cli.md): their order never changes.
 */
export const COLUMNS = [
  { key: 'no', zh: '序号', en: 'No.' },
  { key: 'name', zh: '姓名', en: 'Name' },
  { key: 'email', zh: '邮箱', en: 'E-mail' },
  { key: 'contact', zh: '电话和地址', en: 'Phone & address' },
  { key: 'company', zh: '公司名称', en: 'Company' },
  { key: 'country', zh: '国家', en: 'Country' },
  { key: 'grade', zh: '评定等级', en: 'Grade' },
  { key: 'summary', zh: '内容摘要', en: 'Summary' },
  { key: 'firstAt', zh: '询盘时间', en: 'Inquiry date' },
  { key: 'inquiries', zh: '询盘次数', en: 'Inquiries' },
  { key: 'lastAt', zh: '最后询盘', en: 'Last inquiry' },
  { key: 'delivery', zh: '地址状态', en: 'Address status' },
  { key: 'bounce', zh: '退信原因', en: 'Bounce reason' },
  { key: 'note', zh: '备注', en: 'Note' },
  { key: 'website', zh: '网站', en: 'Website' },
  { key: 'summaryOther', zh: '内容摘要（英文）', en: 'Summary (Chinese)' },
  { key: 'draftLanguages', zh: '开发信语言', en: 'Letter languages' },
] as const;

export const EXCLUDED_COLUMNS = [
  { zh: '姓名', en: 'Name' }, { zh: '邮箱', en: 'E-mail' }, { zh: '公司名称', en: 'Company' }, { zh: '最后询盘', en: 'Last inquiry' },
  { zh: '询盘次数', en: 'Inquiries' }, { zh: '排除原因', en: 'Reason' }, { zh: '匹配', en: 'Matched on' }, { zh: '客户名单行号', en: 'Customer list row' },
] as const;

export const DRAFT_COLUMNS = [
  { zh: '序号', en: 'No.' }, { zh: '邮箱', en: 'E-mail' }, { zh: '语言', en: 'Languages' }, { zh: '主题', en: 'Subject' }, { zh: '正文', en: 'Body' },
] as const;

const regionNames = new Map<TableLang, Intl.DisplayNames>();

/** "德国 (DE)" / "Germany (DE)": the code stays so the column sorts and filters the same in both. */
export function countryName(iso: string | null, lang: TableLang): string {
  if (!iso) return '';
  let names = regionNames.get(lang);
  if (!names) regionNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' })));
  try {
    const name = names.of(iso);
    return name && name !== iso ? `${name} (${iso})` : iso;
  } catch {
    return iso; // not a region code the runtime knows
  }
}

const WORDS = {
  zh: { phone: '电话', address: '地址', dead: '退信（永久），勿再发送', delayed: '暂时未送达', suspicious: '可疑，联系前先核实' },
  en: { phone: 'Tel', address: 'Address', dead: 'Bounced (permanent): do not mail', delayed: 'Temporarily undelivered', suspicious: 'Suspicious: check before writing' },
} as const;

/** A day, as the table shows it: the date of the ISO time in UTC. */
export function day(iso: string): string {
  return iso.slice(0, 10);
}

/** One buyer as table cells, in COLUMNS order. `dates` says whether dates are Date cells (XLSX) or text (CSV). */
export function rowCells(r: BuyerRow, lang: TableLang, dates: 'date' | 'text'): Cell[] {
  const w = WORDS[lang];
  // Labelled, because a bare "+86…" would be read as a formula by Excel and WPS.
  const contact = [r.phone && `${w.phone}: ${r.phone}`, r.address && `${w.address}: ${r.address}`].filter(Boolean).join(lang === 'zh' ? '；' : '; ');
  const when = (iso: string) => (dates === 'date' && !Number.isNaN(Date.parse(iso)) ? new Date(day(iso)) : day(iso));
  return [
    r.no, r.name, r.email, contact, r.company, countryName(r.country, lang), r.grade, r.summary[lang], when(r.firstAt), r.inquiries,
    when(r.lastAt), r.delivery ? w[r.delivery] : '', r.bounce ? [r.bounce.status, r.bounce.diagnostic].filter(Boolean).join(' ') : '',
    r.suspicious ? w.suspicious : '', r.website, r.summary[lang === 'zh' ? 'en' : 'zh'], r.draft?.languages.join('+') ?? '',
  ];
}

export function exclusionCells(e: Exclusion, lang: TableLang): Cell[] {
  return [e.name, e.email, e.company, day(e.lastAt), e.inquiries, e.match.reason[lang], e.match.code, e.match.customerRow];
}
