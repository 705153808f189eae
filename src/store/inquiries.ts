/**
 * Reading the inbox: one tab of one queue, newest first, paged; counts per tab; one inquiry with
 * its thread; full-text search. A salesperson sees their own queue only; an admin sees all.
 */
import { sql, type SelectQueryBuilder } from 'kysely';
import type { TriageRecord } from '../pipeline/record.js';
import type { Store } from './dialect.js';
import type { Database, MessageRow, Tab } from './schema.js';
import type { Viewer } from './viewer.js';

export interface InboxQuery {
  tab?: Tab;
  assigneeId?: number;
  grade?: 'A' | 'B' | 'C';
  kind?: string;
  country?: string;
  product?: string;
  from?: string; // ISO date, inclusive
  to?: string; // ISO date, exclusive
  archived?: boolean;
  q?: string;
  /** The last row of the previous page ("received_at|id", or "id" when searching). */
  cursor?: string;
  limit?: number;
}

export const LIST_COLUMNS = [
  'id', 'received_at', 'from_address', 'from_name', 'subject', 'verdict', 'junk_kind', 'grade', 'priority', 'score',
  'label', 'tab', 'archived', 'country', 'product', 'language', 'buyer_type', 'assignee_id', 'thread_id', 'channel', 'direction',
] as const;
export type InboxRow = Pick<MessageRow, (typeof LIST_COLUMNS)[number]>;

export interface InboxPage {
  rows: InboxRow[];
  next: string | null;
}

type MessagesQuery<O> = SelectQueryBuilder<Database, 'messages', O>;

export function visibleTo<O>(query: MessagesQuery<O>, viewer: Viewer): MessagesQuery<O> {
  return viewer.role === 'admin' ? query : query.where('messages.assignee_id', '=', viewer.id);
}

export async function listInbox(store: Store, viewer: Viewer, q: InboxQuery): Promise<InboxPage> {
  const { query, limit, search } = pageQuery(store, viewer, q);
  const rows = await query.select(LIST_COLUMNS.map((c) => `messages.${c}` as const)).execute();
  const page = rows.slice(0, limit);
  return { rows: page, next: rows.length > limit ? nextCursor(page.at(-1), search) : null };
}

/** The rows of one page and one more (which says there is a next page), with nothing selected yet. */
export function pageQuery(store: Store, viewer: Viewer, q: InboxQuery) {
  const limit = Math.min(Math.max(q.limit ?? 50, 1), 200);
  let query = filtered(visibleTo(store.db.selectFrom('messages'), viewer), q);
  const search = q.q?.trim();
  if (search) query = matching(store, query, search, q.cursor ? Number(q.cursor) : undefined);
  else {
    if (q.cursor) {
      // As a row value, so the index on (tab, received_at) seeks to the cursor instead of scanning down to it.
      const [at, id] = q.cursor.split('|');
      query = query.where((eb) => eb(eb.refTuple('messages.received_at', 'messages.id'), '<', eb.tuple(at ?? '', Number(id))));
    }
    query = query.orderBy('messages.received_at', 'desc').orderBy('messages.id', 'desc');
  }
  return { query: query.limit(limit + 1), limit, search: Boolean(search) };
}

export function nextCursor(last: { received_at: string; id: number } | undefined, search: boolean): string | null {
  if (!last) return null;
  return search ? String(last.id) : `${last.received_at}|${last.id}`;
}

function filtered<O>(query: MessagesQuery<O>, q: InboxQuery): MessagesQuery<O> {
  // The inbox is what buyers sent; our replies are shown in their thread.
  let out = query.where('messages.archived', '=', q.archived ? 1 : 0).where('messages.direction', '=', 'in');
  if (q.tab) out = out.where('messages.tab', '=', q.tab);
  if (q.assigneeId !== undefined) out = out.where('messages.assignee_id', '=', q.assigneeId);
  if (q.grade) out = out.where('messages.grade', '=', q.grade);
  if (q.kind) out = out.where('messages.junk_kind', '=', q.kind);
  if (q.country) out = out.where('messages.country', '=', q.country.toUpperCase());
  if (q.product) out = out.where('messages.product', 'like', `%${q.product.replace(/[%_]/g, '')}%`);
  if (q.from) out = out.where('messages.received_at', '>=', q.from);
  if (q.to) out = out.where('messages.received_at', '<', q.to);
  return out;
}

