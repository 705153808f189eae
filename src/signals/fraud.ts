import { mayMatch } from '../regex/may-match.js';
import { addressDomain } from './domains.js';
import { EXTORTION_CUES, FRAUD_CUES, TENDER_SOURCING, WEB_PROJECT } from './lists/phrases.js';
import { cueTier, defineSignal } from './signal.js';

// Seed: a "government tender" buyer who, after forms and haggling, asks you to pay a commission first.
const TENDER = /\b(government|ministry|municipal|state|federal|public)\b.{0,60}\b(tender|contract|project|bid|procurement)\b|政府.{0,10}招标/;
const FEE_FIRST = /\b(pay|paid|transfer|remit)\b.{0,30}\b(commission|fee)s?\b|\b(registration|tender|processing|bid bond|agent|consultancy) fee\b|\bpay (first|in advance|upfront)\b|\badvance fee\b|(先付|预付|支付).{0,6}(佣金|费用)/;

// A request to answer at some other address ("Kindly reply here: ...", "Submit your official quote to this e-mail
// address: ...", "put in Cc purchase: ..."): the fake buyer's mailbox is not the one the mail came from. Platforms and
// forwarded inquiries write [EMAIL] where they removed an address, which is read as such another address.
const ADDRESS = String.raw`(\[email\]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`;
const TO_ADDRESS = String.raw`(?: (?:to|at|on|via|through)(?: (?:this|our|my|the following))?(?: e-?mail)?(?: address)?)?`;
const ASKS_TO_ANSWER_AT = [
  String.raw`\b(?:kindly|please) (?:reply|respond|revert|write(?: back)?|get back to (?:us|me))(?: (?:here|directly|only))?${TO_ADDRESS}`,
  String.raw`\b(?:submit|send|forward|direct|address) (?:your|the|all) (?:official |best |updated )?(?:quote|quotation|offer|bid|proposal|request|reply|response)s?(?: (?:directly|only))? to(?: (?:this|our|my|the following))?(?: e-?mail)?(?: address)?`,
  String.raw`\b(?:put|add|include|keep)(?: us| me)? in (?:cc|copy)\w*(?: (?:purchase|procurement))?`,
  String.raw`\brespuesta[^.]{0,40}correo(?: electrónico)?|\bresponda (?:a|para)|\bantworten sie (?:an|bitte an)`,
];
const REPLY_ELSEWHERE = new RegExp(String.raw`(?:${ASKS_TO_ANSWER_AT.join('|')})\s*[:：]?\s*[*<(]*${ADDRESS}`, 'i');

// The net-terms order fraud US suppliers are warned about: an "urgent requirement" from a procurement officer who asks
// for a credit application or net-30 terms, takes the goods on credit and never pays. A real buyer may ask the same
// of a supplier it knows: a reason to look, not to quarantine on its own.
const CREDIT_TERMS = /\bcredit application\b|\bnet ?-?(30|45|60|90) (terms|days|payment)\b|\bnet terms\b/;

