/**
 * The day's follow-ups and the response-time report over stored threads (SPEC.md §5), each
 * scoped to the viewer: a salesperson gets their own queue, an admin the whole team.
 */
import { DateTime } from 'luxon';
import { pendingReminders, responseReport, type Reminder, type ResponseReport } from '../reply/index.js';
import type { Store } from '../store/dialect.js';
import { loadConversations, type ConversationQuery } from '../store/thread-events.js';
import type { Viewer } from '../store/viewer.js';

export interface FollowUp extends Reminder {
  threadId: number;
  /** The buyer's latest message: open it to write the follow-up. */
  messageId: number;
  subject: string;
  buyerName: string | null;
  buyerEmail: string | null;
  company: string | null;
  country: string | null;
  salesperson: string | null;
  overdue: boolean;
}

/**
 * The next reminder of every conversation whose reminder falls before the end of the viewer's day
 * (`until`, by default the end of `now`'s day on this machine's clock), overdue ones included;
 * per salesperson, earliest first.
 */
export async function followupsFor(store: Store, viewer: Viewer, now: Date, until = DateTime.fromJSDate(now).endOf('day').toJSDate()): Promise<FollowUp[]> {
  const out: FollowUp[] = [];
  for (const c of await loadConversations(store, viewer)) {
    const next = pendingReminders(c.events, { country: c.country })[0];
    if (!next || Date.parse(next.dueAt) > until.getTime()) continue;
    out.push({
      ...next, threadId: c.threadId, messageId: c.lastBuyerMessageId, subject: c.subject, buyerName: c.buyerName, buyerEmail: c.buyerEmail,
      company: c.company, country: c.country, salesperson: c.salesperson, overdue: Date.parse(next.dueAt) <= now.getTime(),
    });
  }
  return out.sort((a, b) => (a.salesperson ?? '').localeCompare(b.salesperson ?? '') || a.dueAt.localeCompare(b.dueAt));
}

/** responseReport over the viewer's stored conversations; junk and auto-replies are left out by it. */
export async function responseReportFor(store: Store, viewer: Viewer, now: Date, q: ConversationQuery = {}): Promise<ResponseReport> {
  const conversations = await loadConversations(store, viewer, q);
  return responseReport(conversations.flatMap((c) => c.events), now.getTime());
}
