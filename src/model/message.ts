/** A parsed e-mail as plain data. The ingest layer produces it and never judges it. */

export interface Address {
  name: string;
  address: string; // lower-cased; "" when the header had no address
}

export interface Link {
  url: string;
  host: string; // lower-cased host name or IP literal; "" when the URL has none
  text: string; // the anchor text for HTML links, "" for bare URLs in text
}

export interface AttachmentInfo {
  filename: string;
  mimeType: string;
  size: number; // bytes after transfer decoding
  /** Names of the files inside a zip archive; empty when not an archive or unreadable. */
  innerNames: string[];
  /** True when the part was inline (e.g. a logo image referenced by the HTML). */
  inline: boolean;
}

export interface ReceivedHop {
  from: string; // the "from" host as written
  ip: string | null;
  by: string;
}

export interface ParsedMessage {
  messageId: string | null;
  subject: string;
  from: Address | null;
  /** The Sender/Return-Path address, when it differs from From. */
  envelopeFrom: string | null;
  replyTo: Address[];
  to: Address[];
  /** ISO 8601 date in UTC, or null when the Date header is missing or unreadable. */
  date: string | null;
  /** The offset the sender's clock wrote into the Date header, in minutes east of UTC. */
  dateOffsetMinutes: number | null;
  /** Plain text of the message: the text part, or the HTML part turned into text. */
  text: string;
  html: string | null;
  links: Link[];
  attachments: AttachmentInfo[];
  received: ReceivedHop[];
  /** First hop outside the recipient's own servers (a public IP), or null. */
  originIp: string | null;
  /** A few lower-cased headers the signals read (list-id, precedence, auto-submitted, x-mailer…). */
  headers: Record<string, string>;
  rawSize: number;
}