// The first line of an advance-fee letter, sent alone to see who answers: "please write me, I have something to
// disclose to you", "is this email still valid?". Only a short note counts: a real letter says what it is about.
const OPENER = /\b(i|we) have (something|an? (important|urgent|confidential|private)? ?(matter|issue|information|message)) (important |urgent )?to (disclose|discuss|tell|share|inform)( (with )?you)?\b|\bis this (e-?mail|email address|address|mail) (still )?(valid|active|in use|working|functional)\b|\b(i|we) have an? (lucrative |confidential |mutual(ly)? beneficial )?(business )?(proposal|proposition|deal) (for|to discuss with) you\b|\b(i('ve| have) )?(sent|written) you (a|an) (message|mail|e-?mail) (before|earlier)\b/;
const OPENER_MAX_WORDS = 60;

export const fraudSignals = [
  defineSignal({
    id: 'fraud.advance_fee', group: 'fraud', points: 8, decisive: true,
    en: 'Reads like an advance-fee letter (3+ classic phrases)', zh: '三处以上典型预付费诈骗措辞',
    check: (q) => cueTier(q, FRAUD_CUES, 3),
  }),
  defineSignal({
    id: 'fraud.advance_fee_hint', group: 'fraud', points: 3,
    en: 'Two phrases typical of advance-fee fraud', zh: '出现两处预付费诈骗常见措辞',
    check: (q) => cueTier(q, FRAUD_CUES, 2, 2),
  }),
  defineSignal({
    id: 'fraud.reply_elsewhere', group: 'fraud', points: 3,
    en: 'Asks you to answer at another address than the sender’s', zh: '要求把回复或报价发到发件人以外的邮箱',
    check: (q) => {
      const ask = REPLY_ELSEWHERE.exec(q.message.text.slice(0, 4000));
      const address = ask?.[1]?.toLowerCase();
      if (!ask || !address) return null;
      const sameDomain = address !== '[email]' && addressDomain(address) === addressDomain(q.message.from?.address);
      return sameDomain ? null : [ask[0].replace(/\s+/g, ' ').trim()];
    },
  }),
  defineSignal({
    id: 'fraud.credit_terms', group: 'fraud', points: 3,
    en: 'Wants the goods on credit: net terms, a credit application', zh: '要求赊账发货：Net 30 账期或信用申请表',
    check: (q) => {
      const ask = mayMatch(CREDIT_TERMS, q.lower) ? CREDIT_TERMS.exec(q.lower) : null;
      return ask ? [ask[0]] : null;
    },
  }),
  defineSignal({
    id: 'fraud.opener', group: 'fraud', points: 3,
    en: 'A fraud opener: "something to disclose to you" and no more', zh: '诈骗开场白：只说“有事相告”“此邮箱是否有效”',
    check: (q) => {
      const opener = mayMatch(OPENER, q.lower) ? OPENER.exec(q.lower) : null;
      if (!opener || q.extracted.products.length > 0) return null;
      const words = q.message.text.slice(0, 2000).split(/\s+/).filter(Boolean).length;
      return words <= OPENER_MAX_WORDS ? [opener[0]] : null;
    },
  }),
  defineSignal({
    id: 'fraud.extortion', group: 'fraud', points: 8, decisive: true,
    en: 'Extortion: says it hacked and filmed you, wants bitcoin', zh: '敲诈勒索：声称入侵并偷录了你，索要比特币',
    check: (q) => cueTier(q, EXTORTION_CUES, 3),
  }),
  defineSignal({
    id: 'fraud.tender_sourcing', group: 'fraud', points: 4,
    en: 'A tender asking you to source goods outside your line', zh: '招标邀约要求代为采购非本行产品，典型骗局',
    check: (q) => cueTier(q, TENDER_SOURCING, 2),
  }),
  defineSignal({
    id: 'fraud.web_project', group: 'fraud', points: 8, decisive: true,
    en: 'The web-project overpayment scam (3+ of its lines)', zh: '网站项目超额付款骗局（出现三处以上典型说法）',
    check: (q) => cueTier(q, WEB_PROJECT, 3),
  }),
  defineSignal({
    id: 'fraud.web_project_hint', group: 'fraud', points: 4,
    en: 'Two lines of the web-project overpayment scam', zh: '出现两处网站项目超额付款骗局的说法',
    check: (q) => cueTier(q, WEB_PROJECT, 2, 2),
  }),
  defineSignal({
    id: 'fraud.tender_commission', group: 'fraud', points: 8,
    en: 'Government tender that asks you to pay a fee first', zh: '政府招标类邀约，并要求先付佣金或费用',
    check: (q) => {
      const tender = mayMatch(TENDER, q.lower) ? TENDER.exec(q.lower) : null;
      const fee = tender && mayMatch(FEE_FIRST, q.lower) ? FEE_FIRST.exec(q.lower) : null;
      return tender && fee ? [tender[0], fee[0]] : null;
    },
  }),
];
