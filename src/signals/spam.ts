import { PHRASE_WINDOW } from '../model/inquiry.js';
import { visibleLength } from '../regex/white-space.js';
import { disguisedWords, symbolBrokenWords } from './disguise.js';
import { domainInfo } from './domains.js';
import { AD_TOPICS } from './lists/ad-topics.js';
import { ABUSED_TLDS } from './lists/hosting.js';
import { REMOVAL, SUPPLIER_PITCH } from './lists/phrases.js';
import { counted, cueTier, defineSignal, matchedPhrases, nonEmpty } from './signal.js';

// Inline styles only: a <style> block hiding a desktop-only column is ordinary responsive design.
const HIDDEN_TEXT = [
  /style\s*=\s*["'][^"'>]*font-size:\s*[01](px|pt)?\s*[;"']/i, /style\s*=\s*["'][^"'>]*color:\s*#?(fff|ffffff|white)\b[^"'>]{0,120}background(-color)?:\s*#?(fff|ffffff|white)\b/i,
  /style\s*=\s*["'][^"'>]*visibility:\s*hidden/i, /style\s*=\s*["'][^"'>]*display:\s*none/i,
  // Text in an almost-white colour (#FFFFF8, #FEFEFE): white on a dark block is design, off-white is a filler's disguise.
  /<font\b[^>]{0,200}?\bcolor\s*=\s*["']?#?(?!ffffff\b)f[89a-f]f[89a-f]f[89a-f]\b/i,
];

// Text pushed thousands of pixels out of sight (in a <style> block or inline): filler that only a filter reads.
const OFFSCREEN = /\b(margin(-top|-left)?|top|left|height|text-indent)\s*:\s*-?\d{5,}(px|pt|vh|em)\b|\btext-indent\s*:\s*-\d{4,}px/i;

// Business services pitched to a factory (seed 如何筛选询盘 4: SEO, websites, lists, marketing); the consumer
// spam topics (pills, loans, dating, prizes…) are counted separately in lists/ad-topics.ts.
const UNRELATED_OFFERS = [
  /\b(seo|search engine (optimi[sz]ation|marketing)|first page (of|on) google|rank(ing)? (your|on) (website|google))\b/, /\b(web|website|app) (design|development|redesign)\b/, /\b(logo (design|creation)|custom logos?|visual identity|corporate identity|affordable websites?)\b/,
  /\b(email|e-mail|mailing|b2b|contact|leads?) (list|database)s?\b/, /\b(guest post|backlinks?|link building|domain authority|(link|article)s? (exchange|swap)|exchange (links|articles))\b/, /\bdevelop (your|a) (new )?web ?site\b/,
  /\b(lead generation|digital marketing|social media marketing|marketing services?|website promotion|(hits|visitors|traffic) to your (web ?)?site)\b/, /\b(increase|boost|grow) (your )?(sales|traffic|revenue|followers)\b/,
  /\b(custom|offshore|outsourc\w*) (software|web|application|app) development\b|\bsoftware development (services|outsourcing|compan(y|ies))\b/, /\b(get|build|create) your own (great[- ]looking |professional |custom )?(web ?site|online store)\b/,
  /\b(wordpress|wp) (sites?|websites?|plugins?|themes?|optimi[sz]\w*)\b/, /\b(site|page|website|load(ing)?) speed\b|\bspeed up your (web ?)?sites?\b/,
  // The same pitches as Chinese exporters get them daily: Google promotion, a website of your own, customs data, leads.
  // (Read from the lower-cased text: no i flag, which would keep the list from being prefiltered.)
  /(谷歌|google|百度|必应|bing)(推广|排名|优化|seo)|搜索引擎优化|(网站|網站)(排名|优化|優化|建设|建設)|独立站|獨立站|外贸(推广|建站|营销)|外貿(推廣|建站|營銷)/,
  /海关数据|海關數據|外贸获客|外貿獲客|精准(客户|获客|询盘)|精準(客戶|獲客|詢盤)|(买家|買家)(资源|資源|名录|名錄)/,
  /(邮件|郵件)(营销|營銷)|(社媒|领英|領英|linkedin|whatsapp|facebook)(营销|營銷|运营|運營|开发客户|開發客戶)/,
];

// Marketing wording: normal in newsletters a person signed up for, so only a light cue.
const MARKETING_WORDS = [
  /\b(unsubscribe|opt[- ]out|remove (me|yourself) from)\b/, /\bclick (here|below)\b/, /\b(free (trial|gift|offer)|100% free|no cost)\b/,
  /\b(limited time|act now|order now|buy now|call now|special promotion|don'?t miss)\b/, /\bthis is not spam\b|\bsent in compliance\b/, /\b(guarantee[ds]?|risk free|no obligation)\b/,
  /\bmoney[- ]back\b|\b100% (satisfaction|guaranteed)\b/, /\bsave (up to )?\d+ ?%/, /\bonce in a lifetime\b|\bas seen on\b/, /\$\$+|\bcash bonus\b|\bextra cash\b/,
  /\bspecial (offer|deal)s?\b|\bexclusive (offer|deal)s?\b/, /\b(no|low) (fees?|interest)\b/,
];

/** The text model's certainty: 527 junk and 10 ham of the corpus round to p = 1.000, no genuine inquiry. */
const CERTAIN = 0.9995;

function isShouting(subject: string): boolean {
  const letters = subject.replace(/[^A-Za-z]/g, '');
  const capitals = letters.replace(/[^A-Z]/g, '').length;
  return /!{2,}|\$\$/.test(subject) || (letters.length >= 12 && capitals / letters.length >= 0.7);
}

/**
 * A string of random letters and digits ("6NwlyfzWcsNerv0", "wpsPADwQak6ANPRYv") that bulk senders add to
 * subjects and attachment names so no two copies look alike. Order numbers, model numbers and camel-cased
 * names (SS-8045, PO20240512, iPhone, YouTube) have too few case changes to count.
 */
const TOKEN = /[A-Za-z0-9]{10,}/g;
function isRandomToken(token: string): boolean {
  const upper = token.replace(/[^A-Z]/g, '').length;
  const lower = token.replace(/[^a-z]/g, '').length;
  const digits = token.replace(/\D/g, '').length;
  const caseChanges = token.match(/[a-z](?=[A-Z])|[A-Z](?=[a-z])/g)?.length ?? 0;
  return upper >= 2 && lower >= 2 && caseChanges >= 4 && (digits >= 1 || caseChanges >= 6);
}

// A run of 20+ capitals with five consonants in a row, standing alone in the text ("BITOEJMPXSTFBLBZTDKRDRRRW"):
// a string made up per copy so no two copies hash alike. Words in capitals do not pile up consonants like that.
// (A plain run pattern and a look at its neighbours: a pattern opening with a lookbehind is slow in V8.)
const CAPITAL_RUN = /[A-Z]{20,}/g;
const FIVE_CONSONANTS = /[B-DF-HJ-NP-TV-Z]{5}/;
const PART_OF_A_LONGER_TOKEN = /[A-Za-z0-9/=.%&?+_-]/;
function randomCapitals(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CAPITAL_RUN)) {
    const before = text[match.index - 1] ?? ' ';
    const after = text[match.index + match[0].length] ?? ' ';
    if (!PART_OF_A_LONGER_TOKEN.test(before) && !PART_OF_A_LONGER_TOKEN.test(after) && FIVE_CONSONANTS.test(match[0])) found.push(match[0]);
  }
  return found;
}

// Mail-merge fields a bulk tool failed to fill: *|FNAME|*, {{name}}, {firstname}, [first-name], %FNAME%, a "Dear" with no name.
// A bare [EMAIL] or [NAME] stays out: platforms and forwarded inquiries write those where they removed an address.
const UNFILLED_PLACEHOLDERS = [
  /\*\|[A-Z_:]+\|\*/, /\{\{\s*\w+\s*\}\}/, /\{(first[_ ]?name|name|email|numero|company)\}/i,
  /\[(first[-_ ]?name|last[-_ ]?name|company[-_ ]?name)\]/i, /%(first_?name|fname)%/i,
  // "Dear :", "Dear I hope this message finds you well": the name the tool was to put after "Dear" is missing.
  /(?:^|\n)[ \t]*dear[ \t]*(?:[,:;.!]|i hope)/i,
];

// Words with look-alike letters swapped in so a word filter misses them: "outstandlng", "buildinq", "webslte",
// "wiil", "$299.oo". English has no words ending in -lng or -inq; the rest are common words in their disguises.
const DISGUISED_WORDS = /\b[a-z]{3,}(?:lng|inq|tlon|catlon|lcation)s?\b|\b(?:wiil|wlll|oniy|aiso|ciick|cllck|cilck|ciose|fuil|stiil|severai|smali|mediclne|medlcations?|webslte|sampies|exampies|imaqe|loqos?|riqht|iower|wouid|shouid|couid|beiieve)\b|\$ ?\d+ ?\. ?oo\b/g;
// Disguised lexicon words are looked for in the subject and first lines, where a pitch names what it sells.
const DISGUISE_WINDOW = 1500;

// A picture wrapped in a link, the whole message as one clickable image: "<a href=…><img …></a>" (a few tags between).
const LINKED_IMAGE = /<a\b[^>]{0,500}\bhref\s*=[^>]{0,2000}>\s*(?:<(?!\/a\b)[^>]{0,500}>\s*){0,6}<img\b/i;
// Fewer words than this beside the picture: a buyer's shortest note with a linked logo in its signature has more.
const IMAGE_ONLY_WORDS = 3;

// Where a bulk mail's legal footer starts: its words ("You may unsubscribe at any time. 9901 Brodie Lane…") say
// nothing of what the mail is about, so an image ad with a footer is still a picture without words.
const FOOTER_START = /^(?:you (?:may|can) unsubscribe|unsubscribe|to stop receiving|opt[- ]out|abmelden|descadastr|darse de baja|se d[ée]sinscrire)/i;

/** Evidence for spam.image_only: a linked picture and almost no words, not counting an unsubscribe footer. */
function imageOnly(message: { html: string | null; text: string }): string | null {
  if (!message.html) return null;
  // Words first: most mail has three within its first lines, and the HTML is then never scanned.
  let words = 0;
  for (const token of message.text.matchAll(/\S+/g)) {
    if (FOOTER_START.test(message.text.slice(token.index, token.index + 30))) break;
    if (/\p{L}{2}/u.test(token[0]) && ++words >= IMAGE_ONLY_WORDS) return null;
  }
  return LINKED_IMAGE.test(message.html.slice(0, 200_000)) ? `${words} words beside a linked picture` : null;
}

// The label some laws require on unsolicited advertising: "ADV:", "[AD]", Korean (광고), Chinese 广告.
const AD_LABEL = /^\s*(\[?\(?(adv?|advert|advertisement|publicidad|publicité|werbung|广告|광고)\)?\]?\s*[:：]|\[(adv?|advertisement)\]|\((광고|广告)\))/i;

export const spamSignals = [
  defineSignal({
    id: 'spam.ad_topic', group: 'spam', points: 3,
    en: 'Advertises something no buyer asks for: pills, loans, SEO…', zh: '推销与采购无关的东西：药品、贷款、SEO等',
    check: (q) => cueTier(q, AD_TOPICS, 1, 1),
  }),
  defineSignal({
    id: 'spam.ad_topics', group: 'spam', points: 4,
    en: 'Advertises several unrelated things: a spam mailing', zh: '推销多种无关商品或服务：典型垃圾邮件',
    check: (q) => cueTier(q, AD_TOPICS, 2),
  }),
  defineSignal({
    id: 'spam.ad_subject', group: 'spam', points: 2,
    en: 'The subject line itself is the advertisement', zh: '邮件主题本身就是广告（药品、色情、贷款等）',
    // What a sender headlines is what the mail is for: on the corpus an ad topic in the subject is 190 junk
    // and no legitimate mail or inquiry. The text model's "ham" vote can still outweigh it.
    check: (q) => nonEmpty(matchedPhrases(q.message.subject.toLowerCase(), AD_TOPICS, 2)),
  }),
  defineSignal({
    id: 'spam.ad_label', group: 'spam', points: 3,
    en: 'Subject is labelled as an advertisement (ADV:, 广告)', zh: '主题标明为广告（ADV:、广告等）',
    check: (q) => {
      const label = AD_LABEL.exec(q.message.subject)?.[0];
      return label ? [q.message.subject.slice(0, 80)] : null;
    },
  }),
  defineSignal({
    id: 'spam.random_token', group: 'spam', points: 2,
    en: 'Random strings in subject, files or text, to dodge filters', zh: '主题、附件名或正文夹带随机字符串以躲避过滤',
    check: (q) => {
      const places = [q.message.subject, ...q.message.attachments.map((a) => a.filename)];
      const tokens = places.flatMap((place) => (place.match(TOKEN) ?? []).filter(isRandomToken));
      const capitals = randomCapitals(q.message.text.slice(0, PHRASE_WINDOW));
      return nonEmpty([...tokens, ...capitals].slice(0, 3));
    },
  }),
  defineSignal({
    id: 'spam.padded_subject', group: 'spam', points: 2,
    en: 'Subject padded with spaces to hide a tracking code', zh: '主题用大量空格隔开，末尾藏跟踪编号',
    // "Be Your Own Boss!!                         32140": no mail client pads a subject; a bulk tool does, so
    // the code it appends to tell its copies apart scrolls out of sight.
    check: (q) => {
      const code = /\S {5,}(\S{1,30})\s*$/.exec(q.message.subject)?.[1];
      return code ? [code] : null;
    },
  }),
  defineSignal({
    id: 'spam.disguised_words', group: 'spam', points: 3,
    en: 'Words disguised to slip past filters (medlcatlons)', zh: '单词被伪装以躲避过滤（如 medlcatlons、ph.armacy）',
    check: (q) => {
      const lexicon = disguisedWords(q.lower.slice(0, DISGUISE_WINDOW));
      if (lexicon.length > 0) return lexicon;
      const found = [...new Set(q.lower.match(DISGUISED_WORDS) ?? [])];
      if (found.length >= 2) return found.slice(0, 5);
      const broken = symbolBrokenWords(q.lower);
      return broken.length > 0 ? broken.slice(0, 3) : null;
    },
  }),
  defineSignal({
    id: 'spam.unrelated_offer', group: 'spam', points: 4,
    en: 'An advertisement or offer, not a purchase request', zh: '广告或推销，并非采购需求',
    check: (q) => counted(q.lower, UNRELATED_OFFERS, 2),
  }),
  defineSignal({
    id: 'spam.supplier_pitch', group: 'spam', points: 3,
    en: 'A supplier or agent offering its own goods, not a buyer', zh: '供应商或代理在推销自己的产品，并非买家',
    check: (q) => (q.buyIntent.length === 0 ? nonEmpty(matchedPhrases(q.lower, SUPPLIER_PITCH)) : null),
  }),
  defineSignal({
    id: 'spam.removal_footer', group: 'spam', points: 2,
    en: 'Mass-mailing footer: "to be removed from this list…"', zh: '群发邮件页脚：“如需退订请……”',
    // The footer sits at the end, which a long mail's phrase window (q.lower) does not reach.
    check: (q) => nonEmpty(matchedPhrases(`${q.lower}\n${q.message.text.length > PHRASE_WINDOW ? q.message.text.slice(-1500).toLowerCase() : ''}`, REMOVAL, 3)),
  }),
  defineSignal({
    id: 'spam.marketing_words', group: 'weak', points: 1,
    en: 'Marketing wording: click here, unsubscribe, act now…', zh: '营销话术：点击此处、退订、立即行动等',
    check: (q) => cueTier(q, MARKETING_WORDS, 2, 2),
  }),
  defineSignal({
    id: 'spam.sales_pitch', group: 'spam', points: 2,
    en: 'A sales pitch: three or more kinds of marketing wording', zh: '推销文案：三种以上营销话术',
    check: (q) => cueTier(q, MARKETING_WORDS, 3),
  }),
  defineSignal({
    id: 'spam.shouting_subject', group: 'weak', points: 1,
    en: 'Subject in capitals or with many exclamation marks', zh: '主题全大写或大量感叹号',
    check: (q) => (isShouting(q.message.subject) ? [q.message.subject.slice(0, 80)] : null),
  }),
  defineSignal({
    id: 'spam.certain_advert', group: 'spam', points: 2,
    en: 'An ad by both measures: the text model and its wording', zh: '文本模型确定是广告，措辞也是广告语',
    // What the model learnt as spam is 2002 advertising, so its certainty (p ≥ 0.9995) is corroborated by the
    // wording of an ad: marketing phrases or a shouting subject, each alone only a weak cue. Not by a phishing
    // word ("password") or an odd hour: those say nothing the model knows about, and business mail has them.
    check: (q) => {
      if ((q.spamProbability ?? 0) < CERTAIN) return null;
      const wording = cueTier(q, MARKETING_WORDS, 2) ?? (isShouting(q.message.subject) ? [q.message.subject.slice(0, 80)] : null);
      return wording ? [`p(spam) = ${(q.spamProbability ?? 0).toFixed(4)}`, ...wording] : null;
    },
  }),
  defineSignal({
    id: 'spam.hidden_text', group: 'weak', points: 1,
    en: 'HTML hides text from the reader', zh: 'HTML中含隐藏文字',
    check: (q) => {
      const html = q.message.html?.slice(0, 200_000);
      return html ? nonEmpty(matchedPhrases(html, HIDDEN_TEXT)) : null;
    },
  }),
  defineSignal({
    id: 'spam.offscreen_text', group: 'spam', points: 3,
    en: 'Text pushed far off screen so only a filter reads it', zh: '文字被推到屏幕外很远处，只给过滤器看',
    check: (q) => {
      const found = q.message.html ? OFFSCREEN.exec(q.message.html.slice(0, 200_000))?.[0] : undefined;
      return found ? [found] : null;
    },
  }),
  defineSignal({
    id: 'spam.image_only', group: 'spam', points: 3,
    en: 'The message is a clickable picture with hardly a word', zh: '整封邮件只是一张可点击的图片，几乎没有文字',
    check: (q) => {
      const evidence = imageOnly(q.message);
      return evidence ? [evidence] : null;
    },
  }),
  defineSignal({
    id: 'spam.little_text', group: 'weak', points: 1,
    en: 'HTML mail with almost no text: the content is in images', zh: 'HTML邮件几乎没有文字，内容在图片里',
    check: (q) => {
      const html = q.message.html;
      if (!html) return null;
      // Past 200 characters there is text to read; with almost none, the stronger tier above may already say it.
      const visible = visibleLength(q.message.text, 200);
      if (visible >= 200 || imageOnly(q.message)) return null;
      const images = html.match(/<img\b/gi)?.length ?? 0;
      return images > 0 || visible < 150 ? [`${visible} characters, ${images} images`] : null;
    },
  }),
  defineSignal({
    id: 'spam.abused_tld_link', group: 'weak', points: 1,
    en: 'Link to a top-level domain mostly used for abuse', zh: '链接使用滥用率高的顶级域名',
    check: (q) => nonEmpty([...new Set(q.message.links.map((l) => l.host).filter((h) => h && ABUSED_TLDS.has(domainInfo(h).tld)))].slice(0, 3)),
  }),
  defineSignal({
    id: 'spam.unfilled_template', group: 'weak', points: 1,
    en: 'Mail-merge placeholders left unfilled', zh: '群发模板的占位符未被替换',
    check: (q) => nonEmpty(matchedPhrases(`${q.message.subject}\n${q.message.text.slice(0, 5000)}`, UNFILLED_PLACEHOLDERS)),
  }),
];
