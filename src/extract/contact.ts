import { parse as parseDomain } from 'tldts';
import { PLACEHOLDER, tidy } from './text.js';
import { eachMatch } from '../each-match.js';

/** Who wrote: name, company, position, website, address, read from the signature and self-introduction. */
export interface ContactFound { buyerName: string | null; company: string | null; position: string | null; website: string | null; address: string | null }

const CLOSING = /^(?:best|kind|warm)?\s?(?:regards|wishes)|^(?:thanks?|thank you|many thanks|sincerely|yours (?:sincerely|faithfully|truly)|cheers|br|saludos|atentamente|cordialement|bien à vous|mit freundlichen grüßen|mfg|atenciosamente|cumprimentos|с уважением|此致|谢谢|saygılarımla|مع التحية|distinti saluti)\b[\s,.!]*$/iu;
const COMPANY_SUFFIX = /(?<![\p{L}])(?:co\.?,?\s?ltd\.?|ltd\.?|limited|llc|l\.l\.c\.|inc\.?|corp\.?|corporation|gmbh|ag|s\.?a\.?s?|s\.?l\.?|s\.?r\.?l\.?|sarl|ltda\.?|b\.?v\.?|n\.?v\.?|pty|pvt\.?|llp|plc|fze|fzco|fzc|jsc|ooo|ооо|a\.ş\.|trading|enterprises?|industr(?:y|ies)|group|company)(?![\p{L}])|有限公司|公司|株式会社/iu;
const POSITION = /(?<![\p{L}])(?:(?:sales|purchasing|purchase|procurement|import|export|general|managing|marketing|operations?|project|product|sourcing|technical|commercial|area|regional|country)\s)?(?:manager|director|ceo|cfo|coo|owner|founder|co-founder|president|vice president|vp|chairman|buyer|purchaser|merchandiser|officer|executive|engineer|assistant|coordinator|partner|head of [\p{L}]+|gerente|director(?:a)? comercial|directeur|directrice|responsable des achats|acheteur|geschäftsführer|einkäufer|einkauf|директор|менеджер|закупщик|经理|采购|总监|总经理|老板|مدير)(?![\p{L}])/iu;
// "I am" / "je suis" are left out: "I am Interested" is not a name. No /i flag, so \p{Lu} keeps meaning a capital.
const MY_NAME = /(?:[Mm]y name is|MY NAME IS|[Tt]his is|[Mm]e llamo|[Jj]e m'appelle|[Mm]ein Name ist|[Mm]eu nome é|[Mm]i nombre es|[Мм]еня зовут|我是|我叫)\s?(?<name>\[NAME\]|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})(?:\s?(?:from|de|of|with|at|von|из)\s(?<company>\p{Lu}[\p{L}&.'-]*(?:\s\p{Lu}[\p{L}&.'-]*){0,4}))?/u;
const COMPANY_INTRO = /(?:greetings from|on behalf of|we are|representing|we,)\s(?<company>\p{Lu}[\p{L}\d&.'-]*(?:\s(?:\p{Lu}|&)[\p{L}\d&.,'-]*){0,5})/u;
const ADDRESS_LABEL = /(?<![\p{L}])(?:address|add|adresse|dirección|direccion|endereço|anschrift|адрес|地址|العنوان|adres)\s?[:：]\s?(?<value>[^\n]{4,120})/iu;
const STREET = /^[^\n]{0,40}(?:\d{1,5}\s[\p{L} .'-]{2,40}\s(?:street|st\.|road|rd\.?|avenue|ave\.?|boulevard|blvd|lane|drive|way|calle|avenida|rue|straße|strasse|via)|(?:calle|avenida|rue|via|rua)\s[\p{L} .'-]{2,40}\d{1,5})[^\n]{0,60}$/imu;
const URL = /(?<![\p{L}\p{N}@.])(?:https?:\/\/)?(?:www\.)?[a-z0-9-]{2,63}(?:\.[a-z0-9-]{2,63}){0,3}\.[a-z]{2,12}(?:\/[^\s<>"')\]]{0,100})?/giu;
/** Sites that are not the buyer's own: marketplaces, social networks and mail providers. */
const NOT_OWN_SITE = new Set([
  'alibaba.com', 'aliexpress.com', 'made-in-china.com', 'globalsources.com', 'amazon.com', 'ebay.com', 'facebook.com',
  'linkedin.com', 'instagram.com', 'twitter.com', 'x.com', 'youtube.com', 'google.com', 'gmail.com', 'yahoo.com',
  'hotmail.com', 'outlook.com', 'qq.com', '163.com', 'wa.me', 'whatsapp.com', 'example.com', 'example.invalid', 'tradewheel.com',
  'go4worldbusiness.com', 'taobao.com', 'tmall.com', '1688.com', 'shopify.com', 'tiktok.com', 'github.com',
]);

export function findContact(lines: readonly string[], body: string, fromName: string): ContactFound {
  const signature = signatureLines(lines);
  const intro = MY_NAME.exec(body);
  let buyerName = intro?.groups?.name ?? null;
  // Alibaba forms glue sentences together ("from Drawback.I had"): cut at a full stop before a capital.
  let company = intro?.groups?.company ? tidy(intro.groups.company.replace(/\.\p{Lu}.*$/u, ''), 60) : null;
  let position: string | null = null;
  for (const line of signature) {
    const text = line.replace(/^[-–—_*|\s]+|[-–—_*|\s]+$/g, '');
    if (!text || /@|https?:|www\./i.test(text)) continue;
    for (const part of text.split(/\s[|•·/]\s|\s{2,}/u)) {
      if (!position && POSITION.test(part) && part.length <= 60) { position = tidy(part, 60); continue; }
      if (!company && COMPANY_SUFFIX.test(part) && part.length <= 80 && !/\d{3,}/.test(part)) { company = tidy(part, 80); continue; }
      if (!buyerName && looksLikeName(part)) buyerName = part;
    }
  }
  company ??= companyFromIntro(body);
  if (!buyerName && looksLikeName(fromName) && !COMPANY_SUFFIX.test(fromName)) buyerName = fromName;
  return { buyerName, company, position, website: findWebsite(body), address: findAddress(body) };
}

/** Lines after a closing formula, or else the last six lines: where people put their details. */
function signatureLines(lines: readonly string[]): string[] {
  const nonEmpty = lines.map((l) => l.trim()).filter((l) => l.length > 0);
  for (let i = nonEmpty.length - 1; i >= Math.max(0, nonEmpty.length - 15); i--) {
    if (CLOSING.test(nonEmpty[i] ?? '')) return nonEmpty.slice(i + 1, i + 9);
    const tail = /(?:regards|sincerely|thanks|thank you|saludos|cordialement)[,!.]?\s(?<rest>.+)$/iu.exec(nonEmpty[i] ?? '');
    if (tail?.groups?.rest && i >= nonEmpty.length - 3) return [tail.groups.rest, ...nonEmpty.slice(i + 1, i + 8)];
  }
  return nonEmpty.length > 2 ? nonEmpty.slice(-6).filter((l) => l.length <= 60) : [];
}

function looksLikeName(text: string): boolean {
  if (PLACEHOLDER.test(text) && text.replace(PLACEHOLDER, '').trim().length === 0) return true;
  if (text.length > 40 || /[\d@:]/.test(text) || COMPANY_SUFFIX.test(text) || POSITION.test(text)) return false;
  if (/^(?:sales|info|admin|support|team|purchasing|buyer|customer service|office|hello|hi|dear)$/i.test(text)) return false;
  return /^\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*){0,3}$/u.test(text) || /^[\p{Script=Han}]{2,4}$/u.test(text);
}

function companyFromIntro(body: string): string | null {
  const m = COMPANY_INTRO.exec(body.slice(0, 600));
  const name = m?.groups?.company?.replace(/[.,]+$/, '');
  return name && COMPANY_SUFFIX.test(name) ? tidy(name, 80) : null;
}

function findWebsite(body: string): string | null {
  for (const m of eachMatch(URL, body)) {
    const parsed = parseDomain(m[0]);
    if (!parsed.domain || !parsed.isIcann || NOT_OWN_SITE.has(parsed.domain)) continue;
    // "file.pdf" or "v2.0" parse as domains; real sites are written with www., a scheme, or a common TLD.
    if (!/^(?:https?:\/\/|www\.)/i.test(m[0]) && !/\.(?:com|net|org|biz|info|co|io|[a-z]{2})(?:\/|$)/i.test(m[0])) continue;
    return m[0].replace(/[.,;]+$/, '');
  }
  return null;
}

function findAddress(body: string): string | null {
  const labelled = ADDRESS_LABEL.exec(body)?.groups?.value;
  if (labelled) return tidy(labelled.split(/\s(?=\p{Lu}\p{L}{2,15}\s?:)/u)[0] ?? labelled, 120);
  const placeholder = /\[ADDRESS\]/.exec(body);
  if (placeholder) return placeholder[0];
  const street = STREET.exec(body);
  return street ? tidy(street[0], 120) : null;
}
