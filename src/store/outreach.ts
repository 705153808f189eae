/**
 * The outreach queue (SPEC.md §9, the seed's step two): letters to old buyers wait here and leave
 * one at a time per sender, never as a blast. A buyer who writes into their thread after their
 * letter was queued is an answer: what is still queued for them is cancelled.
 */
import type { Selectable } from 'kysely';
import type { Bilingual } from '../reactivate/input.js';
import type { Store } from './dialect.js';
import type { OutreachStatus, OutreachTable } from './schema.js';
import type { Viewer } from './viewer.js';

export interface Pacing {
  /** At least this long between two letters of one sender. */
  intervalSeconds: number;
  /** At most this many letters per sender in any 24 hours. */
  dailyCap: number;
}

/** One letter every two minutes and 50 a day per sender: slow enough not to look like a mass mailing. */
export const DEFAULT_PACING: Pacing = { intervalSeconds: 120, dailyCap: 50 };
const SETTINGS_ROW = 1;

export async function getPacing(store: Store): Promise<Pacing> {
  const row = await store.db.selectFrom('outreach_settings').select(['interval_seconds', 'daily_cap']).where('id', '=', SETTINGS_ROW).executeTakeFirst();
  return row ? { intervalSeconds: row.interval_seconds, dailyCap: row.daily_cap } : DEFAULT_PACING;
}

export async function savePacing(store: Store, pacing: Pacing, at: string): Promise<Pacing> {
  const row = { interval_seconds: pacing.intervalSeconds, daily_cap: pacing.dailyCap, updated_at: at };
  await store.db.insertInto('outreach_settings').values({ id: SETTINGS_ROW, ...row }).onConflict((oc) => oc.column('id').doUpdateSet(row)).execute();
  return pacing;
}

export interface OutreachItem {
  id: number;
  userId: number;
  buyerKey: string;
  email: string;
  name: string | null;
  company: string | null;
  messageId: number;
  threadId: number | null;
  subject: string;
  body: string;
  languages: string[];
  status: OutreachStatus;
  queuedAt: string;
  attemptedAt: string | null;
  sentId: number | null;
  reason: (Bilingual & { code: string }) | null;
}

export type NewOutreach = Omit<OutreachItem, 'id' | 'status' | 'attemptedAt' | 'sentId' | 'reason'>;

function toItem(r: Selectable<OutreachTable>): OutreachItem {
  return {
    id: r.id, userId: r.user_id, buyerKey: r.buyer_key, email: r.email, name: r.name, company: r.company, messageId: r.message_id, threadId: r.thread_id,
    subject: r.subject, body: r.body, languages: JSON.parse(r.languages) as string[], status: r.status, queuedAt: r.queued_at, attemptedAt: r.attempted_at,
    sentId: r.sent_id, reason: r.reason ? (JSON.parse(r.reason) as OutreachItem['reason']) : null,
  };
}

