/**
 * Answering a stored inquiry: a draft from its record, the pre-send check, and sending through the
 * salesperson's own SMTP account with the reply kept in the buyer's thread. Every step sees only
 * what the viewer may see: another queue's inquiry is "not found", as everywhere else.
 */
import { UserError } from '../errors.js';
import { checkReply, checkTools, draftReply, loadTemplates, sendReply, type Finding, type ReplyDraft, type Seller } from '../reply/index.js';
import { now, type Store } from '../store/dialect.js';
import { getInquiry, type InquiryDetail } from '../store/inquiries.js';
import type { Intake } from '../store/intake.js';
import { getProfile, getTemplates, smtpConfig } from '../store/reply-settings.js';
import type { Viewer } from '../store/viewer.js';
import { sentReplyIncoming } from './reply-message.js';

export interface Outgoing {
  subject: string;
  body: string;
  attachments?: { filename: string; content: Uint8Array; contentType?: string }[];
}

const notFound = () => new UserError('not_found', '找不到该询盘，或你无权查看', 'no such inquiry, or not yours to see', 1);

async function inquiryFor(store: Store, viewer: Viewer, messageId: number): Promise<InquiryDetail> {
  const detail = await getInquiry(store, viewer, messageId);
  if (!detail) throw notFound();
  return detail;
}

/** The seller profile, else the account's name and e-mail with "[company]" left to fill. */
async function sellerFor(store: Store, userId: number): Promise<Seller & { email: string }> {
  const user = await store.db.selectFrom('users').select(['name', 'email']).where('id', '=', userId).executeTakeFirstOrThrow();
  const profile = await getProfile(store, userId);
  return { company: '[company]', ...profile, name: profile?.name ?? user.name, email: user.email };
}

export async function draftFor(store: Store, viewer: Viewer, messageId: number): Promise<ReplyDraft> {
  const { message } = await inquiryFor(store, viewer, messageId);
  const packs = loadTemplates((await getTemplates(store)).templates);
  const inquiry = { subject: message.subject, language: message.language, extracted: message.record.extracted, text: message.body };
  return draftReply(inquiry, await sellerFor(store, viewer.id), packs);
}

export async function checkOutgoing(store: Store, viewer: Viewer, messageId: number, draft: { subject: string; body: string; attachments: string[] }, at = now()): Promise<Finding[]> {
  const { message, thread } = await inquiryFor(store, viewer, messageId);
  const seller = await sellerFor(store, viewer.id);
  const country = message.record.extracted?.country ?? thread?.country ?? message.country;
  return checkReply({ ...draft, from: seller.email, sendAt: at, buyer: { country } }, checkTools());
}

export interface SentAndStored {
  messageId: string;
  storedId: number | null;
  threadId: number | null;
  accepted: string[];
  rejected: string[];
}

/**
 * Sends the reply under the buyer's message (In-Reply-To, References from the store), then stores
 * the sent bytes in the thread. A failed send stores nothing: the thread never shows mail that did
 * not go.
 */
export async function sendAndStore(store: Store, viewer: Viewer, messageId: number, mail: Outgoing, deps: { key: () => Buffer; intake: () => Promise<Intake> }): Promise<SentAndStored> {
  const { message } = await inquiryFor(store, viewer, messageId);
  const row = await store.db.selectFrom('messages').select(['message_id', 'refs', 'from_address']).where('id', '=', messageId).executeTakeFirstOrThrow();
  if (message.direction !== 'in' || !row.from_address) throw new UserError('not_replyable', '只能回复买家发来的邮件', 'only a message from a buyer can be answered', 1);
  if (!row.message_id) throw new UserError('not_replyable', '这条消息来自平台或聊天，没有邮件编号，请在平台上回复', 'this message came from a platform or chat and has no Message-ID; answer it on the platform', 1);
  const smtp = await smtpConfig(store, deps.key, viewer.id);
  if (!smtp) throw new UserError('smtp_missing', '请先在“我的设置”中填写 SMTP 发信设置', 'set up your SMTP account first (GET/PUT /api/me/smtp)', 1);
  const seller = await sellerFor(store, viewer.id);
  const from = `"${seller.name.replace(/["\\]/g, '')}" <${seller.email}>`;
  const sent = await sendReply(smtp, { messageId: row.message_id, references: row.refs, subject: message.subject }, { from, to: row.from_address, subject: mail.subject, text: mail.body, attachments: mail.attachments });
  const incoming = await sentReplyIncoming(sent.raw, now());
  const { ids } = await (await deps.intake()).storeBatch([incoming]);
  const storedId = ids[0] ?? null;
  const stored = storedId === null ? null : await store.db.selectFrom('messages').select('thread_id').where('id', '=', storedId).executeTakeFirst();
  return { messageId: sent.messageId, storedId, threadId: stored?.thread_id ?? null, accepted: sent.accepted, rejected: sent.rejected };
}
