/** A won deal is marked on the buyer's thread: it stops follow-ups and counts as a conversion. */
import { now, type Store } from './dialect.js';
import { visibleTo } from './inquiries.js';
import type { Viewer } from './viewer.js';

/** The thread's new won_at, or undefined when the thread is not the viewer's to see. */
export async function setWon(store: Store, viewer: Viewer, threadId: number, won: boolean): Promise<{ wonAt: string | null } | undefined> {
  const mine = await visibleTo(store.db.selectFrom('messages').select('id'), viewer).where('thread_id', '=', threadId).limit(1).executeTakeFirst();
  if (!mine) return undefined;
  const thread = await store.db.selectFrom('threads').select('won_at').where('id', '=', threadId).executeTakeFirstOrThrow();
  // Marking won again keeps the first date: it is when the deal was made that the report counts.
  const wonAt = won ? (thread.won_at ?? now()) : null;
  await store.db.updateTable('threads').set({ won_at: wonAt }).where('id', '=', threadId).execute();
  return { wonAt };
}
