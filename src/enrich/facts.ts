import type { Facts, PlatformFacts } from '../model/inquiry.js';
import type { ParsedMessage } from '../model/message.js';
import { countryOffsets, senderLocalHour } from './clock.js';
import { isFreeMail } from './freemail.js';
import { countryOfIp } from './geo.js';
import { type History, textFingerprint } from './history.js';

export interface FactOptions {
  history?: History;
  ownDomains?: string[];
  platform?: PlatformFacts | null;
}

/** Gathers, before scoring, every fact that needs data files or memory of other messages. */
export function gatherFacts(message: ParsedMessage, options: FactOptions = {}): Facts {
  const originCountry = countryOfIp(message.originIp);
  const sender = message.from?.address ?? '';
  const seen = options.history?.observe(sender, message.date ? Date.parse(message.date) : null, textFingerprint(message.text));
  const originOffsets = originCountry && message.date ? countryOffsets(originCountry, message.date) : [];
  return {
    originCountry,
    senderLocalHour: senderLocalHour(message.date, message.dateOffsetMinutes, originCountry, originOffsets),
    originOffsets,
    platform: options.platform ?? null,
    recentFromSender: seen?.recentFromSender ?? 0,
    sameTextSenders: seen?.sameTextSenders ?? 0,
    network: null,
    freeMailDomain: isFreeMail(domainOf(sender)),
    freeMailReplyTo: message.replyTo.find((r) => r.address && r.address !== sender && isFreeMail(domainOf(r.address)))?.address ?? null,
    ownDomains: options.ownDomains ?? [],
  };
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}
