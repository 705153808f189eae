/**
 * A reply we sent, as the inbox stores it: channel 'reply', direction 'out', the sent bytes kept
 * (gzip), joined to the buyer's thread by its In-Reply-To/References. It is our own mail, so it is
 * not triaged: its record says genuine with no signals, and it never appears in an inbox tab.
 */
import { gzipSync } from 'node:zlib';
import { UserError } from '../errors.js';
import { parseMessage } from '../ingest/parse.js';
import type { TriageRecord } from '../pipeline/record.js';
import type { IncomingMessage } from '../store/intake.js';
import { dedupKey } from './import.js';

export async function sentReplyIncoming(raw: Uint8Array, sentAt: string): Promise<IncomingMessage> {
  const parsed = await parseMessage(raw);
  if (!parsed.ok) throw new UserError('reply_parse', '已发送的回复无法读取，未存入会话', 'the sent reply could not be read back; it was not stored in the thread', 1);
  const m = parsed.message;
  const record: TriageRecord = {
    source: 'reply', index: 0, messageId: m.messageId, subject: m.subject, from: m.from?.address ?? null, date: sentAt,
    origin: { ip: null, country: null, localHour: null },
    verdict: 'genuine', kind: null, grade: null, priority: 'medium', score: 0, inquiry: false, language: null, buyerType: null,
    signals: [], extracted: null,
  };
  return {
    dedupKey: dedupKey(m.messageId, record.from, m.subject, raw),
    channel: 'reply',
    direction: 'out',
    record,
    body: m.text,
    fromName: m.from?.name || null,
    inReplyTo: m.headers['in-reply-to']?.trim() || null,
    references: m.headers.references?.split(/\s+/).filter(Boolean) ?? [],
    receivedAt: sentAt,
    rawGzip: gzipSync(raw),
    platformBuyerId: null,
    source: 'reply',
  };
}
