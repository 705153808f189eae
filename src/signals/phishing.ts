import { hasEscapedHost } from '../ingest/links.js';
import type { Inquiry } from '../model/inquiry.js';
import { mayMatch } from '../regex/may-match.js';
import { addressDomain, domainInfo, imitatedBrand, isFileShare, isFreeHosting, isOfficialBrandDomain, isShortener } from './domains.js';
import { PHISHING_CUES } from './lists/phrases.js';
import { cueTier, defineSignal, matchedPhrases, nonEmpty } from './signal.js';

// Anchor texts and buttons that send the reader to a login page, in the languages lures come in.
const LOGIN_ANCHOR = /\b(log ?in|sign ?in|log ?on|sign ?on|(online|internet) banking|verify|validate|prove (your )?identity|confirm (your )?(identity|account|details|information|records)|unlock|reactivate|restore|secure (my )?account|update (your )?(account|billing|payment|details|now|here)|(view|open|download|access)( the)? (document|file|invoice|order|inquiry|pdf|statement|voicemail|payment|message)s?|keep (same |my )?password|upgrade (mailbox|storage)|release (messages|e-?mails)|claim (your|now|reward|airdrop)|track (your )?(parcel|package|shipment)|pay (the )?fee|resgat\p{L}*|atualiz\p{L}*|bestätig\p{L}*|verifizier\p{L}*|vérifi\p{L}*|verific\p{L}*)(?![\p{L}])|登录|验证|查看(订单|询盘|文件)/iu;
// eslint-disable-next-line no-misleading-character-class -- a lone combining grapheme joiner is the point
const INVISIBLE = /[\u00ad\u034f\u200b-\u200f\u2060\ufeff]/g;
const OBFUSCATION: readonly RegExp[] = [
  /[\u{1d400}-\u{1d7ff}]/u, // mathematical bold/italic letters that read like ASCII
  // eslint-disable-next-line no-misleading-character-class -- a lone combining grapheme joiner is the point
  /[\u00ad\u034f\u200b-\u200f\u2060\ufeff]/, // invisible characters that break up a filtered word
  // Cyrillic or Greek letters that look Latin, inside a Latin word ("Micrоsoft"); μ and Ω in "5μm", "10kΩ" are units.
  /[a-z][аеорсухіјѕԁԛԝАВЕКМНОРСТХοαερτυνκΟΑΒΕΖΗΙΚΜΝΡΤΥΧ]|[аеорсухіјѕԁԛԝАВЕКМНОРСТХοαερτυνκΟΑΒΕΖΗΙΚΜΝΡΤΥΧ][a-z]/i,
  /\b[a-z]{2,}0[a-z]{2,}\b/, // a zero for an o: "acc0unt"
  // The same in a capitalised word, also at its ends or next to underscores: "C0NSUMER", "INFORMATI0N", "H0USE".
  /(?<![a-z\d])(?=(?:0*[a-z]){4})[a-z]*[a-z]0[a-z0]*(?![a-z\d])/i,
  // A Latin letter carrying a combining mark of another script ("amܿazoܿn" with Syriac marks): Latin accents
  // (U+0300–U+036F) are how é and ñ are sometimes written, these are not.
  // eslint-disable-next-line no-misleading-character-class -- lone combining marks are the point
  /[a-z][\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u06d6-\u06ed\u0711\u0730-\u074a\u07a6-\u07b0\u0900-\u0903\u093a-\u094f\u20d0-\u20ff\ufe20-\ufe2f]/,
  // A name spelt out letter by letter so no word filter sees it: "N.E.T.F.L.I.X", "A D A C".
  /(?<![\p{L}\p{N}.])(?:\p{Lu}[. ]){3,}\p{Lu}(?![\p{L}\p{N}])/u,
];
// Brands lures put in the sender's name ("PayPal", "Accounts PayPal", "Equipo de Google Drive"); the domain then
// must carry the brand's token. Apple and Chase are also first names ("Apple Wang"), so only their service names count.
const BRANDS_ANYWHERE = 'paypal|microsoft|office ?365|onedrive|sharepoint|dhl|fedex|maersk|netflix|apple (?:support|id|icloud|store|pay)|icloud|wetransfer|docusign|adobe|dropbox|metamask|coinbase|binance|kraken|ethereum|tether|blockchain\\.com|disney ?(?:plus|\\+)|bybit|kucoin|opensea|google|facebook|instagram|linkedin|chase bank|wells ?fargo|bank of america|citibank|hsbc|usps|trust ?wallet|payoneer|worldfirst|xtransfer|western union|moneygram|revolut|spotify|mcafee|norton|siriusxm|booking\\.com|airbnb|royal mail|canada post|la poste|correios|correos|poste italiane|deutsche post|postnl|dpd|evri|chronopost|colissimo|aramex|sparkasse|commerzbank|deutsche bank|postbank|bbva|bradesco|nubank|banco do brasil|mercado ?(?:pago|livre|libre)|hmrc|receita federal|minist[ée]rio da fazenda|detran';
// Marketplaces and apps a buyer may name as their own channel ("Mike - Amazon FBA", "Zoom Trading") and words that are
// also names or places (Santander, Ledger, Caixa) count only where a lure puts them: first.
const BRANDS_FIRST_ONLY = 'ups|outlook|whatsapp|telegram|zoom|yahoo|ledger|amazon|alibaba|aliexpress|ebay|made-in-china|global ?sources|dhgate|indiamart|tradekey|shopify|costco|walmart|tiktok|ita[uú]|santander|caixa|irs';
/** A sender name as it reads: without invisible characters, combining marks strewn over the letters ("Aܿmܿaܿzܿoܿn") or an apostrophe inside a word ("D'isney"). */
function readableName(name: string): string {
  return name.normalize('NFKC').replace(INVISIBLE, '').replace(/\p{M}/gu, '').replace(/(?<=\p{L})['’`](?=\p{L})/gu, '').toLowerCase().trim();
}
const BRAND_IN_NAME = new RegExp(`^(${BRANDS_FIRST_ONLY})(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(${BRANDS_ANYWHERE})(?![\\p{L}\\p{N}])`, 'u');

// The authority of a web link: what sits between "//" and the path, query or fragment.
const AUTHORITY = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\s]*)/i;

