/**
 * Platform inquiry exports (Alibaba.com-style CSV or XLSX) into the inbox: each row becomes the
 * same kind of record as mail, platform fields included (account age, products viewed, suppliers
 * contacted), so the platform signals fire. Headers in English or Chinese are recognised.
 */
import { readFile } from 'node:fs/promises';
import type { BayesModel } from '../bayes/model.js';
import { UserError } from '../errors.js';
import { readSheet } from '../listings/sheet.js';
import { now, type Store } from '../store/dialect.js';
import { Intake, type IncomingMessage } from '../store/intake.js';
import type { ImportCounts } from './import.js';
import { platformIncoming, type PlatformFields } from './platform-message.js';

type Field = 'buyerId' | 'name' | 'from' | 'company' | 'country' | 'subject' | 'text' | 'at' | 'product' | 'externalId' | 'accountAge' | 'productsViewed' | 'inquiriesSent' | 'suppliersContacted';

/** Header words as exports write them, reduced by `key()` (lower case, no spaces or punctuation). */
const HEADERS: Record<string, Field> = {
  buyer: 'name', buyername: 'name', name: 'name', contact: 'name', contactname: 'name', 买家: 'name', 买家姓名: 'name', 联系人: 'name', 姓名: 'name',
  buyerid: 'buyerId', memberid: 'buyerId', loginid: 'buyerId', 买家id: 'buyerId', 会员id: 'buyerId',
  email: 'from', emailaddress: 'from', buyeremail: 'from', 邮箱: 'from', 电子邮箱: 'from', 买家邮箱: 'from',
  company: 'company', companyname: 'company', buyercompany: 'company', 公司: 'company', 公司名称: 'company', 买家公司: 'company',
  country: 'country', countryregion: 'country', buyercountry: 'country', 国家: 'country', 国家地区: 'country', 买家国家: 'country',
  subject: 'subject', title: 'subject', inquirysubject: 'subject', 主题: 'subject', 标题: 'subject', 询盘主题: 'subject',
  message: 'text', content: 'text', inquirycontent: 'text', inquirymessage: 'text', detail: 'text', 内容: 'text', 询盘内容: 'text', 留言: 'text',
  time: 'at', date: 'at', inquirytime: 'at', senttime: 'at', receivedtime: 'at', createtime: 'at', 时间: 'at', 询盘时间: 'at', 发送时间: 'at', 日期: 'at',
  product: 'product', productname: 'product', inquiredproduct: 'product', 产品: 'product', 产品名称: 'product', 询盘产品: 'product',
  inquiryid: 'externalId', id: 'externalId', 询盘id: 'externalId', 询盘编号: 'externalId',
  accountage: 'accountAge', registrationtime: 'accountAge', membersince: 'accountAge', registered: 'accountAge', 注册时长: 'accountAge', 注册时间: 'accountAge',
  productsviewed: 'productsViewed', viewedproducts: 'productsViewed', 浏览产品数: 'productsViewed', 浏览产品: 'productsViewed',
  inquiriessent: 'inquiriesSent', inquiries: 'inquiriesSent', 询盘数: 'inquiriesSent', 发出询盘数: 'inquiriesSent',
  supplierscontacted: 'suppliersContacted', contactedsuppliers: 'suppliersContacted', 联系供应商数: 'suppliersContacted', 询价供应商数: 'suppliersContacted',
};

const key = (header: string) => header.toLowerCase().replace(/[\s_\-/()（）:：.、]+/g, '');

export interface PlatformRows {
  rows: PlatformFields[];
  /** Columns we did not recognise: kept out, but named so the user knows. */
  unknownColumns: string[];
}

