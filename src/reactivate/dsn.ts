/**
 * Delivery-status notifications as text → failed recipients. Pure: bounce.ts does the MIME part.
 * RFC 3464 reports are read field by field; the rest (qmail, Exim, Postfix, Sendmail, Exchange,
 * Gmail) by their well-known wording, which mail servers have kept stable for decades.
 */

export type BounceFormat = 'rfc3464' | 'qmail' | 'exim' | 'postfix' | 'sendmail' | 'exchange' | 'gmail';

export interface DeliveryFailure {
  address: string;
  /** Enhanced status ("5.1.1") when given, else the SMTP reply code ("550"), else null. */
  status: string | null;
  /** Only a permanent failure (5.x.x, or a report that says it gave up) marks the address dead. */
  permanent: boolean;
  diagnostic: string;
  format: BounceFormat;
}

// Not inside an IP address ("10.2.3.4" is no status 2.3.4).
const ENHANCED = /(?<![\d.])[245]\.\d{1,3}\.\d{1,3}(?!\.?\d)/;
const SMTP_CODE = /(?:^|[\s#'"(])([45][0-5]\d)(?=[\s-])/;
/** What may stand before the @ of an address (RFC 5322 atext and dots, ASCII as `\w` is). */
const LOCAL_PART_CHAR = /[\w.!#$%&'*+/=?^`{|}~-]/;
const DOMAIN = /[\w-]+(?:\.[\w-]+)+/y;
const DIAGNOSTIC_CHARS = 300;

function statusOf(text: string): string | null {
  return ENHANCED.exec(text)?.[0] ?? SMTP_CODE.exec(text)?.[1] ?? null;
}

/** RFC 3464 `message/delivery-status` body: a per-message block, then one block per recipient. */
export function parseDeliveryStatus(body: string): DeliveryFailure[] {
  const unfolded = body.replace(/\r\n/g, '\n').replace(/\n[ \t]+/g, ' ');
  const out: DeliveryFailure[] = [];
  for (const block of unfolded.split(/\n\s*\n/)) {
    const fields = new Map<string, string>();
    for (const line of block.split('\n')) {
      const m = /^([\w-]+):\s*(.*)$/.exec(line);
      if (m?.[1] && m[2] !== undefined) fields.set(m[1].toLowerCase(), m[2].trim());
    }
    const recipient = fields.get('final-recipient') ?? fields.get('original-recipient');
    const action = (fields.get('action') ?? '').toLowerCase();
    if (!recipient || !/^(?:failed|delayed)/.test(action)) continue; // delivered/relayed/expanded are not failures
    const address = afterType(recipient).replace(/^<|>$/g, '').toLowerCase();
    const diagnostic = afterType(fields.get('diagnostic-code') ?? '');
    const status = fields.get('status')?.match(ENHANCED)?.[0] ?? statusOf(diagnostic);
    // A "failed" action with no status at all is the server saying it gave up for good.
    const permanent = action.startsWith('failed') && (status === null || status.startsWith('5'));
    out.push({ address, status, permanent, diagnostic: clip(diagnostic), format: 'rfc3464' });
  }
  return out;
}

/** "rfc822; user@host" / "smtp; 550 …" → the part after the type. */
function afterType(value: string): string {
  const semi = value.indexOf(';');
  return (semi >= 0 ? value.slice(semi + 1) : value).trim();
}

/** Each format: the sentence that starts its report. */
const FORMATS: [BounceFormat, RegExp][] = [
  ['gmail', /\*\* ?(?:Address not found|Message not delivered|Message blocked|Delivery incomplete) ?\*\*/i],
  ['exchange', /Delivery (?:has failed|is delayed) to these recipients or (?:groups|distribution lists)/i],
  ['qmail', /This is the qmail-send program/i],
  ['sendmail', /-{3,} ?The following addresses had (?:permanent fatal|transient non-fatal) errors/i],
  ['postfix', /This is the mail system at host/i],
  ['exim', /This message was created automatically by mail delivery software/i],
];

/** Wording of "not yet, still trying" reports: these never mark an address dead, whatever code they quote. */
const TRANSIENT = /not a permanent error|still trying|has not yet been delivered|delivery attempts will continue|THIS IS A WARNING|WARNING MESSAGE ONLY|transient non-fatal|Delivery is delayed|Delivery incomplete|temporary problem|will (?:be )?retr(?:y|ied)/i;

/** Where the report ends and the copy of the original message (with our own address in it) begins. */
const END = /^\s*(?:-{2,} ?(?:Below this line|Enclosed are|This is a copy|Original message|Transcript of session|Message header|Returned message)|Original message headers:|Received: from )/im;

/**
 * A plain-text bounce → its failed recipients, or [] when the text is not a bounce we know.
 * `ignore` holds addresses that are never the failed recipient (the bounce's own To: our sender).
 */
export function parseBounceText(text: string, ignore: ReadonlySet<string> = new Set()): DeliveryFailure[] {
  const normal = text.replace(/\r\n/g, '\n');
  const found = FORMATS.map(([format, marker]) => ({ format, at: normal.search(marker) })).find((f) => f.at >= 0);
  if (!found) return [];
  const rest = normal.slice(found.at);
  const end = rest.slice(1).search(END);
  const report = end >= 0 ? rest.slice(0, end + 1) : rest;
  const transient = TRANSIENT.test(report);
  // Every mention of an address, in order; the text after a mention (up to the next mention) is
  // what the server said about it, which is where its status code is.
  const mentions = addressMentions(report).map((m) => ({ address: m.text.toLowerCase().replace(/\.$/, ''), at: m.at, end: m.at + m.text.length }));
  const said = new Map<string, string[]>();
  mentions.forEach((m, i) => {
    if (ignore.has(m.address) || /^(?:postmaster|mailer-daemon)@/.test(m.address)) return;
    const next = mentions[i + 1]?.at ?? report.length;
    const list = said.get(m.address) ?? [];
    list.push(report.slice(m.end, next));
    said.set(m.address, list);
  });
  return [...said].map(([address, segments]) => {
    const diagnostic = segments.join(' ').replace(/[\s<>:()]+/g, ' ').trim();
    const status = statusOf(segments.join('\n'));
    const permanent = !transient && (status === null || status.startsWith('5'));
    return { address, status, permanent, diagnostic: clip(diagnostic), format: found.format };
  });
}

/**
 * Every address in a text, in order: the same matches as a global scan with
 * /[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+/g, found from each @ outwards. That pattern, tried at
 * every position of a long run of letters with no @ after it, ran to the run's end and back from each
 * one: a bounce quoting 40,000 letters cost the square of that. Here each character is looked at a
 * bounded number of times.
 */
export function addressMentions(text: string): Array<{ text: string; at: number }> {
  const found: Array<{ text: string; at: number }> = [];
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, from))) {
    // The scan's match starts where the run of local-part characters before this @ starts, or where the last match ended.
    let start = at;
    while (start > from && LOCAL_PART_CHAR.test(text.charAt(start - 1))) start--;
    if (start === at) continue;
    DOMAIN.lastIndex = at + 1;
    if (!DOMAIN.test(text)) continue;
    found.push({ text: text.slice(start, DOMAIN.lastIndex), at: start });
    from = DOMAIN.lastIndex;
  }
  return found;
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= DIAGNOSTIC_CHARS ? one : `${one.slice(0, DIAGNOSTIC_CHARS - 1)}…`;
}
