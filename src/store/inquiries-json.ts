/**
 * The inbox page and one inquiry as the JSON text the API sends: the same answers as listInbox and
 * getInquiry (inquiries.ts), same visibility. On SQLite the database writes the JSON (json_object),
 * so a page of 50 rows never becomes 50 JavaScript objects of 21 properties to be stringified
 * again: that was two thirds of the cost of a page. PostgreSQL answers with JSON.stringify of the
 * same functions.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Store } from './dialect.js';
import { pageRows } from './inbox-page.js';
import { getInquiry, LIST_COLUMNS, listInbox, nextCursor, THREAD_COLUMNS, THREAD_SHOWN, visibleTo, type InboxQuery } from './inquiries.js';
import type { InboxPage, InquiryDetail } from './inquiries.js';
import { preparedRead } from './prepared.js';
import type { Viewer } from './viewer.js';

declare const encodes: unique symbol;
/** JSON text that JSON.parse turns into a T. */
export type JsonText<T> = string & { readonly [encodes]: T };

/** json_object('id', "messages"."id", …): names are our own constants, never input. */
const jsonObject = (fields: readonly (readonly [string, string])[]): RawBuilder<string> =>
  sql.raw<string>(`json_object(${fields.map(([name, value]) => `'${name}', ${value}`).join(', ')})`);
const columns = (table: string, names: readonly string[]) => names.map((c) => [c, `"${table}"."${c}"`] as const);

const ROW_JSON = jsonObject(columns('messages', LIST_COLUMNS));
const MESSAGE_JSON = jsonObject([
  ...columns('messages', LIST_COLUMNS),
  ['body', '"messages"."body"'],
  ['record', 'json("messages"."record")'],
  ['thread_reason', 'json("messages"."thread_reason")'],
  ['message_id', '"messages"."message_id"'],
]);
const THREAD_JSON = jsonObject(columns('threads', ['id', 'buyer_email', 'buyer_name', 'company', 'country', 'message_count']));
const LINE_JSON = jsonObject(columns('messages', THREAD_COLUMNS));

/** `{"rows": […], "next": …}` as listInbox answers it. */
export async function listInboxJson(store: Store, viewer: Viewer, q: InboxQuery): Promise<JsonText<InboxPage>> {
  if (store.dialect !== 'sqlite') return JSON.stringify(await listInbox(store, viewer, q)) as JsonText<InboxPage>;
  const { rows, limit, search } = await pageRows(store, viewer, q, 'inbox json', (query) => query.select([ROW_JSON.as('json'), 'messages.received_at', 'messages.id']));
  const page = rows.slice(0, limit);
  const next = rows.length > limit ? nextCursor(page.at(-1), search) : null;
  return `{"rows":[${page.map((r) => r.json).join(',')}],"next":${JSON.stringify(next)}}` as JsonText<InboxPage>;
}

/** `{"message": …, "thread": …}` as getInquiry answers it, or null when it is not the viewer's to see. */
export async function inquiryJson(store: Store, viewer: Viewer, id: number): Promise<JsonText<InquiryDetail> | null> {
  if (store.dialect !== 'sqlite') {
    const detail = await getInquiry(store, viewer, id);
    return detail && (JSON.stringify(detail) as JsonText<InquiryDetail>);
  }
  // The viewer's role decides the SQL (a salesperson's queue only); the ids are values.
  const viewing = (viewerId: number) => ({ id: viewerId, role: viewer.role });
  const [row] = await preparedRead(store, `inquiry message ${viewer.role}`, { id, viewerId: viewer.id }, (p) =>
    visibleTo(store.db.selectFrom('messages').select([MESSAGE_JSON.as('json'), 'messages.thread_id']), viewing(p.viewerId)).where('messages.id', '=', p.id),
  );
  if (!row) return null;
  const [thread] = row.thread_id === null ? [] : await preparedRead(store, 'inquiry thread', { id: row.thread_id }, (p) => store.db.selectFrom('threads').select(THREAD_JSON.as('json')).where('threads.id', '=', p.id));
  if (!thread || row.thread_id === null) return `{"message":${row.json},"thread":null}` as JsonText<InquiryDetail>;
  const newest = await preparedRead(store, `inquiry thread lines ${viewer.role}`, { threadId: row.thread_id, viewerId: viewer.id, shown: THREAD_SHOWN }, (p) =>
    visibleTo(store.db.selectFrom('messages').select(LINE_JSON.as('json')), viewing(p.viewerId))
      .where('messages.thread_id', '=', p.threadId)
      .orderBy('messages.received_at', 'desc')
      .orderBy('messages.id', 'desc')
      .limit(p.shown),
  );
  const lines = newest.map((r) => r.json).reverse();
  return `{"message":${row.json},"thread":${thread.json.slice(0, -1)},"messages":[${lines.join(',')}]}}` as JsonText<InquiryDetail>;
}
