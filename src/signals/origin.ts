import { addressDomain, domainInfo } from './domains.js';
import { defineSignal } from './signal.js';

function claimedCountry(q: { extracted: { country: string | null }; facts: { platform: { registeredCountry: string | null } | null } }): string | null {
  return q.facts.platform?.registeredCountry ?? q.extracted.country;
}

// What our receiving server concluded about the sender (RFC 8601). Only the topmost header is read: lower
// ones came with the message and could be forged, and only failures count, which no sender would forge.
const AUTH_FAILED = /\b(dmarc=fail|compauth=fail)\b[^;]*/i;

/**
 * A mailbox name of random letters ("uhguqzqftkh", "xngkvlwwxyz") that bulk tools invent per message. People's
 * mailboxes are pronounceable or built from their name ("jschwartz" for Jan Schwartz), so an address whose
 * letters share nothing with the name shown and could not be said aloud was made by a machine.
 */
function gibberishMailbox(address: string, displayName: string): boolean {
  const local = address.slice(0, address.indexOf('@'));
  if (!/^[a-z]{7,}$/.test(local)) return false;
  const longestConsonantRun = Math.max(...(local.match(/[^aeiouy]+/g) ?? ['']).map((run) => run.length));
  const vowelShare = (local.match(/[aeiouy]/g)?.length ?? 0) / local.length;
  const nameParts = displayName.toLowerCase().normalize('NFKD').split(/[^a-z]+/).filter((part) => part.length >= 3);
  if (nameParts.some((part) => local.includes(part.slice(0, 4)))) return false;
  // Without a name to compare, only the unmistakable: six consonants in a row or almost no vowels.
  return nameParts.length > 0 ? longestConsonantRun >= 5 || vowelShare < 0.2 : longestConsonantRun >= 6 || vowelShare < 0.15;
}

export const originSignals = [
  defineSignal({
    id: 'origin.auth_failed', group: 'origin', points: 3,
    en: 'Our mail server found the sender domain forged (DMARC)', zh: '收件服务器判定发件域名被冒用（DMARC 未通过）',
    check: (q) => {
      const failed = AUTH_FAILED.exec(q.message.headers['authentication-results'] ?? '')?.[0];
      return failed ? [failed.trim().slice(0, 120)] : null;
    },
  }),
  defineSignal({
    id: 'origin.geo_mismatch', group: 'weak', points: 1,
    en: 'Claimed country differs from where the mail was sent', zh: '声称的国家与发件IP所在国家不符',
    check: (q) => {
      const claimed = claimedCountry(q);
      const origin = q.facts.originCountry;
      // Webmail relays show the provider's country, not the buyer's: only trust a company mail server.
      if (!claimed || !origin || claimed === origin || q.facts.freeMailDomain) return null;
      return [`${claimed} ≠ IP ${origin}`];
    },
  }),
  defineSignal({
    id: 'origin.odd_hour', group: 'weak', points: 1,
    en: 'Sent in the middle of the night at the sender’s location', zh: '发件时间为发件地深夜',
    check: (q) => {
      const hour = q.facts.senderLocalHour;
      // A webmail relay's country is the provider's, so its night is not the sender's.
      if (hour === null || hour >= 5 || !q.facts.originCountry || q.facts.freeMailDomain) return null;
      return [`${String(hour).padStart(2, '0')}:00 ${q.facts.originCountry}`];
    },
  }),
  defineSignal({
    id: 'origin.clock_mismatch', group: 'weak', points: 1,
    en: 'Sender’s clock zone does not fit the sending country', zh: '发件时区与发件IP国家不符',
    check: (q) => {
      const offset = q.message.dateOffsetMinutes;
      const offsets = q.facts.originOffsets;
      // A webmail provider's relay says nothing about where its user sits.
      if (offset === null || offsets.length === 0 || offsets.includes(offset) || offset === 0 || q.facts.freeMailDomain) return null;
      const sign = offset < 0 ? '-' : '+';
      return [`${sign}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}${String(Math.abs(offset) % 60).padStart(2, '0')} vs ${q.facts.originCountry ?? '?'}`];
    },
  }),
  defineSignal({
    id: 'origin.reply_to_free_mail', group: 'origin', points: 3,
    en: 'Replies go to a different, free mailbox', zh: '回复地址被改到另一个免费邮箱',
    check: (q) => (q.facts.freeMailReplyTo ? [`${q.message.from?.address ?? ''} → ${q.facts.freeMailReplyTo}`] : null),
  }),
  defineSignal({
    id: 'origin.malformed_from', group: 'origin', points: 3,
    en: 'From header is malformed, as bulk-mailing tools write it', zh: '发件人字段格式错误，常见于群发工具',
    check: (q) => {
      // A platform inquiry or a chat line has no From header at all: only mail can carry a malformed one.
      if (q.facts.platform) return null;
      const raw = q.message.headers.from;
      if (raw === undefined) return ['(no From)'];
      if (/^[^"<]*,[^"<]*</.test(raw) || /<\s*>/.test(raw) || !raw.includes('@')) return [raw.slice(0, 80)];
      // Mail that crossed the internet comes from a full domain name: "notifica@correios" or "x@%host.net" was typed by a bulk tool.
      const domain = addressDomain(q.message.from?.address);
      return domain && (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain) || /^[\d.]+$/.test(domain)) && !q.facts.ownDomains.includes(domain) ? [q.message.from?.address ?? raw.slice(0, 80)] : null;
    },
  }),
  defineSignal({
    id: 'origin.default_tenant_domain', group: 'origin', points: 2,
    en: 'Sent from a Microsoft 365 tenant address (….onmicrosoft.com)', zh: '发自 Microsoft 365 租户默认域名（….onmicrosoft.com）',
    // Every Microsoft 365 tenant, a free trial included, gets a name.onmicrosoft.com address before it has a domain:
    // lures are sent from throw-away tenants, a company writes from its own domain. Not decisive: a small firm may
    // never have set one up, and our own tenant is named in --own-domain.
    check: (q) => {
      const domain = addressDomain(q.message.from?.address);
      return domain.endsWith('.onmicrosoft.com') && !q.facts.ownDomains.includes(domain) ? [q.message.from?.address ?? domain] : null;
    },
  }),
  defineSignal({
    id: 'origin.gibberish_sender', group: 'origin', points: 2,
    en: 'Sender mailbox is random letters unrelated to its name', zh: '发件邮箱名是与发件人名称无关的随机字母',
    check: (q) => {
      const from = q.message.from;
      if (!from || q.facts.ownDomains.includes(addressDomain(from.address))) return null;
      return gibberishMailbox(from.address, from.name) ? [`${from.name} <${from.address}>`.trim()] : null;
    },
  }),
  defineSignal({
    id: 'origin.display_name_address', group: 'origin', points: 2,
    en: 'Sender name shows another e-mail address', zh: '发件人名称中显示的是另一个邮箱地址',
    check: (q) => {
      // Marks and invisible characters strewn through the shown address ("service.amܿazoܿn.cܿom") do not hide it.
      const name = (q.message.from?.name ?? '').normalize('NFKD').replace(/[\p{M}\u00ad\u200b-\u200f\u2060\ufeff]/gu, '');
      const shown = /[\w.+-]+@[\w-]+(\.[\w-]+)+/.exec(name)?.[0]?.toLowerCase();
      const real = q.message.from?.address ?? '';
      return shown && shown !== real && domainInfo(addressDomain(shown)).domain !== domainInfo(addressDomain(real) || 'invalid').domain ? [`${shown} ≠ ${real}`] : null;
    },
  }),
];
