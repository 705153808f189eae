import { decodeHTML } from 'entities';
import PostalMime, { type Email, type Address as PmAddress } from 'postal-mime';
import type { Address, AttachmentInfo, Link, ParsedMessage } from '../model/message.js';
import { charsetCandidates, looksGarbled, replacementCount, withDefaultCharset } from './charset.js';
import { repairC1 } from './cp1252.js';
import { htmlLinks, htmlToText } from './html-text.js';
import { type ParseLimits, DEFAULT_LIMITS } from './limits.js';
import { textLinks } from './links.js';
import { displayNameOf, rereadRawHeader } from './raw-headers.js';
import { originatingIp, parseReceived } from './received.js';
import { isZip, zipEntryNames } from './zip-names.js';

export type ParseErrorCode = 'too_large' | 'too_many_parts' | 'too_deep' | 'malformed';
export interface ParseError {
  code: ParseErrorCode;
  detail: string;
}
export type ParseResult = { ok: true; message: ParsedMessage } | { ok: false; error: ParseError };

/** Headers the signals read; everything else is dropped to keep results small. */
const KEPT_HEADERS = new Set([
  'from', 'list-id', 'list-unsubscribe', 'precedence', 'auto-submitted', 'x-mailer', 'user-agent',
  'x-autoreply', 'x-autorespond', 'content-type', 'return-path', 'x-original-sender',
  'in-reply-to', 'references', // threading, read by the inbox store
  'authentication-results', // the topmost one: our own receiving server's SPF/DKIM/DMARC checks
]);

const HTML_TAG = /<\/?(?:html|body|br|font|p|div|table|td|tr|a\s|img\s|b|center|span)\b[^>]{0,200}>/gi;

/** A text is mail when it has at least one of these; garbage with a colon in it is not. */
const MAIL_HEADERS = new Set(['from', 'to', 'subject', 'date', 'message-id', 'received', 'return-path', 'mime-version', 'content-type', 'sender', 'reply-to']);

export async function parseMessage(raw: Uint8Array, limits: ParseLimits = DEFAULT_LIMITS): Promise<ParseResult> {
  if (raw.byteLength > limits.maxMessageBytes) {
    return fail('too_large', `${raw.byteLength} bytes > ${limits.maxMessageBytes}`);
  }
  const parts = countContentTypes(raw);
  if (parts > limits.maxParts) return fail('too_many_parts', `${parts} parts > ${limits.maxParts}`);
  let email: Email;
  try {
    email = await PostalMime.parse(raw, postalOptions(limits));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(/nest|depth/i.test(detail) ? 'too_deep' : 'malformed', detail);
  }
  if (!email.headers.some((h) => MAIL_HEADERS.has(h.key))) return fail('malformed', 'no mail headers: not an RFC 822 message');
  return { ok: true, message: toParsedMessage(await withReadableCharset(raw, email, limits), raw, limits) };
}

/**
 * A binary attachment is counted, not decoded (a zip archive still is, for the names inside): triage
 * reads an attachment's name, type and size only, and decoding a mailbox's PDFs and photos was most of
 * the parse time of the mail that carries them (a 50 MB attachment: 1 s and a decoded copy in memory).
 */
function postalOptions(limits: ParseLimits) {
  return { maxNestingDepth: limits.maxDepth, maxRfc822NestingDepth: Math.min(limits.maxDepth, 10), sizeOnlyAttachments: true };
}

/** Parses again with a charset for unlabelled text parts when the first reading came out as replacement characters. */
async function withReadableCharset(raw: Uint8Array, email: Email, limits: ParseLimits): Promise<Email> {
  const decoded = email.html ?? email.text ?? '';
  if (!looksGarbled(decoded)) return email;
  const before = replacementCount(decoded);
  for (const charset of charsetCandidates(decoded)) {
    const patched = withDefaultCharset(raw, charset);
    if (!patched) return email;
    try {
      const again = await PostalMime.parse(patched, postalOptions(limits));
      if (replacementCount(again.html ?? again.text ?? '') * 4 < before) return again;
    } catch {
      return email;
    }
  }
  return email;
}

