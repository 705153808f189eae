/**
 * What a person reads of one stored message: its text, its HTML and its attachments with their
 * risk, parsed on demand from the stored raw mail by the same parser the triage used. Messages
 * from a platform or a chat have no raw mail: their stored text is all there is.
 */
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { parseMessage } from '../ingest/parse.js';
import { attachmentRisk, type RiskLevel } from '../signals/attachment-risk.js';
import type { Store } from '../store/dialect.js';
import { visibleTo } from '../store/inquiries.js';
import type { Viewer } from '../store/viewer.js';

const unzip = promisify(gunzip);

export interface AttachmentView {
  name: string;
  type: string;
  size: number;
  innerNames: string[];
  inline: boolean;
  risk: RiskLevel;
  reasonZh: string;
  reasonEn: string;
  signal: string | null;
  evidence: string[];
}

export interface MessageContent {
  text: string;
  /** As the sender wrote it, unsanitised: whoever renders it must sanitise it (the web does, with DOMPurify). */
  html: string | null;
  attachments: AttachmentView[];
  /** True when GET /api/inquiries/{id}/raw can give the .eml. */
  hasRaw: boolean;
}

/** null when the message does not exist or is not the viewer's to see (the same rule as the inbox). */
export async function messageContent(store: Store, viewer: Viewer, id: number): Promise<MessageContent | null> {
  const row = await visibleTo(store.db.selectFrom('messages').select(['messages.body']), viewer).where('messages.id', '=', id).executeTakeFirst();
  if (!row) return null;
  const stored = await store.db.selectFrom('raw_messages').select('raw').where('message_id', '=', id).executeTakeFirst();
  if (!stored) return { text: row.body, html: null, attachments: [], hasRaw: false };
  // Off the event loop: a stored message may be tens of megabytes.
  const parsed = await parseMessage(new Uint8Array(await unzip(stored.raw)), DEFAULT_LIMITS);
  // It was stored, so it was read once; if it cannot be now (a changed limit), the stored text still can.
  if (!parsed.ok) return { text: row.body, html: null, attachments: [], hasRaw: true };
  const { text, html, attachments } = parsed.message;
  return {
    text,
    html,
    hasRaw: true,
    attachments: attachments.map((a) => {
      const risk = attachmentRisk(a);
      return { name: a.filename, type: a.mimeType, size: a.size, innerNames: a.innerNames, inline: a.inline, risk: risk.risk, reasonZh: risk.zh, reasonEn: risk.en, signal: risk.signal, evidence: risk.evidence };
    }),
  };
}
