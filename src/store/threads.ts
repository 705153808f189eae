/**
 * Changing conversations by hand: merge two threads of one buyer, undo a merge, or take a message
 * out into a thread of its own. Each message keeps the reason it is where it is, and a merge keeps
 * what it moved, so it can be undone exactly.
 */
import type { Kysely } from 'kysely';
import { now, writeTransaction, type Store } from './dialect.js';
import type { Database } from './schema.js';
import type { Viewer } from './viewer.js';

export type ThreadOutcome = { ok: true; id: number } | { ok: false; reason: 'not_found' | 'same_thread' | 'already_undone' };

/** A salesperson may touch a thread holding one of their inquiries; an admin any thread. */
async function canSee(tx: Kysely<Database>, viewer: Viewer, threadId: number): Promise<boolean> {
  let q = tx.selectFrom('messages').select('id').where('thread_id', '=', threadId);
  if (viewer.role !== 'admin') q = q.where('assignee_id', '=', viewer.id);
  return (await q.limit(1).executeTakeFirst()) !== undefined;
}

async function recount(tx: Kysely<Database>, threadId: number): Promise<void> {
  const span = await tx
    .selectFrom('messages')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('received_at').as('first'), eb.fn.max('received_at').as('last')])
    .where('thread_id', '=', threadId)
    .executeTakeFirstOrThrow();
  const set = Number(span.n) > 0 && span.first && span.last ? { message_count: Number(span.n), first_at: span.first, last_at: span.last } : { message_count: 0 };
  await tx.updateTable('threads').set(set).where('id', '=', threadId).execute();
}

export async function mergeThreads(store: Store, viewer: Viewer, intoId: number, fromId: number): Promise<ThreadOutcome> {
  if (intoId === fromId) return { ok: false, reason: 'same_thread' };
  return writeTransaction(store, async (tx) => {
    if (!(await canSee(tx, viewer, intoId)) || !(await canSee(tx, viewer, fromId))) return { ok: false, reason: 'not_found' } as const;
    const moved = await tx.selectFrom('messages').select(['id', 'thread_reason']).where('thread_id', '=', fromId).execute();
    const merge = await tx
      .insertInto('thread_merges')
      .values({ into_thread_id: intoId, from_thread_id: fromId, message_ids: JSON.stringify(moved), reason: 'manual', user_id: viewer.id, created_at: now(), undone_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.updateTable('messages').set({ thread_id: intoId, thread_reason: JSON.stringify({ rule: 'manual-merge', value: `merge ${merge.id}` }) }).where('thread_id', '=', fromId).execute();
    await recount(tx, intoId);
    await recount(tx, fromId);
    return { ok: true, id: merge.id } as const;
  });
}

export async function undoMerge(store: Store, viewer: Viewer, mergeId: number): Promise<ThreadOutcome> {
  return writeTransaction(store, async (tx) => {
    const merge = await tx.selectFrom('thread_merges').selectAll().where('id', '=', mergeId).executeTakeFirst();
    if (!merge || !(await canSee(tx, viewer, merge.into_thread_id))) return { ok: false, reason: 'not_found' } as const;
    if (merge.undone_at) return { ok: false, reason: 'already_undone' } as const;
    for (const m of JSON.parse(merge.message_ids) as { id: number; thread_reason: string | null }[]) {
      await tx.updateTable('messages').set({ thread_id: merge.from_thread_id, thread_reason: m.thread_reason }).where('id', '=', m.id).where('thread_id', '=', merge.into_thread_id).execute();
    }
    await tx.updateTable('thread_merges').set({ undone_at: now() }).where('id', '=', mergeId).execute();
    await recount(tx, merge.into_thread_id);
    await recount(tx, merge.from_thread_id);
    return { ok: true, id: mergeId } as const;
  });
}

/** One message out of its thread into a new one (a wrong automatic merge, undone by hand). */
export async function detachMessage(store: Store, viewer: Viewer, messageId: number): Promise<ThreadOutcome> {
  return writeTransaction(store, async (tx) => {
    let q = tx.selectFrom('messages').select(['id', 'thread_id', 'received_at', 'from_address', 'from_name', 'country']).where('id', '=', messageId);
    if (viewer.role !== 'admin') q = q.where('assignee_id', '=', viewer.id);
    const m = await q.executeTakeFirst();
    if (!m) return { ok: false, reason: 'not_found' } as const;
    const thread = await tx
      .insertInto('threads')
      .values({ buyer_key: `m:${m.id}`, buyer_email: null, buyer_name: m.from_name, company: null, country: m.country, platform_buyer_id: null, first_at: m.received_at, last_at: m.received_at, message_count: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.updateTable('messages').set({ thread_id: thread.id, thread_reason: JSON.stringify({ rule: 'manual-split', value: m.thread_id === null ? null : `from thread ${m.thread_id}` }) }).where('id', '=', m.id).execute();
    if (m.thread_id !== null) await recount(tx, m.thread_id);
    return { ok: true, id: thread.id } as const;
  });
}
