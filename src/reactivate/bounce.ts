import PostalMime, { type Email } from 'postal-mime';
import { htmlToText } from '../ingest/html-text.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import type { TriageRecord } from '../pipeline/record.js';
import { parseBounceText, parseDeliveryStatus, type DeliveryFailure } from './dsn.js';

const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);

/**
 * Raw bytes of one message → its failed recipients, or null when it is no bounce. A multipart/report
 * carries machine-readable fields (postal-mime hands them over as an attachment); other servers only
 * write prose, which dsn.ts reads. Exim's X-Failed-Recipients header backs up a prose report.
 */
export async function parseBounce(raw: Uint8Array): Promise<DeliveryFailure[] | null> {
  if (raw.byteLength > DEFAULT_LIMITS.maxMessageBytes) return null;
  let email: Email;
  try {
    email = await PostalMime.parse(raw, { maxNestingDepth: DEFAULT_LIMITS.maxDepth });
  } catch {
    return null; // not readable as mail, so not a bounce we can use
  }
  const ours = new Set([...(email.to ?? []), ...(email.cc ?? [])].flatMap((a) => (a.address ? [a.address.toLowerCase()] : [])));
  const decoder = new TextDecoder();
  const dsn = email.attachments
    .filter((a) => DSN_TYPES.has(a.mimeType.toLowerCase()))
    .flatMap((a) => parseDeliveryStatus(typeof a.content === 'string' ? a.content : decoder.decode(a.content)));
  let failures = dsn.length ? dsn : parseBounceText(email.text?.trim() ? email.text : htmlToText(email.html ?? ''), ours);
  if (failures.length === 0) failures = failedRecipientsHeader(email);
  return failures.length ? failures : null;
}

function failedRecipientsHeader(email: Email): DeliveryFailure[] {
  const value = email.headers.find((h) => h.key === 'x-failed-recipients')?.value ?? '';
  return value
    .split(/[\s,]+/)
    .filter((a) => a.includes('@'))
    .map((address) => ({ address: address.toLowerCase(), status: null, permanent: true, diagnostic: 'X-Failed-Recipients', format: 'exim' }));
}

const BOUNCE_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;
const BOUNCE_SUBJECT = /^(?:undelivered mail|undeliverable\b|delivery status notification|(?:mail )?delivery (?:failed|failure|has failed|incomplete|delayed)|returned mail|failure notice|mail system error|non[- ]?delivery|warning: could not send|nicht zustellbar|non remis|no se puede entregar|не доставлено|退信|系统退信|未能送达)/i;

/** A stored message that is a bounce (it may have been imported with the inquiries): never a buyer. */
export function isBounceRecord(record: Pick<TriageRecord, 'from' | 'subject'>): boolean {
  return BOUNCE_SENDER.test(record.from ?? '') || BOUNCE_SUBJECT.test(record.subject.trim());
}
