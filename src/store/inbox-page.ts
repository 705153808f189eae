/**
 * One page of the inbox: one tab of one queue, newest first, or a full-text search, newest id
 * first; one row more than the page, which says there is a next page. The values of a request are
 * kept apart from its shape (which filters are present, the viewer's role), so Kysely builds and
 * compiles each shape once (prepared.ts) and a request only binds its values.
 */
import { sql, type Compilable, type SelectQueryBuilder } from 'kysely';
import type { Store } from './dialect.js';
import type { InboxQuery } from './inquiries.js';
import { preparedRead } from './prepared.js';
import type { Database, Role, Tab } from './schema.js';
import type { Viewer } from './viewer.js';

export type PageQuery = SelectQueryBuilder<Database, 'messages', object>;

/** Every value a page query binds; null where the request leaves a filter out. */
interface PageValues {
  [name: string]: string | number | null;
  viewerId: number;
  archived: number;
  tab: Tab | null;
  assigneeId: number | null;
  grade: 'A' | 'B' | 'C' | null;
  kind: string | null;
  country: string | null;
  product: string | null;
  from: string | null;
  to: string | null;
  /** The search in the dialect's own syntax. */
  search: string | null;
  /** Searching: below this id. Paging the inbox: below this (received_at, id). */
  belowId: number | null;
  belowAt: string | null;
  rows: number;
}

/**
 * The rows of one page (limit + 1 of them), as `select` picks them from the page's query. `name`
 * tells one selection from another: it is part of the compiled shape.
 */
export async function pageRows<R>(store: Store, viewer: Viewer, q: InboxQuery, name: string, select: (query: PageQuery) => Compilable<R>) {
  const limit = Math.min(Math.max(q.limit ?? 50, 1), 200);
  const values = pageValues(store, viewer.id, q, limit);
  const present = Object.keys(values).filter((k) => values[k] !== null);
  const shape = `${name} ${store.dialect} ${viewer.role} ${present.join(' ')}`;
  const rows = await preparedRead(store, shape, values, (p) => select(pageQuery(store, viewer.role, p, values)));
  return { rows, limit, search: values.search !== null };
}

function pageValues(store: Store, viewerId: number, q: InboxQuery, limit: number): PageValues {
  const words = q.q?.trim().split(/\s+/).filter(Boolean) ?? [];
  const searching = words.length > 0;
  // Each word quoted, so FTS syntax typed by a user is taken literally; all words are required.
  const search = !searching ? null : store.dialect === 'postgres' ? words.join(' ') : words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
  const [at, id] = q.cursor?.split('|') ?? [];
  return {
    viewerId,
    archived: q.archived ? 1 : 0,
    tab: q.tab || null,
    assigneeId: q.assigneeId ?? null,
    grade: q.grade || null,
    kind: q.kind || null,
    country: q.country ? q.country.toUpperCase() : null,
    product: q.product ? `%${q.product.replace(/[%_]/g, '')}%` : null,
    from: q.from || null,
    to: q.to || null,
    search,
    belowId: !q.cursor ? null : searching ? Number(q.cursor) : Number(id),
    belowAt: !q.cursor || searching ? null : (at ?? ''),
    rows: limit + 1,
  };
}

/** The query for the request's shape (`given`), with the values as `p` has them: slots, when prepared. */
function pageQuery(store: Store, role: Role, p: PageValues, given: PageValues): PageQuery {
  // The inbox is what buyers sent; our replies are shown in their thread.
  let query = store.db.selectFrom('messages').where('messages.archived', '=', p.archived).where('messages.direction', '=', 'in');
  if (role !== 'admin') query = query.where('messages.assignee_id', '=', p.viewerId);
  const has = (name: keyof PageValues) => given[name] !== null;
  if (has('tab')) query = query.where('messages.tab', '=', p.tab as Tab);
  if (has('assigneeId')) query = query.where('messages.assignee_id', '=', p.assigneeId);
  if (has('grade')) query = query.where('messages.grade', '=', p.grade);
  if (has('kind')) query = query.where('messages.junk_kind', '=', p.kind);
  if (has('country')) query = query.where('messages.country', '=', p.country);
  // LIKE ignores case on SQLite; ILIKE says so on PostgreSQL.
  if (has('product')) query = query.where('messages.product', store.dialect === 'postgres' ? 'ilike' : 'like', p.product as string);
  if (has('from')) query = query.where('messages.received_at', '>=', p.from as string);
  if (has('to')) query = query.where('messages.received_at', '<', p.to as string);
  if (has('search')) return searched(store, query, p, has('belowId')).limit(p.rows);
  // As a row value, so the index on (tab, received_at) seeks to the cursor instead of scanning down to it.
  if (has('belowId')) query = query.where((eb) => eb(eb.refTuple('messages.received_at', 'messages.id'), '<', eb.tuple(p.belowAt as string, p.belowId as number)));
  return query.orderBy('messages.received_at', 'desc').orderBy('messages.id', 'desc').limit(p.rows);
}

/** The search's matches, newest (highest id) first, below the cursor's id when there is one. */
function searched(store: Store, query: PageQuery, p: PageValues, below: boolean): PageQuery {
  if (store.dialect === 'postgres') {
    const found = query.where(sql<boolean>`messages.search @@ plainto_tsquery('simple', ${p.search})`);
    return (below ? found.where('messages.id', '<', p.belowId as number) : found).orderBy('messages.id', 'desc');
  }
  // Joined, and ordered by the index's own rowid (= messages.id), FTS5 hands out its matches newest
  // first and the page stops after limit + 1 of them; as `id IN (…)` every match was collected and sorted.
  const joined = query.innerJoin(sql<{ rowid: number }>`messages_fts`.as('messages_fts'), (join) => join.onRef('messages_fts.rowid', '=', 'messages.id')).where(sql<boolean>`messages_fts match ${p.search}`);
  return (below ? joined.where('messages_fts.rowid', '<', p.belowId as number) : joined).orderBy('messages_fts.rowid', 'desc');
}
