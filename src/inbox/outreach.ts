/**
 * Outreach from the reactivation list: queue the drafts of chosen buyers, then send what is due,
 * each letter through its sender's own SMTP account and threaded under the buyer's last mail
 * (sendAndStore, as a reply), so the copy lands in the buyer's thread.
 */
import { UserError } from '../errors.js';
import type { Store } from '../store/dialect.js';
import type { Intake } from '../store/intake.js';
import { cancelAnswered, claimOutreach, dueOutreach, enqueue, finishOutreach, getPacing, listOutreach, outreachByBuyer, type OutreachItem } from '../store/outreach.js';
import type { Viewer } from '../store/viewer.js';
import { reactivationFor } from './reactivation.js';
import { sendAndStore } from './reply.js';

export interface Skipped {
  key: string;
  code: 'not_listed' | 'dead' | 'no_email' | 'already_queued' | 'not_mailable';
  zh: string;
  en: string;
}

const SKIP: Record<Skipped['code'], { zh: string; en: string }> = {
  not_listed: { zh: '不在你的再开发名单中', en: 'not on your reactivation list' },
  dead: { zh: '邮箱已退信（永久），不再发送', en: 'the address bounced for good; never mailed again' },
  no_email: { zh: '没有可用的邮箱', en: 'no usable e-mail address' },
  already_queued: { zh: '已在队列中或已发送', en: 'already queued or sent' },
  not_mailable: { zh: '没有买家发来的邮件可接续（平台或聊天询盘请在平台上联系）', en: 'no mail from the buyer to answer (write platform or chat buyers on the platform)' },
};

/** Queues the drafts of the chosen buyers (their list keys); says why each other one was skipped. */
export async function queueOutreach(store: Store, viewer: Viewer, keys: readonly string[], at: Date): Promise<{ queued: OutreachItem[]; skipped: Skipped[] }> {
  const list = await reactivationFor(store, viewer);
  const rows = new Map(list.rows.map((r) => [r.key, r]));
  const active = await outreachByBuyer(store);
  const skipped: Skipped[] = [];
  const skip = (key: string, code: Skipped['code']) => skipped.push({ key, code, ...SKIP[code] });
  const queuedIds: number[] = [];
  for (const key of new Set(keys)) {
    const row = rows.get(key);
    if (!row) skip(key, 'not_listed');
    else if (row.delivery === 'dead') skip(key, 'dead');
    else if (!row.email || !row.draft) skip(key, 'no_email');
    else if (active.has(key)) skip(key, 'already_queued');
    else {
      // The newest mail from the buyer with a Message-ID: the letter is threaded under it.
      const ids = row.inquiryIds.map(Number);
      const answered = await store.db
        .selectFrom('messages').select(['id', 'thread_id'])
        .where('id', 'in', ids).where('direction', '=', 'in').where('message_id', 'is not', null).where('from_address', 'is not', null)
        .orderBy('received_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
      if (!answered) {
        skip(key, 'not_mailable');
        continue;
      }
      const [id] = await enqueue(store, [{
        userId: viewer.id, buyerKey: key, email: row.email, name: row.name, company: row.company, messageId: answered.id, threadId: answered.thread_id,
        subject: row.draft.subject, body: row.draft.body, languages: row.draft.languages, queuedAt: at.toISOString(),
      }]);
      if (id !== undefined) queuedIds.push(id);
    }
  }
  const mine = await listOutreach(store, viewer);
  return { queued: mine.filter((i) => queuedIds.includes(i.id)).sort((a, b) => a.id - b.id), skipped };
}

export interface RunResult {
  sent: number[];
  failed: number[];
  cancelled: number;
}

export interface OutreachDeps {
  /** The clock: injected, so tests step through minutes without waiting for them. */
  now: () => Date;
  key: () => Buffer;
  intake: () => Promise<Intake>;
}

/** One pass: cancel letters to buyers who wrote back, then send each sender's next letter if its time has come. */
export async function runDueOutreach(store: Store, deps: OutreachDeps): Promise<RunResult> {
  const cancelled = await cancelAnswered(store);
  const at = deps.now();
  const result: RunResult = { sent: [], failed: [], cancelled };
  for (const item of await dueOutreach(store, at, await getPacing(store))) {
    if (!(await claimOutreach(store, item.id, at.toISOString()))) continue;
    const user = await store.db.selectFrom('users').select(['role', 'active']).where('id', '=', item.userId).executeTakeFirst();
    try {
      if (!user || user.active !== 1) throw new UserError('sender_inactive', '发信人已停用', 'the sender has been deactivated', 1);
      // As the sender: if the buyer has moved to another queue since, they may not write any more.
      const sent = await sendAndStore(store, { id: item.userId, role: user.role }, item.messageId, { subject: item.subject, body: item.body }, deps);
      await finishOutreach(store, item.id, { sentId: sent.storedId });
      result.sent.push(item.id);
    } catch (error) {
      // A letter is never left "sending": a bug is recorded as a failure too, then raised.
      const known = error instanceof UserError ? error : new UserError('internal', '内部错误，未发送', 'internal error; nothing was sent', 1);
      await finishOutreach(store, item.id, { failed: { code: known.code, zh: known.zh, en: known.en } });
      result.failed.push(item.id);
      if (!(error instanceof UserError)) throw error;
    }
  }
  return result;
}
