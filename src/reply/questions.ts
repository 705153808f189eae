/**
 * The questions in an inquiry: sentences with a question mark, polite requests ("please quote",
 * "kindly advise", "could you send") and sentences asking for price, MOQ, delivery, samples, payment
 * or certificates. Each gets the topics it is about, so the draft answers it in its own point.
 */
export const TOPICS = ['price', 'moq', 'delivery', 'sample', 'payment', 'certificate', 'catalog', 'customization', 'shipping', 'other'] as const;
export type Topic = (typeof TOPICS)[number];

export interface Question {
  text: string;
  topics: Topic[]; // never empty: 'other' when nothing more precise
}

const TOPIC_WORDS: readonly [Topic, RegExp][] = [
  ['price', /\b(?:price|prices|pricing|quot(?:e|ation)|cost|offer|how much|best rate)\b|precio|cotizaci|prix|devis|preis|angebot|preço|orçamento|цен|стоимост|سعر|أسعار|fiyat|prezzo|价格|报价/iu],
  ['moq', /\bmoq\b|minimum (?:order|quantity)|min\.? order|pedido mínimo|cantidad mínima|quantité minimale|mindestbestell|минимальн\p{L}* (?:заказ|парти)|الحد الأدنى|minimum sipariş|ordine minimo|起订量/iu],
  ['delivery', /\b(?:deliver(?:y|ed)?|lead ?time|production time|ship(?:ping)? (?:date|time)|when can you|how (?:long|soon))\b|entrega|plazo|livraison|délai|lieferzeit|liefer|prazo|срок|поставк|التسليم|teslim|consegna|交货|交期/iu],
  ['sample', /\bsamples?\b|muestra|échantillon|muster|amostra|образ[цe]|عينة|numune|campion|样品/iu],
  ['payment', /\b(?:payment|pay|t\/t|l\/c|letter of credit|paypal|deposit|western union)\b|pago|paiement|zahlung|pagamento|оплат|الدفع|ödeme|付款/iu],
  ['certificate', /\b(?:certificat\w*|certified|ce|fda|iso ?\d*|rohs|reach|ul|test reports?|sgs)\b|certificado|zertifikat|сертифик|شهادة|sertifika|certificazion|认证|证书/iu],
  ['catalog', /\b(?:catalog(?:ue)?s?|brochures?|price ?list|product list|pictures?|photos?)\b|catálogo|catalogue|katalog|каталог|كتالوج|catalogo|目录|图片/iu],
  ['customization', /\b(?:oem|odm|logo|custom(?:i[sz]ed?)?|private label|own brand|printing|colou?rs?)\b|personaliz|marca propia|logotipo|personnalis|eigene marke|логотип|شعار|özel|定制|印刷/iu],
  ['shipping', /\b(?:shipping|freight|fob|cif|cfr|exw|ddp|dap|port|container|by sea|by air|courier|incoterms?)\b|envío|flete|fret|fracht|frete|доставк|фрахт|الشحن|nakliye|spedizione|运费|海运/iu],
];

/** A request, with or without a question mark: "Please quote…", "Kindly advise…", "Could you…", "I need to know…". */
const REQUEST = /^(?:(?:pls|please|kindly|could you|can you|would you|will you|do you|are you|is it|what|which|how|when|where|may i|i would like to know|we would like to know|i need to know|let me know|advise)\b|por favor|podría|pourriez|pouvez|merci de|bitte|können sie|könnten sie|poderia|pode|прошу|пожалуйста|просим|можете|الرجاء|يرجى|هل|lütfen|potete|potreste|per favore|请)/iu;
const ASK_INSIDE = /\b(?:please|kindly|pls)\s+(?:quote|send|advise|provide|offer|let us know|let me know|tell|share|confirm|inform|give|check|update)\b/iu;

/** Sentences, split on end marks and line breaks; greeting and signature lines are too short to matter. */
function sentences(text: string): string[] {
  return text
    .replace(/\r/g, '')
    .split(/(?<=[.!?？。！])\s+|\n+/u)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length >= 8);
}

export function topicsOf(sentence: string): Topic[] {
  let found = TOPIC_WORDS.filter(([, pattern]) => pattern.test(sentence)).map(([topic]) => topic);
  // "FOB Ningbo price" asks for a price on terms: the price answer names the terms, a shipping one repeats them.
  if (found.includes('price')) found = found.filter((t) => t !== 'shipping');
  return found.length ? found : ['other'];
}

/** Topics alone make a question only in a short line that asks ("Price and MOQ for 500 pcs"), not in a story. */
const SHORT_ASK = 80;

export function findQuestions(text: string): Question[] {
  const out: Question[] = [];
  for (const s of sentences(text)) {
    const asks = /[?？؟]/u.test(s) || REQUEST.test(s) || ASK_INSIDE.test(s);
    const topics = topicsOf(s);
    const topical = topics[0] !== 'other' && s.length <= SHORT_ASK && !/^(?:we|i|our|my)\b/iu.test(s);
    if (asks || topical) out.push({ text: s, topics });
  }
  return out;
}