// Some mailers paste an HTML body's text, entities and all ("Voc&ecirc; possui"), into text/plain:
// decode them so the words read as written. A stray "&amp;" or two in honest text decodes harmlessly.
const ENTITY = /&(#\d{2,6}|#x[\da-f]{2,5}|[a-z]{2,8});/gi;
function decodeStrayEntities(text: string): string {
  ENTITY.lastIndex = 0;
  return ENTITY.test(text) && (text.match(ENTITY)?.length ?? 0) >= 3 ? decodeHTML(text) : text;
}

function fail(code: ParseErrorCode, detail: string): ParseResult {
  return { ok: false, error: { code, detail } };
}

function toParsedMessage(email: Email, raw: Uint8Array, limits: ParseLimits): ParsedMessage {
  // Bulk mailers often put HTML in the text/plain part; read it as HTML, as a person's mail client would show it.
  const plainIsHtml = !!email.text && (email.text.match(HTML_TAG)?.length ?? 0) >= 3;
  const html = email.html ? repairC1(email.html) : plainIsHtml && email.text ? repairC1(email.text) : null;
  const plain = email.text?.trim() && !plainIsHtml ? decodeStrayEntities(email.text) : null;
  const text = repairC1((plain ?? (html ? htmlToText(html) : '')).slice(0, limits.maxTextChars));
  const headerValues = (key: string) => email.headers.filter((h) => h.key === key).map((h) => h.value);
  const received = parseReceived(headerValues('received'));
  const cut = (value: string) => value.slice(0, limits.maxHeaderChars);
  const capped = ({ name, address }: Address): Address => ({ name: cut(name), address: cut(address) });
  const named = withReadableName(firstMailbox(email.from), raw);
  const from = named && capped(named);
  const envelope = cut((email.sender && firstMailbox(email.sender)?.address) || cleanAngle(email.returnPath) || '') || null;
  const headers: Record<string, string> = {};
  for (const h of email.headers) if (KEPT_HEADERS.has(h.key) && !(h.key in headers)) headers[h.key] = h.value;
  return {
    messageId: email.messageId?.trim() || null,
    subject: cut(readableSubject(email.subject ?? '', raw)),
    from,
    envelopeFrom: envelope && envelope !== from?.address ? envelope : null,
    replyTo: mailboxes(email.replyTo).map(capped),
    to: [...mailboxes(email.to), ...mailboxes(email.cc)].map(capped),
    date: isIsoDate(email.date) ? email.date : null,
    dateOffsetMinutes: dateOffset(headerValues('date')[0]),
    text,
    html,
    links: dedupeLinks([...(html ? htmlLinks(html) : []), ...textLinks(text)]),
    attachments: email.attachments.map(toAttachmentInfo),
    received,
    originIp: originatingIp(received),
    headers,
    rawSize: raw.byteLength,
  };
}

/** The subject, read again from the raw header when it was raw 8-bit text in the mail's charset (raw-headers.ts). */
function readableSubject(subject: string, raw: Uint8Array): string {
  return (subject.includes('\ufffd') ? rereadRawHeader(raw, 'subject') : null) ?? repairC1(subject).trim();
}

function withReadableName(from: Address | null, raw: Uint8Array): Address | null {
  if (!from?.name.includes('\ufffd')) return from;
  const name = displayNameOf(rereadRawHeader(raw, 'from') ?? '');
  return name ? { ...from, name } : from;
}

function toAttachmentInfo(a: Email['attachments'][number]): AttachmentInfo {
  const bytes = typeof a.content === 'string' ? new TextEncoder().encode(a.content) : new Uint8Array(a.content);
  return {
    filename: a.filename ?? '',
    mimeType: a.mimeType,
    size: a.size ?? bytes.byteLength,
    innerNames: isZip(bytes) ? zipEntryNames(bytes) : [],
    inline: a.disposition === 'inline' || a.related === true,
  };
}

function mailboxes(list: PmAddress[] | undefined): Address[] {
  const out: Address[] = [];
  for (const a of list ?? []) {
    if (a.group) out.push(...a.group.map((m) => ({ name: m.name, address: m.address.toLowerCase() })));
    else out.push({ name: a.name, address: (a.address ?? '').toLowerCase() });
  }
  return out;
}

function firstMailbox(a: PmAddress | undefined): Address | null {
  const first = a ? mailboxes([a])[0] : undefined;
  return first ? { name: repairC1(first.name), address: first.address } : null;
}

function cleanAngle(value: string | undefined): string | null {
  const v = value?.replace(/[<>\s]/g, '').toLowerCase();
  return v || null;
}

function isIsoDate(value: string | undefined): value is string {
  return !!value && /^\d{4}-\d\d-\d\dT/.test(value);
}

const NAMED_ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};

/** The zone the sender's clock wrote ("+0800", "-0500", "EST"); -0000 means "unknown" per RFC 5322. */
export function dateOffset(value: string | undefined): number | null {
  if (!value) return null;
  const numeric = /([+-])(\d\d):?(\d\d)\b(?!.*[+-]\d{4})/.exec(value);
  if (numeric) {
    if (numeric[0] === '-0000') return null;
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return minutes > 14 * 60 ? null : numeric[1] === '-' ? -minutes : minutes;
  }
  const named = /\b(UTC?|GMT|Z|[ECMP][SD]T)\s*(?:\(.*\))?\s*$/.exec(value.trim());
  return named ? (NAMED_ZONES[named[1] ?? ''] ?? null) : null;
}

const ONTENT = Buffer.from('ontent-');
const ONTENT_UPPER = Buffer.from('ONTENT-');
const LF = 0x0a;
const C_UPPER = 0x43;
const C_LOWER = 0x63;

/**
 * Fast upper bound on the number of MIME parts, checked before the parser builds them: the lines
 * starting "Content-Type:", "content-type:", "Content-type:" or "CONTENT-TYPE:". Two native
 * searches (for "ontent-" and "ONTENT-") find them all; the bytes around each hit say which.
 */
function countContentTypes(raw: Uint8Array): number {
  const buf = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  let count = 0;
  for (let at = buf.indexOf(ONTENT, 2); at !== -1; at = buf.indexOf(ONTENT, at + ONTENT.length)) {
    if (buf[at - 2] !== LF) continue;
    const first = buf[at - 1];
    if (first === C_UPPER ? bytesAre(buf, at + 7, 'Type:') || bytesAre(buf, at + 7, 'type:') : first === C_LOWER && bytesAre(buf, at + 7, 'type:')) count++;
  }
  for (let at = buf.indexOf(ONTENT_UPPER, 2); at !== -1; at = buf.indexOf(ONTENT_UPPER, at + ONTENT_UPPER.length)) {
    if (buf[at - 2] === LF && buf[at - 1] === C_UPPER && bytesAre(buf, at + 7, 'TYPE:')) count++;
  }
  return count;
}

function bytesAre(buf: Buffer, at: number, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (buf[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function dedupeLinks(links: Link[]): Link[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = `${l.url}\u0000${l.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