/**
 * Words of the query, all required; each quoted so FTS syntax typed by a user is taken literally.
 * Newest (highest id) first, below the cursor's id.
 */
function matching<O>(store: Store, query: MessagesQuery<O>, search: string, below: number | undefined): MessagesQuery<O> {
  const words = search.split(/\s+/).filter(Boolean);
  if (store.dialect === 'postgres') {
    const found = query.where(sql<boolean>`messages.search @@ plainto_tsquery('simple', ${words.join(' ')})`);
    return (below === undefined ? found : found.where('messages.id', '<', below)).orderBy('messages.id', 'desc');
  }
  // Joined, and ordered by the index's own rowid (= messages.id), FTS5 hands out its matches newest
  // first and the page stops after limit + 1 of them; as `id IN (…)` every match was collected and sorted.
  const fts = words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
  const joined = query.innerJoin(sql<{ rowid: number }>`messages_fts`.as('messages_fts'), (join) => join.onRef('messages_fts.rowid', '=', 'messages.id')).where(sql<boolean>`messages_fts match ${fts}`);
  const found = below === undefined ? joined : joined.where('messages_fts.rowid', '<', below);
  return found.orderBy('messages_fts.rowid', 'desc');
}

export async function countTabs(store: Store, viewer: Viewer): Promise<Record<Tab, number>> {
  const rows = await visibleTo(store.db.selectFrom('messages').select(['tab', (eb) => eb.fn.countAll<number>().as('n')]), viewer)
    .where('archived', '=', 0)
    .where('direction', '=', 'in')
    .groupBy('tab')
    .execute();
  const counts: Record<Tab, number> = { priority: 0, other: 0, suspicious: 0, junk: 0 };
  for (const r of rows) counts[r.tab] = Number(r.n);
  return counts;
}

export interface InquiryDetail {
  message: InboxRow & { body: string; record: TriageRecord; thread_reason: unknown; message_id: string | null };
  thread: { id: number; buyer_email: string | null; buyer_name: string | null; company: string | null; country: string | null; message_count: number; messages: ThreadLine[] } | null;
}

export const THREAD_SHOWN = 100;
/** What a line of the conversation shows: fewer columns than the inbox, since a thread can be long. */
export const THREAD_COLUMNS = ['id', 'received_at', 'from_address', 'subject', 'verdict', 'junk_kind', 'label', 'tab', 'channel', 'direction', 'assignee_id'] as const;
export type ThreadLine = Pick<MessageRow, (typeof THREAD_COLUMNS)[number]>;

/** One inquiry and its thread, or null when it does not exist or is not the viewer's to see. */
export async function getInquiry(store: Store, viewer: Viewer, id: number): Promise<InquiryDetail | null> {
  const row = await visibleTo(store.db.selectFrom('messages').select([...LIST_COLUMNS, 'body', 'record', 'thread_reason', 'message_id']), viewer).where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const message = { ...row, record: JSON.parse(row.record) as TriageRecord, thread_reason: row.thread_reason ? (JSON.parse(row.thread_reason) as unknown) : null };
  if (row.thread_id === null) return { message, thread: null };
  const thread = await store.db.selectFrom('threads').select(['id', 'buyer_email', 'buyer_name', 'company', 'country', 'message_count']).where('id', '=', row.thread_id).executeTakeFirst();
  // The newest of a long conversation (a mailing list can be thousands); the count tells there is more.
  const newest = await visibleTo(store.db.selectFrom('messages').select([...THREAD_COLUMNS]), viewer).where('thread_id', '=', row.thread_id).orderBy('received_at', 'desc').orderBy('id', 'desc').limit(THREAD_SHOWN).execute();
  return { message, thread: thread ? { ...thread, messages: newest.reverse() } : null };
}
