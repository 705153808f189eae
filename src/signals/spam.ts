import { domainInfo } from './domains.js';
import { ABUSED_TLDS } from './lists/hosting.js';
import { counted, cueTier, defineSignal, matchedPhrases, nonEmpty } from './signal.js';

// Inline styles only: a <style> block hiding a desktop-only column is ordinary responsive design.
const HIDDEN_TEXT = [
  /style\s*=\s*["'][^"'>]*font-size:\s*[01](px|pt)?\s*[;"']/i, /style\s*=\s*["'][^"'>]*color:\s*#?(fff|ffffff|white)\b[^"'>]{0,120}background(-color)?:\s*#?(fff|ffffff|white)\b/i,
  /style\s*=\s*["'][^"'>]*visibility:\s*hidden/i, /style\s*=\s*["'][^"'>]*display:\s*none/i,
];

// Offers that have nothing to do with buying the seller's goods (seed 如何筛选询盘 4: ads, SEO, lists, loans…).
const UNRELATED_OFFERS = [
  /\b(seo|search engine optimi[sz]ation|first page (of|on) google|rank(ing)? (your|on) (website|google))\b/, /\b(web|website|app) (design|development|redesign)\b/,
  /\b(email|e-mail|mailing|b2b|contact|leads?) (list|database)s?\b/, /\b(loan|credit|mortgage|debt) (offer|approval|consolidation|relief|rates?)\b/,
  /\b(viagra|cialis|pharmacy|pills|weight loss|diet pills?)\b/, /\b(casino|betting|poker|slots|free spins)\b/, /\b(dating|singles|hot (girls|women)|adult (site|content))\b/,
  /\b(guest post|backlinks?|link building|domain authority)\b/, /\b(lead generation|digital marketing|social media marketing|marketing services?)\b/,
  /\b(increase|boost|grow) (your )?(sales|traffic|revenue|followers)\b/, /\b(work from home|make money|earn \$?\d+|extra income|be your own boss)\b/,
  /\b(life insurance|insurance (quote|rates))\b/, /\b(cheap|lowest price|discount) (software|watches|meds|rolex|replica)\b/, /\bmlm\b|\bmulti-?level marketing\b/,
];
// Words of classic content spam (pharmacy, replicas, stock tips, cheap software, adult); honest trade
// mail has at most one of them, so the signal needs three different ones.
const SPAM_VOCABULARY = [
  /\bviagra\b/, /\bcialis\b/, /\blevitra\b/, /\bxanax\b/, /\bvalium\b/, /\bvicodin\b/, /\bphentermine\b/, /\bsoma\b/,
  /\b(online )?pharmacy\b/, /\bprescriptions?\b/, /\bmeds\b/, /\berection\b|\berectile\b/, /\bimpotence\b/, /\bpenis\b/,
  /\breplica\b/, /\brolex\b/, /\bstock (alert|pick|tip)s?\b/, /\b(hot|penny) stocks?\b/, /\binvestors? (alert|notice)\b/,
  /\bmortgage\b/, /\brefinanc/, /\bcasino\b/, /\bxxx\b/, /\bporn/, /\bnaked\b/, /\bweight loss\b/, /\blose (\d+ )?(pounds|lbs|weight)\b/,
  /\b(oem|cheap|discount) software\b/, /\b(adobe|microsoft|windows|office) (xp|2003|2000|professional)\b.{0,40}\$ ?\d+/, /\bdiploma\b/,
  /\bincrease (your )?(size|stamina)\b/, /\b(no|without) (a )?prescription\b/, /\b(lowest|best) prices? (on|for) (meds|drugs|pills)\b/,
];

// Marketing wording: normal in newsletters a person signed up for, so only a light cue.
const MARKETING_WORDS = [
  /\b(unsubscribe|opt[- ]out|remove (me|yourself) from)\b/, /\bclick (here|below)\b/, /\b(free (trial|gift|offer)|100% free|no cost)\b/,
  /\b(limited time|act now|order now|buy now|call now|special promotion|don'?t miss)\b/, /\bthis is not spam\b|\bsent in compliance\b/, /\b(guarantee[ds]?|risk free|no obligation)\b/,
  /\bmoney[- ]back\b|\b100% (satisfaction|guaranteed)\b/, /\bsave (up to )?\d+ ?%/, /\bonce in a lifetime\b|\bas seen on\b/, /\$\$+|\bcash bonus\b|\bextra cash\b/,
  /\bspecial (offer|deal)s?\b|\bexclusive (offer|deal)s?\b/, /\b(no|low) (fees?|interest)\b/,
];

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

export const spamSignals = [
  defineSignal({
    id: 'spam.random_token', group: 'spam', points: 2,
    en: 'Random strings in subject or file names, to dodge filters', zh: '主题或附件名夹带随机字符串以躲避过滤',
    check: (q) => {
      const places = [q.message.subject, ...q.message.attachments.map((a) => a.filename)];
      return nonEmpty(places.flatMap((place) => (place.match(TOKEN) ?? []).filter(isRandomToken)).slice(0, 3));
    },
  }),
  defineSignal({
    id: 'spam.unrelated_offer', group: 'spam', points: 4,
    en: 'An advertisement or offer, not a purchase request', zh: '广告或推销，并非采购需求',
    check: (q) => counted(q.lower, UNRELATED_OFFERS, 2),
  }),
  defineSignal({
    id: 'spam.content_spam', group: 'spam', points: 4,
    en: 'Classic spam vocabulary: pills, replicas, stock tips…', zh: '典型垃圾邮件词汇：药品、仿品、股票推荐等',
    check: (q) => counted(q.lower, SPAM_VOCABULARY, 3),
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
    check: (q) => {
      const s = q.message.subject;
      const letters = s.replace(/[^A-Za-z]/g, '');
      const capitals = letters.replace(/[^A-Z]/g, '').length;
      return /!{2,}|\$\$/.test(s) || (letters.length >= 12 && capitals / letters.length >= 0.7) ? [s.slice(0, 80)] : null;
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
    id: 'spam.little_text', group: 'weak', points: 1,
    en: 'HTML mail with almost no text: the content is in images', zh: 'HTML邮件几乎没有文字，内容在图片里',
    check: (q) => {
      const html = q.message.html;
      if (!html) return null;
      const visible = q.message.text.replace(/\s+/g, '').length;
      if (visible >= 200) return null;
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
    check: (q) => nonEmpty(matchedPhrases(q.message.subject + q.message.text.slice(0, 5000), [/\*\|[A-Z_:]+\|\*/, /\{\{\s*\w+\s*\}\}/, /\{(firstname|name|email|numero|company)\}/i, /\[(first ?name|company name)\]/i])),
  }),
];
