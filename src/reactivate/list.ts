import type { Grade } from '../model/verdict.js';
import { isBounceRecord } from './bounce.js';
import { addInquiry, newBuyer, real, type Buyer, type InquiryFacts } from './buyer.js';
import type { CustomerMatch, CustomerMatcher } from './customers.js';
import { draftOutreach, type Draft, type Seller } from './drafts.js';
import type { DeliveryFailure } from './dsn.js';
import { gradeBuyer } from './grade.js';
import type { Bilingual, StoredInquiry } from './input.js';
import { isRelayAddress, normaliseCompany, normaliseEmail, normaliseName } from './normalise.js';
import { summarise } from './summary.js';

/** One line of the reactivation table: a buyer, not a message. */
export interface BuyerRow {
  /** 序号, 1-based, in table order (A first, then B, then C; newest first within a grade). */
  no: number;
  key: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  company: string | null;
  website: string | null;
  /** ISO 3166-1 alpha-2 */
  country: string | null;
  grade: Grade;
  summary: Bilingual;
  firstAt: string;
  lastAt: string;
  inquiries: number;
  inquiryIds: string[];
  /** Every inquiry from this buyer was triaged "suspicious": worth a look before writing. */
  suspicious: boolean;
  /** 'dead': a permanent bounce, never mail again; 'delayed': only a temporary failure so far. */
  delivery: 'dead' | 'delayed' | null;
  bounce: DeliveryFailure | null;
  /** null for a dead address: there is nobody to write to. */
  draft: Draft | null;
}

/** A buyer left out because they already are a customer, with the reason. */
export interface Exclusion {
  key: string;
  name: string | null;
  email: string | null;
  company: string | null;
  lastAt: string;
  inquiries: number;
  match: CustomerMatch;
}

export interface ListCounts {
  inquiries: number;
  junk: number;
  /** Stored messages that are themselves bounces: not buyers. */
  bounceMessages: number;
  buyers: number;
  customers: number;
  dead: number;
  delayed: number;
  byGrade: Record<Grade, number>;
}

export interface ReactivationList {
  rows: BuyerRow[];
  excluded: Exclusion[];
  counts: ListCounts;
}

/** Who the buyer is: their address, else company and name, else the inquiry alone. */
export function buyerKey(email: string | null, company: string | null | undefined, name: string | null | undefined, id: string): string {
  if (email) return `e:${email}`;
  const who = `${normaliseCompany(company)}|${normaliseName(name)}`;
  return who === '|' ? `i:${id}` : `c:${who}`;
}

/**
 * Collects buyers one inquiry at a time (the store streams them), then grades, excludes and marks
 * them in `finish`. It keeps buyers and inquiry ids, never the messages.
 */
export class BuyerCollector {
  private readonly buyers = new Map<string, Buyer>();
  private readonly counts = { inquiries: 0, junk: 0, bounceMessages: 0 };

  add(inquiry: StoredInquiry): void {
    const { record } = inquiry;
    this.counts.inquiries++;
    if (record.verdict === 'junk') {
      this.counts.junk++;
      return;
    }
    if (isBounceRecord(record)) {
      this.counts.bounceMessages++;
      return;
    }
    const from = normaliseEmail(record.from);
    const email = from && !isRelayAddress(from) ? from : null;
    const facts: InquiryFacts = {
      id: inquiry.id, at: inquiry.receivedAt, subject: record.subject, verdict: record.verdict, email,
      country: record.origin.country, extracted: record.extracted,
    };
    const key = buyerKey(email, real(record.extracted?.company), real(record.extracted?.buyerName), inquiry.id);
    const known = this.buyers.get(key);
    if (known) addInquiry(known, facts);
    else this.buyers.set(key, newBuyer(key, facts));
  }

  finish(failures: readonly DeliveryFailure[], isCustomer: CustomerMatcher, seller?: Seller): ReactivationList {
    const dead = new Map<string, DeliveryFailure>();
    const delayed = new Map<string, DeliveryFailure>();
    for (const f of failures) (f.permanent ? dead : delayed).set(f.address, f);
    const rows: Omit<BuyerRow, 'no'>[] = [];
    const excluded: Exclusion[] = [];
    for (const b of this.buyers.values()) {
      const match = isCustomer(b);
      if (match) {
        excluded.push({ key: b.key, name: b.name, email: b.email, company: b.company, lastAt: b.lastAt, inquiries: b.inquiryIds.length, match });
        continue;
      }
      const bounce = (b.email && (dead.get(b.email) ?? delayed.get(b.email))) || null;
      const delivery = bounce ? (bounce.permanent ? 'dead' : 'delayed') : null;
      rows.push({
        key: b.key, name: b.name, email: b.email, phone: b.phone, address: b.address, company: b.company, website: b.website,
        country: b.country, grade: gradeBuyer(b), summary: summarise(b), firstAt: b.firstAt, lastAt: b.lastAt,
        inquiries: b.inquiryIds.length, inquiryIds: b.inquiryIds, suspicious: b.onlySuspicious, delivery, bounce,
        draft: delivery === 'dead' ? null : draftOutreach(b, seller),
      });
    }
    rows.sort((a, b) => a.grade.localeCompare(b.grade) || b.lastAt.localeCompare(a.lastAt) || a.key.localeCompare(b.key));
    excluded.sort((a, b) => b.lastAt.localeCompare(a.lastAt) || a.key.localeCompare(b.key));
    const byGrade: Record<Grade, number> = { A: 0, B: 0, C: 0 };
    for (const r of rows) byGrade[r.grade]++;
    return {
      rows: rows.map((r, i) => ({ no: i + 1, ...r })),
      excluded,
      counts: {
        ...this.counts, buyers: rows.length, customers: excluded.length, byGrade,
        dead: rows.filter((r) => r.delivery === 'dead').length, delayed: rows.filter((r) => r.delivery === 'delayed').length,
      },
    };
  }
}