// A mass mailer without the recipient's name greets the address instead: "Dear sales@yourfactory.com".
// "Dear sales@x.example," or the bare address as the first word, followed by a comma ("username@domain.com, If your…").
const GREETED_ADDRESS = /\b(?:dear|hello|hi|hallo|olá|ola|beste|bonjour|estimado|hola|ciao|prezado\(a\)|prezado|caro)\s*[,:]?\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)*)|^\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*,/;

// Lures that carry their link or form inside an attached document, out of reach of link checks.
const DOCUMENT = /\.(pdf|docx?|xlsx?|odt|rtf)$/i;
const LURE_TEXT_MAX = 600; // characters: the mail itself only points at the attachment

function hostsWhere(inquiry: Inquiry, predicate: (host: string) => boolean): string[] {
  const hosts = new Set<string>();
  for (const link of inquiry.message.links) if (link.host && predicate(link.host)) hosts.add(link.host);
  return [...hosts].slice(0, 5);
}

const GOOGLE_FORM = /^(?:https?:\/\/)?docs\.google\.com\/forms\//i;

// Mail-security gateways rewrite every link; the written URL and the gateway's host always differ.
const LINK_REWRITERS = /(^|\.)(safelinks\.protection\.outlook\.com|urldefense\.(com|proofpoint\.com)|protect-\w+\.mimecast\.com|linkprotect\.cudasvc\.com|clicktime\.symantec\.com)$/;

function loginLinks(q: Inquiry): string[] {
  return q.message.links
    .filter((l) => l.text && l.text.length <= 80 && LOGIN_ANCHOR.test(l.text) && !trustedHost(q, l.host))
    .map((l) => `${l.text} → ${l.host}`)
    .slice(0, 3);
}

/** Our own domains and the platforms' real ones: a "View inquiry" link to message.alibaba.com is the real thing. */
function trustedHost(q: Inquiry, host: string): boolean {
  const domain = domainInfo(host).domain;
  return q.facts.ownDomains.includes(domain) || isOfficialBrandDomain(domain);
}

// An order, payment or quotation sent as a form to fill in ("I've invited you to fill in the following form: TO：Order"):
// a buyer sends its order, it does not ask the seller to type one into Google Forms. A survey or a sign-up form stays clear.
const FORM_INVITE = /\binvited you to fill (?:in|out) (?:the following |a |this |an? online )?form\b[^\n]{0,80}/;
const ORDER_WORDS = /\b(?:order|po|purchase|invoice|payment|quotation|quote|rfq|inquiry|enquiry|contract)\b|订单|询价|付款/;

