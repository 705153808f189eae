import { z } from 'zod';
import type { Buyer } from './buyer.js';
import type { Bilingual } from './input.js';
import { isPlatformDomain, normaliseCompany, normaliseEmail, normalisePhone, registrableDomain } from './normalise.js';

/** One existing customer, from the user's own list; every field is optional because lists are messy. */
export interface Customer {
  row: number;
  name: string | null;
  emails: string[];
  phones: string[];
  company: string | null;
  website: string | null;
  country: string | null;
}

/** Column titles people use for each field, in Chinese and English, compared without case, spaces or punctuation. */
const COLUMNS: Record<'name' | 'email' | 'phone' | 'company' | 'website' | 'country', string[]> = {
  name: ['姓名', '联系人', '客户姓名', 'name', 'contact', 'contactname', 'contactperson', 'fullname'],
  email: ['邮箱', '电子邮箱', '电子邮件', '邮件', '邮箱地址', 'email', 'emailaddress', 'mail'],
  phone: ['电话', '手机', '联系电话', '电话号码', '手机号', '电话和地址', 'phone', 'tel', 'telephone', 'mobile', 'phonenumber', 'whatsapp', 'phoneaddress'],
  company: ['公司', '公司名称', '客户名称', '客户', '单位', 'company', 'companyname', 'customer', 'customername', 'organization', 'organisation'],
  website: ['网站', '网址', '官网', 'website', 'web', 'url', 'homepage'],
  country: ['国家', '国家地区', 'country', 'countryregion'],
};

const headerKey = (h: string) => h.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Which field each header names; null for the columns we do not read. */
export function mapHeaders(headers: readonly string[]): (keyof typeof COLUMNS | null)[] {
  return headers.map((h) => {
    const key = headerKey(h);
    for (const [field, names] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string[]][]) if (names.includes(key)) return field;
    return null;
  });
}

/** A cell from a file: text or a number, anything else (empty, error) counts as empty. */
const cell = z.unknown().transform((v) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : ''));

/** Lists often start with a title row or two; the header is the first row naming a known column. */
const HEADER_SEARCH_ROWS = 5;

/**
 * Rows of cells (a missing row is an empty one, so row numbers stay the spreadsheet's) →
 * customers. Throws nothing: rows with nothing to match on are skipped.
 */
export function customersFromRows(rows: readonly (readonly unknown[] | undefined)[]): { customers: Customer[]; unknownHeaders: boolean } {
  const headers = rows.slice(0, HEADER_SEARCH_ROWS).map((r) => mapHeaders((r ?? []).map((h) => cell.parse(h))));
  const at = headers.findIndex((fields) => fields.some((f) => f !== null));
  const fields = headers[at] ?? [];
  const customers: Customer[] = [];
  for (let i = at + 1; at >= 0 && i < rows.length; i++) {
    const cells = rows[i] ?? [];
    const get = (field: keyof typeof COLUMNS) => fields.flatMap((f, col) => (f === field ? [cell.parse(cells[col])] : [])).filter(Boolean);
    const country = get('country')[0]?.toUpperCase() ?? null;
    const iso = country && /^[A-Z]{2}$/.test(country) ? country : null;
    const customer: Customer = {
      row: i + 1,
      name: get('name')[0] ?? null,
      emails: get('email').flatMap((v) => v.split(/[\s,;，；/]+/)).map(normaliseEmail).filter((e): e is string => e !== null),
      // A cell may hold several numbers, or a number and an address: split on the separators people use.
      phones: get('phone').flatMap((v) => v.split(/[,;，；/\n]+/)).map((p) => normalisePhone(p, iso)).filter((p): p is string => p !== null),
      company: get('company')[0] ?? null,
      website: get('website')[0] ?? null,
      country: iso,
    };
    if (customer.emails.length || customer.phones.length || customer.company || customer.website) customers.push(customer);
  }
  return { customers, unknownHeaders: at < 0 };
}

/** 'outreach.answered' comes from the service: the buyer wrote back after outreach was queued. */
export type ExclusionCode = 'customer.email' | 'customer.domain' | 'customer.phone' | 'customer.company' | 'outreach.answered';

export interface CustomerMatch {
  code: ExclusionCode;
  /** The customer list's row; null when the match is not from the list. */
  customerRow: number | null;
  /** What matched: the address, domain, number or company key. */
  evidence: string;
  reason: Bilingual;
}

export type CustomerMatcher = (b: Pick<Buyer, 'email' | 'phone' | 'company' | 'website'>) => CustomerMatch | null;

const REASONS: Record<Exclude<ExclusionCode, 'outreach.answered'>, (v: string, row: number) => Bilingual> = {
  'customer.email': (v, row) => ({ zh: `已是客户：邮箱 ${v} 在客户名单第 ${row} 行`, en: `Existing customer: e-mail ${v} is on row ${row} of the customer list` }),
  'customer.domain': (v, row) => ({ zh: `已是客户：邮箱域名 ${v} 与客户名单第 ${row} 行相同`, en: `Existing customer: mail domain ${v} as on row ${row} of the customer list` }),
  'customer.phone': (v, row) => ({ zh: `已是客户：电话 ${v} 在客户名单第 ${row} 行`, en: `Existing customer: phone ${v} is on row ${row} of the customer list` }),
  'customer.company': (v, row) => ({ zh: `已是客户：公司名“${v}”与客户名单第 ${row} 行相同`, en: `Existing customer: company “${v}” as on row ${row} of the customer list` }),
};

/**
 * Indexes the customer list once so each buyer is one lookup per key. Domains are compared only for
 * company domains: two Gmail users are not one company, so `isFreeMail` domains never match.
 */
export function customerMatcher(customers: readonly Customer[], isFreeMail: (domain: string) => boolean): CustomerMatcher {
  const own = (d: string | null) => (d && !isFreeMail(d) && !isPlatformDomain(d) ? d : null);
  const emails = new Map<string, number>();
  const domains = new Map<string, number>();
  const phones = new Map<string, number>();
  const companies = new Map<string, number>();
  const put = (map: Map<string, number>, key: string | null, row: number) => {
    if (key && !map.has(key)) map.set(key, row);
  };
  for (const c of customers) {
    for (const e of c.emails) {
      put(emails, e, c.row);
      put(domains, own(registrableDomain(e)), c.row);
    }
    if (c.website) put(domains, own(registrableDomain(c.website)), c.row);
    for (const p of c.phones) put(phones, p, c.row);
    put(companies, companyKey(c.company), c.row);
  }
  const hit = (code: Exclude<ExclusionCode, 'outreach.answered'>, map: Map<string, number>, key: string | null, shown?: string): CustomerMatch | null => {
    const row = key ? map.get(key) : undefined;
    return row === undefined || !key ? null : { code, customerRow: row, evidence: key, reason: REASONS[code](shown ?? key, row) };
  };
  return (b) => {
    return (
      hit('customer.email', emails, b.email) ??
      hit('customer.domain', domains, b.email ? own(registrableDomain(b.email)) : null) ??
      hit('customer.domain', domains, b.website ? own(registrableDomain(b.website)) : null) ??
      hit('customer.phone', phones, normalisePhone(b.phone)) ??
      hit('customer.company', companies, companyKey(b.company), b.company ?? undefined)
    );
  };
}

/** Too short a key ("a", "co") would match unrelated firms; such names are not compared. */
function companyKey(name: string | null): string | null {
  const key = normaliseCompany(name);
  return key.length >= 3 ? key : null;
}
