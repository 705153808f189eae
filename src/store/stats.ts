/**
 * The dashboard's counts: messages per day by verdict, junk by kind, and non-junk messages per
 * product and per country.
 * Plain GROUP BY over columns both dialects share (times are ISO text, so the day is its first
 * ten characters); scoped to what the viewer may see, archived messages included.
 */
import { sql } from 'kysely';
import type { Store } from './dialect.js';
import { visibleTo } from './inquiries.js';
import type { Viewer } from './viewer.js';

export interface StatsQuery {
  from?: string; // ISO date, inclusive
  to?: string; // ISO date, exclusive
}

export interface Stats {
  perDay: { day: string; verdict: 'genuine' | 'suspicious' | 'junk'; n: number }[];
  junkByKind: { kind: string; n: number }[];
  perProduct: { product: string; n: number }[];
  perCountry: { country: string; n: number }[];
}

const TOP = 15;

export async function getStats(store: Store, viewer: Viewer, q: StatsQuery = {}): Promise<Stats> {
  const base = () => {
    let query = visibleTo(store.db.selectFrom('messages'), viewer).where('messages.direction', '=', 'in');
    if (q.from) query = query.where('messages.received_at', '>=', q.from);
    if (q.to) query = query.where('messages.received_at', '<', q.to);
    return query;
  };
  const n = sql<number>`count(*)`.as('n');
  const day = sql<string>`substr(messages.received_at, 1, 10)`;
  // A person's label overrides the engine's verdict everywhere else, so here too.
  const verdict = sql<'genuine' | 'suspicious' | 'junk'>`coalesce(messages.label, messages.verdict)`;
  const [perDay, junkByKind, perProduct, perCountry] = await Promise.all([
    base().select([day.as('day'), verdict.as('verdict'), n]).groupBy([day, verdict]).orderBy(day).execute(),
    base().select([sql<string>`coalesce(messages.junk_kind, 'other')`.as('kind'), n]).where('messages.tab', '=', 'junk').groupBy(sql`coalesce(messages.junk_kind, 'other')`).orderBy('n', 'desc').execute(),
    base().select(['messages.product as product', n]).where('messages.product', 'is not', null).where('messages.tab', '!=', 'junk').groupBy('messages.product').orderBy('n', 'desc').orderBy('messages.product').limit(TOP).execute(),
    base().select(['messages.country as country', n]).where('messages.country', 'is not', null).where('messages.tab', '!=', 'junk').groupBy('messages.country').orderBy('n', 'desc').orderBy('messages.country').limit(TOP).execute(),
  ]);
  // PostgreSQL answers count(*) as a bigint string.
  return {
    perDay: perDay.map((r) => ({ ...r, n: Number(r.n) })),
    junkByKind: junkByKind.map((r) => ({ ...r, n: Number(r.n) })),
    perProduct: perProduct.map((r) => ({ product: r.product ?? '', n: Number(r.n) })),
    perCountry: perCountry.map((r) => ({ country: r.country ?? '', n: Number(r.n) })),
  };
}
