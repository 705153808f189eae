/**
 * What showcase picks and buyer keywords read: the non-junk incoming inquiries of a window (a
 * person's label wins over the verdict), with their extracted products and the start of their text.
 * Paged by id so a large inbox stays flat in memory; the JSON path is the one dialect difference.
 */
import { sql } from 'kysely';
import type { ShowcaseInquiry } from '../showcase/inquiry.js';
import type { Store } from './dialect.js';
import { visibleTo } from './inquiries.js';
import type { Viewer } from './viewer.js';

const PAGE = 5000;
/** Buyers name the product early; the rest of a long mail is signature and quoted history. */
const TEXT_CHARS = 1500;

export async function showcaseInquiries(store: Store, viewer: Viewer, from: string, to: string): Promise<ShowcaseInquiry[]> {
  const products =
    store.dialect === 'postgres' ? sql<string | null>`(messages.record::jsonb #> '{extracted,products}')::text` : sql<string | null>`json_extract(messages.record, '$.extracted.products')`;
  const out: ShowcaseInquiry[] = [];
  for (let after = 0; ; ) {
    const rows = await visibleTo(store.db.selectFrom('messages'), viewer)
      .select(['messages.id', 'messages.received_at', 'messages.country', 'messages.product', 'messages.subject', sql<string>`substr(messages.body, 1, ${TEXT_CHARS})`.as('body'), products.as('products')])
      .where('messages.direction', '=', 'in')
      .where('messages.product', 'is not', null)
      .where(sql<'genuine' | 'suspicious' | 'junk'>`coalesce(messages.label, messages.verdict)`, '!=', 'junk')
      .where('messages.received_at', '>=', from)
      .where('messages.received_at', '<', to)
      .where('messages.id', '>', after)
      .orderBy('messages.id')
      .limit(PAGE)
      .execute();
    for (const r of rows) out.push({ receivedAt: r.received_at, country: r.country, products: productList(r.products, r.product), text: `${r.subject}\n${r.body}` });
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return out;
    after = last.id;
  }
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