export async function enqueue(store: Store, items: readonly NewOutreach[]): Promise<number[]> {
  const ids: number[] = [];
  for (const i of items) {
    const row = await store.db
      .insertInto('outreach')
      .values({
        user_id: i.userId, buyer_key: i.buyerKey, email: i.email, name: i.name, company: i.company, message_id: i.messageId, thread_id: i.threadId,
        subject: i.subject, body: i.body, languages: JSON.stringify(i.languages), status: 'queued', queued_at: i.queuedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}

/** A salesperson sees the letters they queued; an admin sees everyone's. Newest first. */
export async function listOutreach(store: Store, viewer: Viewer, limit = 500): Promise<OutreachItem[]> {
  let q = store.db.selectFrom('outreach').selectAll();
  if (viewer.role !== 'admin') q = q.where('user_id', '=', viewer.id);
  return (await q.orderBy('id', 'desc').limit(limit).execute()).map(toItem);
}

/** Buyer keys with a letter queued, on its way or sent: not queued twice. */
export async function outreachByBuyer(store: Store): Promise<Map<string, OutreachStatus>> {
  const rows = await store.db.selectFrom('outreach').select(['buyer_key', 'status']).where('status', 'in', ['queued', 'sending', 'sent']).orderBy('id').execute();
  return new Map(rows.map((r) => [r.buyer_key, r.status]));
}

export async function cancelOutreach(store: Store, viewer: Viewer, id: number, reason: Bilingual & { code: string }): Promise<boolean> {
  let q = store.db.updateTable('outreach').set({ status: 'cancelled', reason: JSON.stringify(reason) }).where('id', '=', id).where('status', '=', 'queued');
  if (viewer.role !== 'admin') q = q.where('user_id', '=', viewer.id);
  return Number((await q.executeTakeFirst()).numUpdatedRows) === 1;
}

/** Buyers (e-mail → when they wrote) who wrote into their thread after a letter to them was queued, sent or not. */
export async function answeredBuyers(store: Store): Promise<Map<string, string>> {
  const rows = await store.db
    .selectFrom('outreach')
    .innerJoin('messages', 'messages.thread_id', 'outreach.thread_id')
    .select(['outreach.email', (eb) => eb.fn.max('messages.received_at').as('at')])
    .where('messages.direction', '=', 'in')
    .whereRef('messages.received_at', '>', 'outreach.queued_at')
    .groupBy('outreach.email')
    .execute();
  return new Map(rows.map((r) => [r.email, r.at]));
}

export const ANSWERED = { code: 'answered', zh: '买家已来信，开发信取消', en: 'the buyer wrote back; the letter was cancelled' };

/** Cancels what is still queued for a buyer who has written back since it was queued. */
export async function cancelAnswered(store: Store): Promise<number> {
  const result = await store.db
    .updateTable('outreach')
    .set({ status: 'cancelled', reason: JSON.stringify(ANSWERED) })
    .where('status', '=', 'queued')
    .where((eb) =>
      eb.exists(
        eb.selectFrom('messages').select('messages.id').whereRef('messages.thread_id', '=', 'outreach.thread_id').where('messages.direction', '=', 'in').whereRef('messages.received_at', '>', 'outreach.queued_at'),
      ),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * The next letter of each sender that may go now: their oldest queued one, when their last attempt
 * was at least the interval ago and fewer than the cap were sent in the last 24 hours.
 */
export async function dueOutreach(store: Store, at: Date, pacing: Pacing): Promise<OutreachItem[]> {
  const senders = await store.db.selectFrom('outreach').select('user_id').distinct().where('status', '=', 'queued').execute();
  const due: OutreachItem[] = [];
  const dayAgo = new Date(at.getTime() - 86_400_000).toISOString();
  for (const { user_id } of senders) {
    const last = await store.db.selectFrom('outreach').select((eb) => eb.fn.max('attempted_at').as('at')).where('user_id', '=', user_id).executeTakeFirst();
    if (last?.at && at.getTime() - Date.parse(last.at) < pacing.intervalSeconds * 1000) continue;
    const sent = await store.db.selectFrom('outreach').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', user_id).where('status', 'in', ['sent', 'sending']).where('attempted_at', '>', dayAgo).executeTakeFirstOrThrow();
    if (Number(sent.n) >= pacing.dailyCap) continue;
    const next = await store.db.selectFrom('outreach').selectAll().where('user_id', '=', user_id).where('status', '=', 'queued').orderBy('id').limit(1).executeTakeFirst();
    if (next) due.push(toItem(next));
  }
  return due;
}

/** Takes a letter for sending; false when another process took it first (so it goes once). */
export async function claimOutreach(store: Store, id: number, at: string): Promise<boolean> {
  const r = await store.db.updateTable('outreach').set({ status: 'sending', attempted_at: at }).where('id', '=', id).where('status', '=', 'queued').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function finishOutreach(store: Store, id: number, outcome: { sentId: number | null } | { failed: Bilingual & { code: string } }): Promise<void> {
  const set = 'failed' in outcome ? { status: 'failed' as const, reason: JSON.stringify(outcome.failed) } : { status: 'sent' as const, sent_id: outcome.sentId };
  await store.db.updateTable('outreach').set(set).where('id', '=', id).execute();
}
