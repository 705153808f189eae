import type { Extracted, Money, Quantity } from '../model/extracted.js';
import type { Verdict } from '../model/verdict.js';
import { PLACEHOLDER } from '../extract/text.js';

/** Everything known about one buyer, gathered over all their non-junk inquiries. */
export interface Buyer {
  key: string;
  email: string | null;
  name: string | null;
  company: string | null;
  phone: string | null;
  address: string | null;
  website: string | null;
  country: string | null;
  language: string | null;
  firstAt: string;
  lastAt: string;
  inquiryIds: string[];
  subjects: string[];
  /** True when every inquiry from this buyer was only "suspicious": the list says so and caps the grade. */
  onlySuspicious: boolean;
  products: string[];
  quantity: Quantity | null;
  specifications: string[];
  certificates: string[];
  targetPrice: Money | null;
  incoterm: string | null;
  port: string | null;
  deliveryTime: string | null;
  packaging: string | null;
  sampleRequest: boolean;
}

const MAX_LIST = 5;
const MAX_SUBJECTS = 3;

export interface InquiryFacts {
  id: string;
  at: string;
  subject: string;
  verdict: Verdict;
  email: string | null;
  country: string | null;
  extracted: Extracted | null;
}

export function newBuyer(key: string, f: InquiryFacts): Buyer {
  const buyer: Buyer = {
    key, email: f.email, name: null, company: null, phone: null, address: null, website: null, country: null, language: null,
    firstAt: f.at, lastAt: f.at, inquiryIds: [], subjects: [], onlySuspicious: true, products: [], quantity: null,
    specifications: [], certificates: [], targetPrice: null, incoterm: null, port: null, deliveryTime: null, packaging: null,
    sampleRequest: false,
  };
  addInquiry(buyer, f);
  return buyer;
}

/**
 * Adds one inquiry. The store may hand inquiries in any order, so the newest one's contacts and
 * terms win (people change phones and quantities), and older ones only fill what is still empty.
 */
export function addInquiry(b: Buyer, f: InquiryFacts): void {
  const newest = f.at >= b.lastAt;
  if (f.at < b.firstAt) b.firstAt = f.at;
  if (newest) b.lastAt = f.at;
  if (!b.inquiryIds.includes(f.id)) b.inquiryIds.push(f.id);
  if (f.subject && b.subjects.length < MAX_SUBJECTS && !b.subjects.includes(f.subject)) b.subjects.push(f.subject);
  if (f.verdict !== 'suspicious') b.onlySuspicious = false;
  const pick = <T>(current: T | null, next: T | null | undefined): T | null =>
    next != null && !(typeof next === 'string' && !real(next)) && (newest || current == null) ? next : current;
  const x = f.extracted;
  b.email = pick(b.email, f.email);
  b.country = pick(b.country, x?.country ?? f.country);
  if (!x) return;
  b.name = pick(b.name, x.buyerName);
  b.company = pick(b.company, x.company);
  b.phone = pick(b.phone, x.phone);
  b.address = pick(b.address, x.address);
  b.website = pick(b.website, x.website);
  b.language = pick(b.language, x.language);
  b.quantity = pick(b.quantity, x.quantity);
  b.targetPrice = pick(b.targetPrice, x.targetPrice);
  b.incoterm = pick(b.incoterm, x.incoterm);
  b.port = pick(b.port, x.port);
  b.deliveryTime = pick(b.deliveryTime, x.deliveryTime);
  b.packaging = pick(b.packaging, x.packaging);
  b.sampleRequest ||= x.sampleRequest;
  merge(b.products, x.products);
  merge(b.specifications, x.specifications);
  merge(b.certificates, x.certificates);
}

/** Anonymised sources write "[NAME]", "[PHONE]": a placeholder is no contact. */
export function real(value: string | null | undefined): string | null {
  return value && !PLACEHOLDER.test(value) ? value : null;
}

function merge(into: string[], items: readonly string[]): void {
  for (const raw of items) {
    if (into.length >= MAX_LIST) return;
    const item = raw.replace(/[\s,;:.，；：。]+$/u, ''); // the extractor keeps the comma that ended a list item
    if (item && !into.some((have) => have.toLowerCase() === item.toLowerCase())) into.push(item);
  }
}
