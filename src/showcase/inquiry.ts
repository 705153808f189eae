/** What the showcase and keyword ranking reads of one stored inquiry (never junk: the store leaves it out). */
export interface ShowcaseInquiry {
  /** ISO 8601, UTC. */
  receivedAt: string;
  /** ISO 3166 alpha-2 of the buyer, or null when unknown. */
  country: string | null;
  /** The product phrases extraction found (subject first), as the buyer wrote them. */
  products: string[];
  /** Subject and the start of the body: where the buyer's own words for the product are. */
  text: string;
}

/** The windows the ranking counts in, in days before the reference time. */
export const RECENT_DAYS = 30;
export const WINDOW_DAYS = 90;
