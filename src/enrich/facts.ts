import type { Facts, PlatformFacts } from '../model/inquiry.js';
import type { ParsedMessage } from '../model/message.js';
import { countryOffsets, senderLocalHour } from './clock.js';
import { isFreeMail } from './freemail.js';
import { countryOfIp } from './geo.js';
import { type HistoryKey, textFingerprint } from './history.js';

export interface FactOptions {
  ownDomains?: string[];
  platform?: PlatformFacts | null;
}

/**
 * Gathers, before scoring, every fact that needs data files. Facts that need other messages
 * (recentFromSender, sameTextSenders) start at 0 and are filled from the run's History.
 */
export function gatherFacts(message: ParsedMessage, options: FactOptions = {}): Facts {
  const originCountry = countryOfIp(message.originIp);
  const sender = message.from?.address ?? '';
  return {
    originCountry,
    senderLocalHour: senderLocalHour(message.date, message.dateOffsetMinutes, originCountry),
    originOffsets: originCountry ? countryOffsets(originCountry) : [],
    platform: options.platform ?? null,
    recentFromSender: 0,
    sameTextSenders: 0,
    network: null,
    freeMailDomain: isFreeMail(domainOf(sender)),
    freeMailReplyTo: message.replyTo.find((r) => r.address && r.address !== sender && isFreeMail(domainOf(r.address)))?.address ?? null,
    ownDomains: options.ownDomains ?? [],
  };
}

/** What the run's History needs to know of a message. */
export function historyKey(message: ParsedMessage): HistoryKey {
  return { sender: message.from?.address ?? '', timeMs: message.date ? Date.parse(message.date) : null, textKey: textFingerprint(message.text) };
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}
