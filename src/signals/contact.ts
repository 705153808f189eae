import { addressDomain, domainInfo } from './domains.js';
import { readsAsBuyer } from './buyer.js';
import { defineSignal } from './signal.js';

export const contactSignals = [
  defineSignal({
    id: 'contact.messenger_only', group: 'contact', points: 2,
    en: 'Only a messenger id left: no company, phone or website', zh: '只留了聊天工具账号，无公司、电话、网址',
    check: (q) => {
      const x = q.extracted;
      // A "WhatsApp +234…" number is the messenger, not a company line, so a phone does not clear it.
      return x.messengers.length > 0 && !x.company && !x.website && !x.address ? x.messengers.slice(0, 3) : null;
    },
  }),
  defineSignal({
    id: 'contact.missing', group: 'contact', points: 1,
    en: 'No company, phone, address or website given', zh: '未留公司名称、电话、地址或网址',
    check: (q) => {
      const x = q.extracted;
      return q.buyIntent.length > 0 && !x.company && !x.phone && !x.website && !x.address && x.messengers.length === 0 ? ['—'] : null;
    },
  }),
  defineSignal({
    id: 'contact.free_mailbox', group: 'contact', points: 1,
    en: 'Free webmail rather than a company domain', zh: '使用免费邮箱而非企业邮箱',
    check: (q) => (q.facts.freeMailDomain && q.buyIntent.length > 0 ? [addressDomain(q.message.from?.address)] : null),
  }),
  defineSignal({
    id: 'contact.phone_invalid', group: 'contact', points: 2,
    en: 'Phone number is not valid for the claimed country', zh: '电话号码与声称的国家不符或无效',
    check: (q) => (q.extracted.phone && q.extracted.phoneValid === false ? [q.extracted.phone] : null),
  }),
  defineSignal({
    id: 'contact.complete', group: 'buyer', points: -3,
    en: 'Full contact details: company, phone and website or address', zh: '联系方式完整：公司、电话及网址或地址',
    check: (q) => {
      const x = q.extracted;
      return readsAsBuyer(q) && x.company && x.phone && x.phoneValid !== false && (x.website || x.address) ? [x.company, x.phone] : null;
    },
  }),
  defineSignal({
    id: 'contact.domain_matches_website', group: 'buyer', points: -2,
    en: 'E-mail domain matches the company website', zh: '邮箱域名与公司网址一致',
    check: (q) => {
      const website = q.extracted.website;
      const sender = addressDomain(q.message.from?.address);
      if (!website || !sender || q.facts.freeMailDomain || !readsAsBuyer(q)) return null;
      const host = website.replace(/^https?:\/\//i, '').split(/[/:?#]/)[0]?.toLowerCase() ?? '';
      return domainInfo(host).domain === domainInfo(sender).domain ? [domainInfo(sender).domain] : null;
    },
  }),
];
