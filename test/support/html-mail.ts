/**
 * A multipart mail with a text part, an HTML part and attachments, written out in full (base64
 * parts, CRLF) so a test can put hostile HTML and a zip holding a program through the real parser.
 */
import { strToU8, zipSync } from 'fflate';

export interface TestAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
  /** Inline parts are shown by the HTML (cid:), as a logo is. */
  contentId?: string;
}

export interface TestHtmlMail {
  from: string;
  subject: string;
  text: string;
  html: string;
  attachments?: TestAttachment[];
  date?: string;
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\r\n');

function part(type: string, body: Uint8Array, extra: string[] = []): string {
  return [`Content-Type: ${type}`, 'Content-Transfer-Encoding: base64', ...extra, '', base64(body)].join('\r\n');
}

export function htmlMail(m: TestHtmlMail): Uint8Array {
  const alternative = [
    '--alt',
    part('text/plain; charset=utf-8', strToU8(m.text)),
    '--alt',
    part('text/html; charset=utf-8', strToU8(m.html)),
    '--alt--',
  ].join('\r\n');
  const files = (m.attachments ?? []).map((a) =>
    part(`${a.contentType}; name="${a.filename}"`, a.content, a.contentId ? [`Content-ID: <${a.contentId}>`, `Content-Disposition: inline; filename="${a.filename}"`] : [`Content-Disposition: attachment; filename="${a.filename}"`]),
  );
  const lines = [
    `From: ${m.from}`,
    'To: sales@seller-factory.cn',
    `Subject: ${m.subject}`,
    `Date: ${m.date ?? 'Tue, 03 Nov 2026 09:15:00 +0100'}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="mixed"',
    '',
    '--mixed',
    'Content-Type: multipart/alternative; boundary="alt"',
    '',
    alternative,
    ...files.flatMap((f) => ['--mixed', f]),
    '--mixed--',
    '',
  ];
  return strToU8(lines.join('\r\n'));
}

/** A zip archive of the given files (name → text), as a sender's archiver makes it. */
export function zipOf(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

/** A 1×1 transparent GIF. */
export const PIXEL = Uint8Array.from(Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'));
