import type { Extracted } from './extracted.js';
import type { ParsedMessage } from './message.js';

/** Platform fields (Alibaba.com-style exports); null when the message did not come through a platform. */
export interface PlatformFacts {
  accountAgeDays: number | null;
  productsViewed: number | null;
  inquiriesSent: number | null; // inquiries the buyer sent in the last days, platform-wide
  suppliersContacted: number | null; // suppliers this same inquiry went to
  registeredCountry: string | null;
}

/**
 * Facts the shell gathers before scoring (IP → country, time zones, history, optional network
 * checks), so the signals stay pure. A missing fact is null and never counts against a buyer.
 */
export interface Facts {
  originCountry: string | null;
  /** Hour of day (0–23) at the sender's location when the message was sent. */
  senderLocalHour: number | null;
  /** The UTC offsets (minutes) clocks show in originCountry during the year, standard and summer time. */
  originOffsets: number[];
  platform: PlatformFacts | null;
  /** Earlier messages from the same sender within the repeat window. */
  recentFromSender: number;
  /** Distinct senders seen with the same text. */
  sameTextSenders: number;
  /** Optional network checks; null when disabled or unanswered. */
  network: { hasMx: boolean | null; websiteNamesCompany: boolean | null; domainAgeDays: number | null } | null;
  freeMailDomain: boolean;
  /** A Reply-To on a free webmail provider that differs from the From address, else null. */
  freeMailReplyTo: string | null;
  /** The seller's own domains: mail from them is ours, links to them are not lookalikes. */
  ownDomains: string[];
}

/** Characters of text the phrase signals read (see Inquiry.lower). */
export const PHRASE_WINDOW = 3000;

/** Everything a signal may read about one message. */
export interface Inquiry {
  message: ParsedMessage;
  /**
   * Subject and the first 3,000 characters of text, lower-cased once: phrase checks read what a person
   * reads first, and the bound keeps a 1 MB newsletter as cheap as a one-line inquiry.
   */
  lower: string;
  extracted: Extracted;
  buyIntent: string[];
  facts: Facts;
  /** Probability that the text is spam, from the statistical model; null when no model. */
  spamProbability: number | null;
}
