/**
 * What showcase picks and buyer keywords read: the non-junk incoming inquiries of a window (a
 * person's label wins over the verdict), with their extracted products and the start of their text.
 * The JSON path is the one dialect difference.
 */
import { sql } from 'kysely';
import type { ShowcaseInquiry } from '../showcase/inquiry.js';
import type { Store } from './dialect.js';
import { visibleTo } from './inquiries.js';
import type { Viewer } from './viewer.js';

/** Buyers name the product early; the rest of a long mail is signature and quoted history. */
const TEXT_CHARS = 1000;

export async function showcaseInquiries(store: Store, viewer: Viewer, from: string, to: string): Promise<ShowcaseInquiry[]> {
  const products =
    store.dialect === 'postgres' ? sql<string | null>`(messages.record::jsonb #> '{extracted,products}')::text` : sql<string | null>`json_extract(messages.record, '$.extracted.products')`;
  // One query on the time index: every row of the window is kept for the ranking anyway, and paging by
  // id would make the planner scan the whole window once per page.
  const rows = await visibleTo(store.db.selectFrom('messages'), viewer)
    .select(['messages.received_at', 'messages.country', 'messages.product', 'messages.subject', sql<string>`substr(messages.body, 1, ${TEXT_CHARS})`.as('body'), products.as('products')])
    .where('messages.direction', '=', 'in')
    .where('messages.product', 'is not', null)
    .where(sql<'genuine' | 'suspicious' | 'junk'>`coalesce(messages.label, messages.verdict)`, '!=', 'junk')
    .where('messages.received_at', '>=', from)
    .where('messages.received_at', '<', to)
    .execute();
  return rows.map((r) => ({ receivedAt: r.received_at, country: r.country, products: productList(r.products, r.product), text: `${r.subject}\n${r.body}` }));
}

function productList(json: string | null, first: string | null): string[] {
  let list: unknown = null;
  try {
    list = json ? JSON.parse(json) : null;
  } catch {
    // a record written by an older version: the product column is enough
  }
  const products = Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
  return first && !products.includes(first) ? [first, ...products] : products;
}

/** The newest stored inquiry's time, so an empty window can say where the mail is. */
export async function newestInquiry(store: Store, viewer: Viewer): Promise<string | null> {
  const row = await visibleTo(store.db.selectFrom('messages'), viewer).select(sql<string | null>`max(messages.received_at)`.as('newest')).where('messages.direction', '=', 'in').executeTakeFirst();
  return row?.newest ?? null;
}
