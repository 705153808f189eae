import { parseBounce } from './bounce.js';
import { customerMatcher, type Customer, type CustomerMatcher } from './customers.js';
import type { Seller } from './drafts.js';
import type { DeliveryFailure } from './dsn.js';
import type { StoredInquiry } from './input.js';
import { BuyerCollector, type ReactivationList } from './list.js';

export interface ReactivateOptions {
  /** Free-mail domains (src/enrich/freemail.ts): never a company domain, so never a customer match by domain. */
  isFreeMail: (domain: string) => boolean;
  /** Signs the outreach drafts; placeholders are left when absent. */
  seller?: Seller;
  /** Further reasons to leave a buyer out, checked before the customer list (the service: buyers who answered outreach). */
  leftOut?: CustomerMatcher;
}

export interface ReactivationResult extends ReactivationList {
  bounces: {
    /** Messages offered as bounces, and how many of them were delivery reports. */
    read: number;
    reports: number;
    /** Permanent failures whose address is no buyer on the list (already excluded, or never a buyer). */
    unmatched: DeliveryFailure[];
  };
}

type Source<T> = AsyncIterable<T> | Iterable<T>;

/**
 * The whole of reactivation: stored inquiries in, the table out. Bounces are raw messages (the
 * mailbox's delivery reports); customers come from the user's list (files.ts reads it).
 */
export async function reactivate(
  inquiries: Source<StoredInquiry>,
  bounces: Source<Uint8Array>,
  customers: readonly Customer[],
  options: ReactivateOptions,
): Promise<ReactivationResult> {
  const collector = new BuyerCollector();
  for await (const inquiry of inquiries) collector.add(inquiry);
  const failures: DeliveryFailure[] = [];
  let read = 0;
  let reports = 0;
  for await (const raw of bounces) {
    read++;
    const failed = await parseBounce(raw);
    if (!failed) continue;
    reports++;
    failures.push(...failed);
  }
  const isCustomer = customerMatcher(customers, options.isFreeMail);
  const { leftOut } = options;
  const list = collector.finish(failures, leftOut ? (b) => leftOut(b) ?? isCustomer(b) : isCustomer, options.seller);
  const listed = new Set(list.rows.flatMap((r) => (r.email ? [r.email] : [])));
  const unmatched = failures.filter((f) => f.permanent && !listed.has(f.address));
  return { ...list, bounces: { read, reports, unmatched } };
}
