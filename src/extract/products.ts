import { tidy } from './text.js';
import { eachMatch } from '../each-match.js';

/**
 * Product noun phrases the buyer asks for: the subject when it names a product, and the object of
 * "we need X", "looking for X", "quotation for X", "interested in your X" (and their translations).
 */
const MAX_PRODUCTS = 5;
const SUBJECT_PREFIX = /^(?:(?:re|fw|fwd|aw|tr|rv)\s?:\s?)*(?:(?:new|urgent|price|purchase|product|trade|sales|buying|business)\s(?=(?:inquiry|enquiry|request|rfq|quotation)(?![\p{L}])))?(?:i need|we need|i want|we want|rfq|inquiry|enquiry|request|quotation|quote|prices?|purchasing request|purchase|searching|seeking|looking|need(?:ed)?|required|want(?:ing)?|keen|procuring|sourcing|buying|wanted|interested|cota[cç][aã]o|cotizaci[oó]n|consulta|pedido|solicitud|or[cç]amento|devis|demande de prix|anfrage|angebot)?(?![\p{L}])(?:\s(?:to|for|about|of|in|pour|para|sobre|de|für|por)(?![\p{L}]))*(?:\s(?:purchase|buy|source|import|acquire|order|procure)(?![\p{L}]))?(?:\s(?:for|of|about|in)(?![\p{L}]))?\s?[:\-–]?\s?/iu;
const GENERIC_SUBJECT = /^(?:(?:new|urgent|price|order|business|product|purchase|trade|sales|general|first|quick)\s)?(?:products?|items?|goods|order|orders|new orders?|inquiry|enquiry|inquiries|quotes?|quotation|rfq|request|hello|hi|price|prices|catalog(?:ue)?|buyable|partnership|(?:products?|items?|goods)\s(?:supply|supplies|sourcing|purchase)|business|cooperation|urgent|purchase order|po|information|info|question|help|details?|sample|samples|re|fwd?|pedidos?|consulta|cotizaci[oó]n|solicitud|or[cç]amento|cota[cç][aã]o|commande|demande|devis|anfrage|bestellung|angebot|precios|preços|prix|preise|prezzi)?(?:\s?(?:from|for)\s[\p{L} ]{2,30})?[\s!?.:]*$/iu;
const PRODUCT_AFTER = /(?<![\p{L}])(?:we need|i need|we require|i require|need to (?:buy|order|purchase|source)|looking for|searching for|seeking|looking to (?:buy|purchase|source)|quotation for|quote for|price (?:for|of)|prices? for|interested in(?:\s+(?:your|the|buying|purchasing|ordering|importing))?|want to (?:buy|order|purchase|import)|would like to (?:buy|order|purchase)|i want|purchase|sourcing|necesito|busco|buscamos|cotización de|je cherche|nous cherchons|besoin de|procuro|preciso de|ich suche|wir suchen|benötigen|нужен|нужна|нужны|ищем|求购|采购|需要|想买|我要)(?![a-z\u00c0-\u024f\u0400-\u04ff])\s{0,2}(?<phrase>[^\n.,;!?()]{3,80})/giu;
const STOP_AFTER = /\s(?:fob|cif|cfr|exw|ddp|dap|fca|for|to|with|in|at|from|on|by|that|which|who|please|pls|kindly|and|or|as|if|so|but|can|could|would|will|do|is|are|we|i|you|para|pour|für|для|con|avec|mit)(?:\s|$).*$/iu;
/** A quantity in front of the product ("500 pcs of"): removed once, so "304 stainless" survives. */
const LEADING_QUANTITY = /^\d[\d.,]*\s?(?:[\p{L}]{1,10}\s(?:of\s)?)?/u;
const LEADING = /^(?:(?:to (?:buy|order|purchase|import|source|get|acquire)|for|buying|purchasing|ordering|importing|a|an|the|some|your|our|this|these|those|any|new|more|good|high quality|best|un|una|une|des|um|uma|eine?n?)\s)/iu;
const NOT_A_PRODUCT = /^(?:(?:starting|doing|working|having|getting|making|knowing|learning|hearing|receiving|delivery|shipping|samples?|quotation|price|prices|payment|reliable|long[- ]term|new|potential|trusted|possible|selling)\s.*|possible|(?:suppliers?|manufactur\p{L}*|vendors?|distributors?|wholesalers?|factory|factories)(?:\s?[/,&]\s?(?:suppliers?|manufactur\p{L}*|vendors?|distributors?|wholesalers?|factory|factories))+|products?|items?|goods|your|our|my|the|suppliers?|a supplier|partners?|manufacturers?|vendors?|information|info|details?|price|prices|quotation|quote|partners?|business|cooperation|more|it|them|this|that|something|help|sample|samples|catalog(?:ue)?|your company|company|the price|best price|reply|response|to|order|ordering|buying|purchasing|only|you|someone|long-term|supply|more information|shipping|delivery|cost|time)$/iu;

