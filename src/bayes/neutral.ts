/**
 * Words the text model never learns from. The training ham (SpamAssassin's mailing lists, SMS chat)
 * almost never talks trade, so there every word of a purchase request ("quotation", "shipping",
 * "quantity", "kindly") is seen only in spam, and a real buyer's inquiry scores as junk for asking
 * what buyers ask. For this product those words are the business itself, so they are no evidence
 * either way: the model has to find junk in the rest (the lure, the pitch, the drug names).
 */
const TRADE_WORDS = `
please kindly pls thank thanks regards sincerely best dear sir sirs madam mr mrs ms hello hi greetings
name contact contacts reply replies receive received request requests require required requirement need needs needed
want wanted interested interest inquiry inquiries enquiry enquiries question questions
purchase purchases purchasing purchased buy buying buyer buyers order orders ordering ordered reorder
quote quotes quoted quotation quotations price prices pricing priced cost costs offer offers offering
quantity quantities moq pcs pc pieces piece unit units set sets lot lots bulk
sample samples specification specifications spec specs size sizes color colors colour colours weight
material materials quality grade brand brands model models customized customised custom customize logo
packaging package packages packing carton cartons box boxes label labels
shipping shipment shipments ship shipped delivery deliver delivered freight transport warehouse
wholesale wholesaler retail retailer distributor distributors dealer supplier suppliers supply manufacturer manufacturers factory
product products item items goods stock catalog catalogue catalogs catalogues brochure
business company companies trading trade import importer export exporter customer customers client clients
payment payments pay paid invoice invoices usd eur tax vat fob cif cfr exw ddp dap incoterms terms term
contract contracts monthly annual per fax tel phone mobile address zip email website
`;

/** Trade words in the other languages buyers write in most (es, pt, fr, de, it). */
const TRADE_WORDS_OTHER = `
por favor gracias saludos estimado estimados precio precios cotización cotizacion pedido pedidos cantidad muestra muestras producto productos empresa envío envio entrega pago
obrigado obrigada preço preços cotação orçamento quantidade amostra produtos empresa entrega pagamento
merci cordialement bonjour prix devis commande commandes quantité échantillon échantillons produit produits société livraison paiement
danke grüße preis preise angebot bestellung menge muster produkt produkte firma lieferung zahlung
grazie saluti prezzo prezzi preventivo ordine quantità campione prodotto prodotti azienda consegna pagamento
`;

const WORDS = new Set(`${TRADE_WORDS} ${TRADE_WORDS_OTHER}`.split(/\s+/).filter(Boolean));

/**
 * Whether the model leaves a token out: a trade word (in the subject or the body), or Chinese,
 * Japanese or Korean text, which the training ham has none of, so every such token would read as junk.
 */
export function isNeutralToken(token: string): boolean {
  const word = token.startsWith('s:') ? token.slice(2) : token;
  return WORDS.has(word) || /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u.test(word);
}
