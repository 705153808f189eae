/**
 * Reading the inbox: one tab of one queue, newest first, paged, or a full-text search (the page's
 * query is in inbox-page.ts); counts per tab; one inquiry with its thread. A salesperson sees
 * their own queue only; an admin sees all.
 */
import type { SelectQueryBuilder } from 'kysely';
import type { TriageRecord } from '../pipeline/record.js';
import type { Store } from './dialect.js';
import { pageRows } from './inbox-page.js';
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
  const { rows, limit, search } = await pageRows(store, viewer, q, 'inbox rows', (query) => query.select(LIST_COLUMNS.map((c) => `messages.${c}` as const)));
  const page = rows.slice(0, limit);
  return { rows: page, next: rows.length > limit ? nextCursor(page.at(-1), search) : null };
}

export function nextCursor(last: { received_at: string; id: number } | undefined, search: boolean): string | null {
  if (!last) return null;
  return search ? String(last.id) : `${last.received_at}|${last.id}`;
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