// "I wanted to order an item from your webshop but can't find the product any more; it looks like this: bit.ly/…" The
// known webshop lure: the "product" is a link to malware or a login page. A buyer names the product or sends a photo.
const PRODUCT_GONE = new RegExp([
  String.raw`\b(?:can ?not|can'?t|could ?not|couldn'?t|unable to|do ?n[o']t|did ?n[o']t) (?:find|see|locate) (?:the |this |that |an? |your )?(?:product|item|article|model)s? (?:any ?more |anywhere |again )?(?:on|in) (?:your|the) (?:web ?)?(?:site|shop|store|webshop|catalog(?:ue)?)\b`,
  String.raw`\bkan (?:het|dit|dat) (?:product|artikel) (?:niet meer|nergens) (?:vinden|terugvinden)\b|\bkann (?:das|den|dieses|diesen) (?:produkt|artikel) nicht mehr finden\b`,
  String.raw`\bje ne (?:trouve|retrouve) plus (?:le|ce|cet) (?:produit|article)\b|\bno (?:encuentro|consigo encontrar) (?:el|este|ese) (?:producto|art[ií]culo)\b`,
].join('|'));

// A message that is a shared-file link and hardly a word: what the file is, and why you should open it, is left out.
const BARE_LINK_MAX_WORDS = 3;
const URL_TEXT = /\S*(?:https?:\/\/|www\.)\S*/g;
const WORD = /\p{L}{2}/u;