/** Table cells → inquiry fields (pure). A row without message text is skipped: there is nothing to triage. */
export function platformRows(cells: readonly (readonly string[])[], source: string, today: Date): PlatformRows {
  const [header = [], ...body] = cells;
  const fields = header.map((h) => HEADERS[key(h)] ?? null);
  if (!fields.includes('text')) throw new UserError('platform_columns', `${source} 没有询盘内容列（如 “Message” 或 “询盘内容”）`, `${source} has no message column (such as "Message" or "询盘内容")`, 1);
  const unknownColumns = header.filter((h, i) => h.trim() !== '' && fields[i] === null);
  const rows: PlatformFields[] = [];
  body.forEach((cellsOfRow, i) => {
    const get = (f: Field) => {
      const at = fields.indexOf(f);
      const value = at >= 0 ? cellsOfRow[at]?.trim() : undefined;
      return value ? value : undefined;
    };
    const text = get('text');
    if (!text) return;
    const country = get('country');
    rows.push({
      channel: 'platform',
      source: `${source}#${i + 2}`,
      buyerId: get('buyerId'),
      name: get('name'),
      from: get('from'),
      company: get('company'),
      country: country && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : undefined,
      subject: get('subject'),
      text: country && !/^[A-Za-z]{2}$/.test(country) ? `${text}\n${country}` : text,
      at: parseTime(get('at')),
      externalId: get('externalId'),
      product: get('product'),
      accountAgeDays: parseAge(get('accountAge'), today),
      productsViewed: parseCount(get('productsViewed')),
      inquiriesSent: parseCount(get('inquiriesSent')),
      suppliersContacted: parseCount(get('suppliersContacted')),
    });
  });
  return { rows, unknownColumns };
}

function parseTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const normalised = /^\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.test(value) ? `${value.replace(/\//g, '-').replace(' ', 'T')}${value.includes(':') ? '' : 'T00:00'}Z` : value;
  const time = new Date(normalised);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}

function parseCount(value: string | undefined): number | undefined {
  const n = value ? Number(value.replace(/[,\s]/g, '')) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** "3 years", "2 months", "15 days", "3年", "2个月", a bare number of days, or the registration date. */
export function parseAge(value: string | undefined, today: Date): number | undefined {
  if (!value) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*(years?|yrs?|年|months?|mos?|个月|月|weeks?|周|days?|天)?$/i.exec(value.trim());
  if (m) {
    const n = Number(m[1]);
    const unit = (m[2] ?? 'day').toLowerCase();
    const days = /^(y|年)/.test(unit) ? n * 365 : /^(mo|个月|月)/.test(unit) ? n * 30 : /^(w|周)/.test(unit) ? n * 7 : n;
    return Math.round(days);
  }
  const since = parseTime(value);
  return since ? Math.max(0, Math.round((today.getTime() - new Date(since).getTime()) / 86_400_000)) : undefined;
}

/** Reads one export file and stores its rows; the same row imported again is a duplicate. */
export async function importPlatformFile(
  store: Store,
  file: string,
  model: BayesModel | null,
  options: { onBatch?: (counts: ImportCounts) => void | Promise<void> } = {},
): Promise<ImportCounts & { unknownColumns: string[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new UserError('unreadable', `无法读取文件 ${file}`, `cannot read ${file}`, 1, { cause: error });
  }
  const sheet = await readSheet(bytes);
  if (!sheet.ok) throw new UserError('unreadable', `${file} 不是可读的 CSV 或 XLSX 文件`, `${file} is not a readable CSV or XLSX file`, 1);
  const { rows, unknownColumns } = platformRows(sheet.rows, file, new Date());
  const intake = await Intake.open(store);
  const counts = { read: rows.length, stored: 0, duplicates: 0, failed: Math.max(0, sheet.rows.length - 1 - rows.length) };
  const receivedNow = now();
  for (let i = 0; i < rows.length; i += 500) {
    const batch: IncomingMessage[] = rows.slice(i, i + 500).map((row) => platformIncoming(row, model, receivedNow));
    const result = await intake.storeBatch(batch);
    counts.stored += result.stored;
    counts.duplicates += result.duplicates;
    await options.onBatch?.({ ...counts });
  }
  return { ...counts, unknownColumns };
}
