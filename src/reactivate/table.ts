import type { Exclusion, BuyerRow } from './list.js';

export type Cell = string | number | Date | null;

/**
 * The columns of the reactivation table. The first nine are the seed article's layout and the
 * contract of `xunpan reactivate` (contracts/cli.md): their order never changes. Files always carry
 * the Chinese headers (the contract); `en` names the same columns for the API and the docs.
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
  { key: 'summaryEn', zh: '内容摘要（英文）', en: 'Summary (English)' },
  { key: 'draftLanguages', zh: '开发信语言', en: 'Letter languages' },
] as const;

export const EXCLUDED_COLUMNS = [
  { zh: '姓名', en: 'Name' }, { zh: '邮箱', en: 'E-mail' }, { zh: '公司名称', en: 'Company' }, { zh: '最后询盘', en: 'Last inquiry' },
  { zh: '询盘次数', en: 'Inquiries' }, { zh: '排除原因', en: 'Reason' }, { zh: '排除原因（英文）', en: 'Reason (English)' },
  { zh: '匹配', en: 'Matched on' }, { zh: '客户名单行号', en: 'Customer list row' },
] as const;

export const DRAFT_COLUMNS = [
  { zh: '序号', en: 'No.' }, { zh: '邮箱', en: 'E-mail' }, { zh: '语言', en: 'Languages' }, { zh: '主题', en: 'Subject' }, { zh: '正文', en: 'Body' },
] as const;

let regionNames: Intl.DisplayNames | undefined;

/** "德国 (DE)": the code stays so the column sorts and filters by it too. */
export function countryName(iso: string | null): string {
  if (!iso) return '';
  regionNames ??= new Intl.DisplayNames(['zh'], { type: 'region', fallback: 'code' });
  try {
    const name = regionNames.of(iso);
    return name && name !== iso ? `${name} (${iso})` : iso;
  } catch {
    return iso; // not a region code the runtime knows
  }
}

/** Status words in both languages: the sheet is shared by people who read either. */
const DELIVERY = { dead: '退信（永久），勿再发送 / bounced: do not mail', delayed: '暂时未送达 / delayed' } as const;
const SUSPICIOUS = '可疑，联系前先核实 / suspicious: check first';

/** A day, as the table shows it: the date of the ISO time in UTC. */
export function day(iso: string): string {
  return iso.slice(0, 10);
}

/** One buyer as table cells, in COLUMNS order. `dates` says whether dates are Date cells (XLSX) or text (CSV). */
export function rowCells(r: BuyerRow, dates: 'date' | 'text'): Cell[] {
  // Labelled, because a bare "+86…" would be read as a formula by Excel and WPS.
  const contact = [r.phone && `电话: ${r.phone}`, r.address && `地址: ${r.address}`].filter(Boolean).join('；');
  const when = (iso: string) => (dates === 'date' && !Number.isNaN(Date.parse(iso)) ? new Date(day(iso)) : day(iso));
  return [
    r.no, r.name, r.email, contact, r.company, countryName(r.country), r.grade, r.summary.zh, when(r.firstAt), r.inquiries,
    when(r.lastAt), r.delivery ? DELIVERY[r.delivery] : '', r.bounce ? [r.bounce.status, r.bounce.diagnostic].filter(Boolean).join(' ') : '',
    r.suspicious ? SUSPICIOUS : '', r.website, r.summary.en, r.draft?.languages.join('+') ?? '',
  ];
}

export function exclusionCells(e: Exclusion): Cell[] {
  return [e.name, e.email, e.company, day(e.lastAt), e.inquiries, e.match.reason.zh, e.match.reason.en, e.match.code, e.match.customerRow];
}
