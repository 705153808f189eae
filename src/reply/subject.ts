/** Reply prefixes mail clients add in many languages: Re, AW (de), SV (sv/da/no), RIF (it), 回复, 答复. */
const PREFIX = /^(?:\s*(?:re|aw|sv|rif|antw|ynt|回复|答复)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+/iu;

/** "Re: …" exactly once, however many the buyer's client stacked up. */
export function replySubject(subject: string): string {
  const rest = subject.replace(PREFIX, '').trim();
  return rest ? `Re: ${rest}` : 'Re:';
}

/** Words that say nothing about the product: a subject of only these is generic. */
const EMPTY_WORDS = new Set(['re', 'fw', 'fwd', 'aw', 'hello', 'hi', 'dear', 'inquiry', 'enquiry', 'quotation', 'quote', 'offer', 'price', 'prices', 'request', 'reply', 'answer', 'information', 'info', 'question', 'urgent', 'important', 'business', 'order', 'your', 'our', 'the', 'a', 'for', 'from', 'about', 'of', 'sir', 'madam', 'friend', 'thanks', 'thank', 'you', 'and', 'list', 'new', '回复', '询盘', '报价', '你好', '您好',
  'cotización', 'consulta', 'presupuesto', 'hola', 'demande', 'devis', 'bonjour', 'anfrage', 'angebot', 'hallo', 'cotação', 'olá', 'запрос', 'здравствуйте', 'استفسار', 'teklif', 'merhaba', 'richiesta', 'offerta', 'preventivo', 'ciao']);

/** Empty, only prefixes, or only words like "quotation", "hello", "inquiry". */
export function isGenericSubject(subject: string): boolean {
  const words = subject.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.every((w) => EMPTY_WORDS.has(w));
}