const EXPLICIT_PORT = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s@]*?:(\d{1,5})(?:[/?#]|$)/i;
const USUAL_PORTS = new Set(['80', '443', '8080', '8443']);

export const phishingSignals = [
  defineSignal({
    id: 'phishing.credential_link', group: 'phishing', points: 9, decisive: true,
    en: 'Link asks you to log in to view an order or document', zh: '链接要求登录邮箱/账户才能查看订单或文件',
    check: (q) => {
      const links = loginLinks(q);
      const asks = links.length > 0 ? cueTier(q, PHISHING_CUES, 2) : null;
      return asks ? [...links, ...asks] : null;
    },
  }),
  defineSignal({
    id: 'phishing.login_link', group: 'phishing', points: 3,
    en: 'Link labelled “log in / verify / view document”', zh: '链接文字为“登录/验证/查看文件”等',
    check: (q) => nonEmpty(loginLinks(q)),
  }),
  defineSignal({
    id: 'phishing.cues', group: 'phishing', points: 3,
    en: 'Several phishing phrases: password, suspended, verify…', zh: '多处钓鱼措辞：密码、账户停用、验证等',
    check: (q) => cueTier(q, PHISHING_CUES, 2),
  }),
  defineSignal({
    id: 'phishing.cue', group: 'weak', points: 1,
    en: 'One phishing phrase (password, mailbox, verify…)', zh: '出现一处钓鱼常见措辞',
    check: (q) => cueTier(q, PHISHING_CUES, 1, 1),
  }),
  defineSignal({
    id: 'phishing.lookalike_domain', group: 'phishing', points: 7,
    en: 'Sender or link domain imitates a known brand', zh: '发件人或链接域名仿冒知名品牌或平台',
    check: (q) => {
      const evidence: string[] = [];
      const sender = addressDomain(q.message.from?.address);
      const senderBrand = sender ? imitatedBrand(domainInfo(sender).domain) : null;
      if (senderBrand) evidence.push(`${sender} ≈ ${senderBrand}`);
      for (const host of hostsWhere(q, (h) => !domainInfo(h).isIp)) {
        const brand = imitatedBrand(domainInfo(host).domain);
        if (brand) evidence.push(`${host} ≈ ${brand}`);
      }
      return nonEmpty(evidence.slice(0, 5));
    },
  }),
  defineSignal({
    id: 'phishing.brand_display_name', group: 'phishing', points: 3,
    en: 'Sender name carries a brand its address is not from', zh: '发件人名称带有品牌，但邮箱并非该品牌',
    check: (q) => {
      const name = readableName(q.message.from?.name ?? '');
      // "Pay.Pal.", "P-a-y-P-a-l": a brand broken up with dots or dashes so a filter on the name misses it.
      const found = BRAND_IN_NAME.exec(name) ?? BRAND_IN_NAME.exec(name.replace(/(?<=\p{L})[.\-_*](?=\p{L})/gu, ''));
      const brand = found?.[1] ?? found?.[2];
      const sender = addressDomain(q.message.from?.address);
      // Outlook's own test message and a colleague's "Microsoft Teams" invite come from our own domain.
      if (!brand || q.facts.ownDomains.includes(domainInfo(sender || 'invalid').domain)) return null;
      // "booking.com" and "made-in-china" are compared as the domain is, without dots and hyphens.
      const token = (brand.split(' ')[0] ?? brand).replace('office365', 'office').replace(/[-.]/g, '');
      const domain = sender.replace(/[-.]/g, '');
      return domain.includes(token) ? null : [`${q.message.from?.name ?? ''} <${q.message.from?.address ?? ''}>`];
    },
  }),
  defineSignal({
    id: 'phishing.recipient_in_subject', group: 'phishing', points: 3,
    en: 'An e-mail address stands in the subject or greeting', zh: '主题或称呼处直接写着邮箱地址（群发模板）',
    check: (q) => {
      if (q.message.headers['list-id']) return null;
      const subject = q.message.subject.toLowerCase();
      const greeting = GREETED_ADDRESS.exec(q.lower.slice(q.message.subject.length, q.message.subject.length + 400));
      const greeted = greeting?.[1] ?? greeting?.[2];
      for (const { address } of q.message.to) {
        if (address.length >= 6 && (subject.includes(address) || greeted === address)) return [address];
      }
      // Greeting an address at all ("Hello sales-list@lists.example,") is a mail merge filled with the address.
      return greeted ? [greeted] : null;
    },
  }),
  defineSignal({
    id: 'phishing.obfuscated_text', group: 'phishing', points: 3,
    en: 'Sender name or subject disguised with look-alike characters', zh: '发件人名称或主题用形近/隐形字符伪装',
    check: (q) => nonEmpty(matchedPhrases(`${q.message.from?.name ?? ''}\n${q.message.subject}`, OBFUSCATION).map((m) => JSON.stringify(m))),
  }),
  defineSignal({
    id: 'phishing.escaped_host_link', group: 'phishing', points: 3,
    en: 'Link spells its site in %-escapes to hide it', zh: '链接用%编码书写网址，以隐藏真实网站',
    check: (q) => {
      const found = new Set<string>();
      for (const { url, host } of q.message.links) if (hasEscapedHost(url)) found.add(`${url.slice(0, 80)} → ${host || '?'}`);
      return nonEmpty([...found].slice(0, 3));
    },
  }),
  defineSignal({
    id: 'phishing.userinfo_link', group: 'phishing', points: 3,
    en: 'Link hides its real site behind "name@" (www.bank.com@evil)', zh: '链接用“名称@”掩盖真实网站（www.bank.com@evil）',
    check: (q) => {
      const found = new Set<string>();
      for (const { url, host } of q.message.links) {
        // Everything before an "@" in the authority is a user name the browser drops: the site is what follows it.
        const authority = AUTHORITY.exec(url)?.[1] ?? '';
        if (authority.includes('@')) found.add(`${url.slice(0, 100)} → ${host || authority.slice(authority.lastIndexOf('@') + 1)}`);
      }
      return nonEmpty([...found].slice(0, 3));
    },
  }),
  defineSignal({
    id: 'phishing.ip_link', group: 'phishing', points: 3,
    en: 'Link points to a bare IP address', zh: '链接指向裸IP地址',
    check: (q) => nonEmpty(hostsWhere(q, (h) => domainInfo(h).isIp)),
  }),
  defineSignal({
    id: 'phishing.odd_port_link', group: 'weak', points: 1,
    en: 'Link names an unusual port (http://host:880/)', zh: '链接带非常规端口号（如 http://host:880/）',
    // SpamAssassin's WEIRD_PORT: a lure hosted on a hijacked machine's spare port. 8080 and 8443 are a site's own.
    check: (q) => {
      const ports = q.message.links.map((l) => EXPLICIT_PORT.exec(l.url)?.[1]).filter((p): p is string => !!p && !USUAL_PORTS.has(p));
      return nonEmpty([...new Set(ports)].slice(0, 3).map((p) => `:${p}`));
    },
  }),
  defineSignal({
    id: 'phishing.free_hosting_link', group: 'phishing', points: 3,
    en: 'Link goes to free hosting or a form service', zh: '链接指向免费建站或表单服务',
    check: (q) => {
      // Google Forms lives under docs.google.com, beside Docs itself: the path tells a form (forms.gle is its short link).
      const forms = q.message.links.some((l) => GOOGLE_FORM.test(l.url)) ? ['docs.google.com/forms'] : [];
      return nonEmpty([...hostsWhere(q, isFreeHosting), ...forms]);
    },
  }),
  defineSignal({
    id: 'phishing.order_form', group: 'phishing', points: 3,
    en: 'An order or payment sent as a form for you to fill in', zh: '“订单/付款”以在线表单形式发来，要你填写',
    check: (q) => {
      const invite = q.lower.includes('invited you to fill') ? FORM_INVITE.exec(q.lower) : null;
      return invite && ORDER_WORDS.test(`${q.message.subject.toLowerCase()}\n${invite[0]}`) ? [invite[0].trim()] : null;
    },
  }),
  defineSignal({
    id: 'phishing.product_link', group: 'phishing', points: 3,
    en: 'Cannot find your product, shows it by a link instead', zh: '称在你网站找不到某产品，却只发来一个链接',
    check: (q) => {
      const gone = mayMatch(PRODUCT_GONE, q.lower) ? PRODUCT_GONE.exec(q.lower) : null;
      if (!gone) return null;
      const sender = domainInfo(addressDomain(q.message.from?.address) || 'invalid').domain;
      const elsewhere = hostsWhere(q, (h) => domainInfo(h).domain !== sender && !trustedHost(q, h));
      return elsewhere.length > 0 ? [gone[0], ...elsewhere.slice(0, 2)] : null;
    },
  }),
  defineSignal({
    id: 'phishing.bare_file_link', group: 'phishing', points: 3,
    en: 'Nothing but a link to a shared file, with no word on it', zh: '正文只有一个共享文件链接，对文件只字不提',
    check: (q) => {
      // A form or an anonymous file drop is free hosting already (phishing.free_hosting_link): one link, one reason.
      if (q.message.links.some((l) => GOOGLE_FORM.test(l.url))) return null;
      const files = hostsWhere(q, (h) => isFileShare(h) && !isFreeHosting(h));
      if (files.length === 0) return null;
      const words = q.message.text.slice(0, 2000).replace(URL_TEXT, ' ').split(/\s+/).filter((w) => WORD.test(w));
      return words.length <= BARE_LINK_MAX_WORDS ? files.slice(0, 2) : null;
    },
  }),
  defineSignal({
    id: 'phishing.shortened_link', group: 'phishing', points: 2,
    en: 'Link hidden behind a URL shortener', zh: '链接经短网址隐藏真实去向',
    check: (q) => nonEmpty(hostsWhere(q, isShortener)),
  }),
  defineSignal({
    id: 'phishing.link_text_mismatch', group: 'phishing', points: 2,
    en: 'Link text shows one site but leads to another', zh: '链接文字显示的网址与实际跳转不符',
    check: (q) => {
      const evidence: string[] = [];
      for (const link of q.message.links) {
        // Only a written-out URL counts: newsletters' click-tracking under plain words is normal.
        const shown = /^https?:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)/i.exec(link.text.trim())?.[1]?.toLowerCase();
        if (shown && link.host && !LINK_REWRITERS.test(link.host) && domainInfo(shown).domain !== domainInfo(link.host).domain) evidence.push(`${shown} → ${link.host}`);
      }
      return nonEmpty(evidence.slice(0, 3));
    },
  }),
  defineSignal({
    id: 'phishing.document_lure', group: 'phishing', points: 2,
    en: 'A few lines about your account, the rest in an attachment', zh: '正文仅几行账户/资金话术，内容藏在附件里',
    check: (q) => {
      const documents = q.message.attachments.filter((a) => !a.inline && DOCUMENT.test(a.filename));
      if (documents.length === 0 || q.message.text.replace(/\s+/g, ' ').trim().length > LURE_TEXT_MAX) return null;
      const cues = cueTier(q, PHISHING_CUES, 1);
      return cues ? [documents[0]?.filename ?? '', ...cues] : null;
    },
  }),
  defineSignal({
    id: 'phishing.password_form', group: 'phishing', points: 6, decisive: true,
    en: 'Mail contains a form asking for a password', zh: '邮件内含要求输入密码的表单',
    check: (q) => (q.message.html && /<input\b[^>]*type\s*=\s*["']?password/i.test(q.message.html) ? ['<input type=password>'] : null),
  }),
];
