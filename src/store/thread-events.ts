/**
 * The store's threads as the reply core reads them (src/reply/events.ts): a conversation starts at
 * the buyer's first real message; our later mail is a reply (a follow-up when it comes after another
 * reply of ours with no buyer message between); the buyer's later mail is their answer. Junk never
 * starts a conversation; an auto-reply is flagged so it neither starts one nor counts as an answer.
 */
import type { ThreadEventInput } from '../reply/events.js';
import type { Store } from './dialect.js';
import type { Viewer } from './viewer.js';

export interface Conversation {
  threadId: number;
  /** The buyer's message the conversation starts with: the report's inquiry id. */
  inquiryId: number;
  /** The buyer's latest real message: the one to open and answer. */
  lastBuyerMessageId: number;
  subject: string;
  buyerName: string | null;
  buyerEmail: string | null;
  company: string | null;
  country: string | null;
  salesperson: string | null;
  events: ThreadEventInput[];
}

export interface ConversationQuery {
  from?: string; // ISO date: threads with a message on or after it
  to?: string; // ISO date, exclusive
}

export async function loadConversations(store: Store, viewer: Viewer, q: ConversationQuery = {}): Promise<Conversation[]> {
  let query = store.db
    .selectFrom('messages')
    .innerJoin('threads', 'threads.id', 'messages.thread_id')
    .leftJoin('users', 'users.id', 'messages.assignee_id')
    .select([
      'threads.id as thread_id', 'messages.id', 'messages.direction', 'messages.channel', 'messages.received_at', 'messages.tab', 'messages.auto_reply', 'messages.subject',
      'threads.won_at', 'threads.buyer_name', 'threads.buyer_email', 'threads.company', 'threads.country', 'users.name as salesperson',
    ]);
  // The same rule as visibleTo (inquiries.ts), on a joined query.
  if (viewer.role !== 'admin') query = query.where('messages.assignee_id', '=', viewer.id);
  if (q.from) query = query.where('threads.last_at', '>=', q.from);
  if (q.to) query = query.where('threads.first_at', '<', q.to);
  const rows = await query.orderBy('threads.id').orderBy('messages.received_at').orderBy('messages.id').execute();
  const byThread = new Map<number, typeof rows>();
  for (const r of rows) {
    const list = byThread.get(r.thread_id);
    if (list) list.push(r);
    else byThread.set(r.thread_id, [r]);
  }
  const out: Conversation[] = [];
  for (const [threadId, messages] of byThread) {
    const incoming = messages.filter((m) => m.direction === 'in');
    const real = incoming.filter((m) => m.tab !== 'junk' && m.auto_reply === 0);
    const anchor = real[0] ?? incoming[0];
    if (!anchor) continue; // only our own mail: outreach, not an inquiry
    const id = String(anchor.id);
    const events: ThreadEventInput[] = [{
      type: 'received', inquiryId: id, at: anchor.received_at, channel: anchor.channel === 'chat' ? 'chat' : 'mail',
      salesperson: anchor.salesperson, junk: anchor.tab === 'junk', autoReply: anchor.auto_reply === 1,
    }];
    let lastWasOurs = false;
    for (const m of messages) {
      if (m.received_at < anchor.received_at || m.id === anchor.id) continue;
      if (m.direction === 'out') {
        events.push({ type: 'replied', inquiryId: id, at: m.received_at, salesperson: m.salesperson, followUp: lastWasOurs });
        lastWasOurs = true;
      } else if (m.tab !== 'junk') {
        events.push({ type: 'buyer_replied', inquiryId: id, at: m.received_at, autoReply: m.auto_reply === 1 });
        if (m.auto_reply === 0) lastWasOurs = false;
      }
    }
    const won = messages[0]?.won_at;
    if (won) events.push({ type: 'won', inquiryId: id, at: won });
    out.push({
      threadId, inquiryId: anchor.id, lastBuyerMessageId: (real.at(-1) ?? anchor).id, subject: anchor.subject,
      buyerName: anchor.buyer_name, buyerEmail: anchor.buyer_email, company: anchor.company, country: anchor.country,
      salesperson: anchor.salesperson, events,
    });
  }
  return out;
}