// Words about the request itself, the sender or the paperwork: "Catalog Request", "Product order request",
// "MANAGER" name no product; nor does "[EMAIL]", an anonymised field.
const PAPERWORK = /(?<![\p{L}])(?:inquiry|enquiry|inquiries|request|requests|order|orders|quotation|rfq|catalog(?:ue)?s?|price ?lists?|manager|director|officer|procurement|registration|invitation|receipts?|invoices?|remittance|payment)(?![\p{L}])/iu;
const PLACEHOLDER = /\[[A-Z ]+\]/;

function namesAThing(phrase: string): boolean {
  if (PLACEHOLDER.test(phrase) || !/\p{L}{3}|\p{Script=Han}{2}/u.test(phrase)) return false;
  return !PAPERWORK.test(phrase);
}

export function findProducts(subject: string, body: string): string[] {
  const out: string[] = [];
  const add = (phrase: string | null): void => {
    if (!phrase) return;
    const clean = tidy(phrase.replace(/^[\s"'“*:-]+|[\s"'”*:-]+$/g, ''), 60);
    if (clean.length < 3 || NOT_A_PRODUCT.test(clean) || /^\d+$/.test(clean) || !namesAThing(clean)) return;
    const lower = clean.toLowerCase();
    if (!out.some((p) => p.toLowerCase().includes(lower) || lower.includes(p.toLowerCase()))) out.push(clean);
  };
  add(productFromSubject(subject));
  for (const m of eachMatch(PRODUCT_AFTER, unwrapLines(body.slice(0, 3000)))) {
    if (out.length >= MAX_PRODUCTS) break;
    add(cleanPhrase(m.groups?.phrase ?? ''));
  }
  return out;
}

/**
 * Mail clients wrap prose at about 72 columns, which can cut "to purchase your / Products" in two. A line break
 * after a long line of prose continues the sentence; one after a short line or before a list item ends it.
 */
function unwrapLines(text: string): string {
  const lines = text.split('\n');
  let out = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1] ?? '';
    const continues = previous.length > 40 && !previous.endsWith(':') && /^[ \t]*\p{L}/u.test(lines[i] ?? '');
    out += (continues ? ' ' : '\n') + (lines[i] ?? '');
  }
  return out;
}

function productFromSubject(subject: string): string | null {
  let stripped = subject.replace(SUBJECT_PREFIX, '').replace(/\s[-–|]\s.*$/u, '');
  // "automatic dishwasher for cleaning", "Almonds from Uzbekistan": the product is before the preposition.
  stripped = stripped.replace(/^(\S+(?:\s\S+)??)\s(?:for|from|to|with|in)\s.*$/iu, '$1').replace(/^((?:\S+\s){2,}?\S+)\s(?:for|from|to|with|in)\s.*$/iu, '$1');
  // "steel hinges, and can you source padlocks?": the cut leaves the comma before "and" behind.
  stripped = stripLeading(stripped).replace(STOP_AFTER, '').replace(/[\s,;:]+$/u, '');
  if (GENERIC_SUBJECT.test(stripped) || !/\p{L}{3}/u.test(stripped)) return null;
  // Marketplace titles are keyword lists: the first words name the product.
  return tidy(stripped, 60);
}

function cleanPhrase(phrase: string): string | null {
  const p = stripLeading(phrase.trim()).replace(STOP_AFTER, '');
  const words = p.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return words.length > 8 ? words.slice(0, 6).join(' ') : null;
  return p;
}

function stripLeading(phrase: string): string {
  let p = phrase;
  for (let i = 0; i < 3 && LEADING.test(p); i++) p = p.replace(LEADING, '');
  p = p.replace(LEADING_QUANTITY, '');
  for (let i = 0; i < 2 && LEADING.test(p); i++) p = p.replace(LEADING, '');
  return p;
}
