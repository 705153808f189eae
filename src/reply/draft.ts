import type { Extracted } from '../model/extracted.js';
import { officialLanguage } from '../reactivate/languages.js';
import type { Angle, Missing, Pack } from './pack.js';
import { PACKS, type Packs } from './packs/index.js';
import { findQuestions, type Question, type Topic } from './questions.js';
import { isGenericSubject, replySubject } from './subject.js';
import { fill, placeholders, type Variables } from './templates.js';

/** The salesperson and company the reply comes from; its signature carries all of it 【落款有公司标识以及详细联系资料】. */
export interface Seller {
  name: string;
  company: string;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  address?: string | null;
}

/** The parts of a triage record the draft reads (TriageRecord fits), plus the inquiry's text. */
export interface InquiryForReply {
  subject: string;
  language: string | null;
  extracted: Extracted | null;
  text: string;
}

export interface ReplyDraft {
  /** The buyer's language first when we have it, then English; one entry when they are the same. */
  languages: string[];
  /** The buyer's language when no pack exists for it: the draft is English only. */
  missingLanguage: string | null;
  subject: string;
  body: string;
  questions: Question[];
  asked: Missing[];
  angle: Angle | null;
  /** "[…]" left for the salesperson to write before sending. */
  toFill: string[];
}

const ANGLES: Partial<Record<string, Angle>> = {
  manufacturer: 'quality', importer: 'margin', wholesaler: 'margin', distributor: 'margin', agent: 'margin',
  retailer: 'smallLot', ecommerce: 'smallLot', mail_order: 'smallLot', consumer: 'smallLot',
};

/** A short reply asks four things at most; the most useful for a quotation first. */
const MAX_ASKS = 4;

function missingItems(x: Extracted | null, topics: Set<Topic>): Missing[] {
  const out: Missing[] = [];
  if (!x?.quantity) out.push('quantity');
  if (!x?.specifications.length) out.push('specifications');
  if (!x?.port && !x?.incoterm) out.push('port');
  if (!x?.packaging) out.push('packaging');
  // A buyer who asks about our certificates has told us the market cares; asking back reads as evasive.
  if (!x?.certificates.length && !topics.has('certificate')) out.push('certificates');
  if (!x?.deliveryTime) out.push('deliveryTime');
  return out.slice(0, MAX_ASKS);
}

function signature(s: Seller): string {
  return [s.name, s.title, s.company, s.phone && `Tel: ${s.phone}`, s.email && `Email: ${s.email}`, s.website && `Web: ${s.website}`, s.address]
    .filter((l): l is string => !!l)
    .join('\n');
}

/** Each question in its own numbered point; a topic already answered above is not answered twice. */
function points(pack: Pack, questions: Question[], vars: Variables): string[] {
  const answered = new Set<Topic>();
  const out: string[] = [];
  for (const q of questions) {
    const fresh = q.topics.filter((t) => !answered.has(t));
    if (fresh.length === 0) continue;
    fresh.forEach((t) => answered.add(t));
    const answers = fresh.map((t) => fill(pack.answers[t], vars));
    out.push(`${out.length + 1}. “${q.text}”\n   ${answers.join('\n   ')}`);
  }
  return out;
}

function letter(pack: Pack, vars: Variables, questions: Question[], asked: Missing[], angle: Angle | null, seller: Seller): string {
  const f = (t: string) => fill(t, vars);
  const opening = [vars.product ? f(pack.thanks) : f(pack.thanksNoProduct), f(pack.companyIntro), vars.product ? f(pack.productIntro) : ''].filter(Boolean).join(' ');
  const answers = points(pack, questions, vars);
  const asks = [...asked.map((m) => `- ${f(pack.missing[m])}`), ...pack.openQuestions.split('\n').filter((l) => l.trim()).map((l) => `- ${f(l.trim())}`)];
  const blocks = [
    vars.buyerName ? f(pack.greeting) : f(pack.greetingNoName),
    opening,
    answers.length ? [f(pack.answersIntro), ...answers].join('\n') : '',
    angle ? f(pack.angle[angle]) : '',
    asks.length ? [f(pack.askIntro), ...asks].join('\n') : '',
    f(pack.closing),
    `${f(pack.signOff)}\n${signature(seller)}`,
  ];
  return blocks.filter(Boolean).join('\n\n');
}

/**
 * A reply to an inquiry: greets the buyer by name, answers each question in a numbered point, takes
 * the buyer type's angle, asks for what the inquiry left out and signs with full contact details;
 * in the buyer's language and in English. Nothing is sent and nothing leaves the machine.
 */
export function draftReply(inquiry: InquiryForReply, seller: Seller, packs: Packs = PACKS): ReplyDraft {
  const x = inquiry.extracted;
  const questions = findQuestions(inquiry.text);
  const asked = missingItems(x, new Set(questions.flatMap((q) => q.topics)));
  const angle = (x?.buyerType && ANGLES[x.buyerType]) || null;
  // They chose the language they wrote in; without it, their country's.
  const lang = x?.language ?? inquiry.language ?? officialLanguage(x?.country ?? null);
  const missingLanguage = lang !== 'en' && !packs[lang] ? lang : null;
  const languages = lang === 'en' || missingLanguage ? ['en'] : [lang, 'en'];
  const vars: Variables = {
    buyerName: x?.buyerName ?? null, buyerCompany: x?.company ?? null, product: x?.products.slice(0, 2).join(', ') || null,
    quantity: x?.quantity?.text ?? null, port: x?.port ?? null, incoterm: x?.incoterm ?? null, country: x?.country ?? null,
    company: seller.company, salesperson: seller.name, phone: seller.phone ?? null, email: seller.email ?? null, website: seller.website ?? null,
  };
  const letters = languages.map((l) => letter(packs[l] ?? packs.en, vars, questions, asked, angle, seller));
  const body = letters.join('\n\n――――――――――\n\n');
  const subject = isGenericSubject(inquiry.subject) ? fill((packs[languages[0] ?? 'en'] ?? packs.en).subject, vars) : replySubject(inquiry.subject);
  return { languages, missingLanguage, subject, body, questions, asked, angle, toFill: placeholders(`${subject}\n${body}`) };
}
