import type { Inquiry } from '../model/inquiry.js';
import { addressDomain, domainInfo, imitatedBrand, isFreeHosting } from './domains.js';
import { BRANDS, BRANDS_NOT_IN_NAMES } from './lists/brands.js';
import { counted, defineSignal, matchedPhrases, nonEmpty } from './signal.js';

// Anchor texts and button labels that send the reader to a login page.
const LOGIN_ANCHOR = /\b(log ?in|sign ?in|verify|validate|confirm|update|unlock|restore|reactivate|view|open|access|review|download|retrieve|release|check)\b.{0,40}\b(account|mailbox|e-?mail|password|document|file|message|order|inquiry|invoice|payment|details|now|here|pdf|attachment|quote|quotation|statement|shipment|delivery|parcel|fax|voicemail)s?\b|^(click here|here|log ?in|sign ?in|verify( now)?|view|open|continue|get started|review( now)?|download|keep (my )?(current )?password|upgrade|confirm)$|登录|验证|查看订单|查看询盘/i;
// What the landing page will ask for: the reason the link is dangerous.
const CREDENTIAL_ASK = [
  /\b(your|e-?mail|mailbox|account) password\b/, /\bpassword (will )?expire/, /\b(verify|confirm|validate|update) (your )?(account|mailbox|e-?mail|identity|information|details|billing|payment)/,
  /\b(account|mailbox|e-?mail) (has been |will be )?(suspended|locked|limited|disabled|deactivated|closed|blocked|restricted|terminated)/,
  /\bunusual (sign-?in|activity|login)/, /\b(mailbox|storage|quota) (is )?(almost )?full\b|\bexceeded (your |the )?(storage|quota)/,
  /\b(login|log in|sign in) to (view|download|access|see|read|confirm|receive)\b/, /\bpending (incoming )?(messages|e-?mails)\b/,
  /\bshared (a |an )?(document|file|folder)s? with you\b/, /\b(failed|undelivered|held) (incoming )?messages?\b/,
  /\bre-?(validate|activate|confirm) (your )?(account|mailbox)/, /\b(secure|encrypted) (document|message|file)\b/,
  /输入(邮箱)?密码|账户(已被)?冻结|验证您的(账户|邮箱)/,
];
const URGENCY = [
  /\bwithin (24|48|72) ?hours\b/, /\bimmediately\b/, /\bfailure to (comply|verify|update|confirm)\b/, /\bfinal (notice|warning|reminder)\b/,
  /\b(will be|has been) (permanently )?(deleted|suspended|terminated|closed)\b/, /\burgent(ly)?\b/, /\baction required\b/,
  /\bexpires? (today|soon|in \d+)/, /\blast (chance|warning)\b/,
];

const BRAND_NAMES = Object.entries(BRANDS)
  .filter(([brand]) => !BRANDS_NOT_IN_NAMES.has(brand))
  .map(([brand, official]) => ({ official, pattern: new RegExp(`\\b${brand}\\b`) }));

function linkEvidence(inquiry: Inquiry, predicate: (host: string) => boolean): string[] {
  const hosts = new Set<string>();
  for (const link of inquiry.message.links) if (link.host && predicate(link.host)) hosts.add(link.host);
  return [...hosts].slice(0, 5);
}

function ownOrBrand(inquiry: Inquiry, host: string): boolean {
  return inquiry.facts.ownDomains.includes(domainInfo(host).domain);
}

export const phishingSignals = [
  defineSignal({
    id: 'phishing.credential_link', group: 'phishing', points: 9, decisive: true,
    en: 'Link asks you to log in to view an order or document', zh: '链接要求登录邮箱/账户才能查看订单或文件',
    check: (q) => {
      const asks = matchedPhrases(q.lower, CREDENTIAL_ASK);
      if (asks.length === 0) return null;
      const anchors = q.message.links.filter((l) => l.text && LOGIN_ANCHOR.test(l.text.trim()) && !ownOrBrand(q, l.host));
      return anchors.length > 0 ? [`${anchors[0]?.text} → ${anchors[0]?.host}`, ...asks] : null;
    },
  }),
  defineSignal({
    id: 'phishing.credential_request', group: 'phishing', points: 4,
    en: 'Asks to confirm a password or account to avoid a loss', zh: '以账户停用等理由要求确认密码或账户',
    check: (q) => (q.message.links.length > 0 || q.message.html ? counted(q.lower, [...CREDENTIAL_ASK, ...URGENCY], 2) : null),
  }),
  defineSignal({
    id: 'phishing.lookalike_domain', group: 'phishing', points: 7, decisive: true,
    en: 'Sender or link domain imitates a known brand', zh: '发件人或链接域名仿冒知名品牌或平台',
    check: (q) => {
      const evidence: string[] = [];
      const sender = addressDomain(q.message.from?.address);
      const senderBrand = sender ? imitatedBrand(domainInfo(sender).domain) : null;
      if (senderBrand) evidence.push(`${sender} ≈ ${senderBrand}`);
      for (const host of linkEvidence(q, (h) => !domainInfo(h).isIp)) {
        const brand = imitatedBrand(domainInfo(host).domain);
        if (brand) evidence.push(`${host} ≈ ${brand}`);
      }
      return nonEmpty(evidence.slice(0, 5));
    },
  }),
  defineSignal({
    id: 'phishing.brand_impersonation', group: 'phishing', points: 4,
    en: 'Sender name uses a brand its address does not belong to', zh: '发件人名称冒用品牌，但邮箱并非该品牌',
    check: (q) => {
      const name = (q.message.from?.name ?? '').toLowerCase();
      const domain = domainInfo(addressDomain(q.message.from?.address) || 'invalid').domain;
      for (const { official, pattern } of BRAND_NAMES) {
        if (pattern.test(name) && !official.includes(domain)) return [`${q.message.from?.name ?? ''} <${domain}>`];
      }
      return null;
    },
  }),
  defineSignal({
    id: 'phishing.ip_link', group: 'phishing', points: 4,
    en: 'Link points to a bare IP address', zh: '链接指向裸IP地址',
    check: (q) => nonEmpty(linkEvidence(q, (h) => domainInfo(h).isIp)),
  }),
  defineSignal({
    id: 'phishing.free_hosting_link', group: 'phishing', points: 3,
    en: 'Link goes to free hosting or a URL shortener', zh: '链接指向免费建站/短链接服务',
    check: (q) => nonEmpty(linkEvidence(q, isFreeHosting)),
  }),
  defineSignal({
    id: 'phishing.link_text_mismatch', group: 'phishing', points: 4,
    en: 'Link text shows one site but leads to another', zh: '链接文字显示的网址与实际跳转不符',
    check: (q) => {
      const evidence: string[] = [];
      for (const link of q.message.links) {
        const shown = /^(?:https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/:?#]|$)/i.exec(link.text.trim())?.[1]?.toLowerCase();
        if (!shown || !link.host || !/\.[a-z]{2,}$/.test(shown)) continue;
        if (domainInfo(shown).domain !== domainInfo(link.host).domain) evidence.push(`${shown} → ${link.host}`);
      }
      return nonEmpty(evidence.slice(0, 3));
    },
  }),
  defineSignal({
    id: 'phishing.password_form', group: 'phishing', points: 6, decisive: true,
    en: 'Mail contains a form asking for a password', zh: '邮件内含要求输入密码的表单',
    check: (q) => (q.message.html && /<input\b[^>]*type\s*=\s*["']?password/i.test(q.message.html) ? ['<input type=password>'] : null),
  }),
];
