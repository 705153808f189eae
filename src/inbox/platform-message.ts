/**
 * A message that did not come as mail (a platform inquiry row, a chat line) made into the same
 * shape as mail, so the same signals, extraction and decision apply, platform signals included.
 */
import { createHash } from 'node:crypto';
import type { BayesModel } from '../bayes/model.js';
import { gatherFacts, historyKey } from '../enrich/facts.js';
import { History } from '../enrich/history.js';
import type { ParsedMessage } from '../model/message.js';
import { finishWithMessage } from '../pipeline/triage-stream.js';
import type { Channel } from '../store/schema.js';
import { analyse } from '../triage/triage.js';
import type { IncomingMessage } from '../store/intake.js';

export interface PlatformFields {
  channel: Extract<Channel, 'platform' | 'chat'>;
  source: string;
  buyerId?: string;
  from?: string;
  name?: string;
  company?: string;
  country?: string;
  subject?: string;
  text: string;
  at?: string;
  externalId?: string;
  product?: string;
  accountAgeDays?: number;
  productsViewed?: number;
  inquiriesSent?: number;
  suppliersContacted?: number;
}

export function platformIncoming(fields: PlatformFields, model: BayesModel | null, receivedNow: string): IncomingMessage {
  const from = fields.from?.trim().toLowerCase() ?? '';
  const date = fields.at ? new Date(fields.at).toISOString() : receivedNow;
  // Company and country written as a signature, where the extraction reads them in mail too.
  const signature = [fields.name, fields.company, fields.country].filter(Boolean).join('\n');
  const text = signature ? `${fields.text}\n\n${signature}` : fields.text;
  const subject = fields.subject ?? (fields.product ? `Inquiry about ${fields.product}` : '');
  const message: ParsedMessage = {
    messageId: null,
    subject,
    from: from || fields.name ? { name: fields.name ?? '', address: from } : null,
    envelopeFrom: null,
    replyTo: [],
    to: [],
    date,
    dateOffsetMinutes: null,
    text,
    html: null,
    links: [],
    attachments: [],
    received: [],
    originIp: null,
    headers: {},
    rawSize: text.length,
  };
  const platform = {
    accountAgeDays: fields.accountAgeDays ?? null,
    productsViewed: fields.productsViewed ?? null,
    inquiriesSent: fields.inquiriesSent ?? null,
    suppliersContacted: fields.suppliersContacted ?? null,
    registeredCountry: fields.country?.toUpperCase() ?? null,
  };
  const facts = gatherFacts(message, { platform });
  const analysis = analyse(message, facts, { model });
  const { record } = finishWithMessage({ source: fields.source, index: 0, analysis, history: historyKey(message) }, new History());
  const identity = fields.externalId ? `ext:${fields.channel}:${fields.externalId}` : `sha256:${createHash('sha256').update(JSON.stringify([fields.channel, fields.buyerId, from, fields.at ?? '', subject, fields.text])).digest('hex')}`;
  return {
    dedupKey: identity,
    channel: fields.channel,
    direction: 'in',
    record,
    body: text,
    fromName: fields.name ?? null,
    inReplyTo: null,
    references: [],
    receivedAt: date,
    rawGzip: null,
    platformBuyerId: fields.buyerId ?? null,
    source: fields.source,
  };
}
