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
  return {
    originCountry,
    senderLocalHour: senderLocalHour(message.date, message.dateOffsetMinutes, originCountry),
    originOffsets: originCountry && message.date ? countryOffsets(originCountry, message.date) : [],
    platform: options.platform ?? null,
    recentFromSender: seen?.recentFromSender ?? 0,
    sameTextSenders: seen?.sameTextSenders ?? 0,
    network: null,
    freeMailDomain: isFreeMail(sender.slice(sender.lastIndexOf('@') + 1)),
    ownDomains: options.ownDomains ?? [],
  };
}
