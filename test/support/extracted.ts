import type { Extracted } from '../../src/model/extracted.js';

/** An extraction with nothing found but an air fryer in English; tests set what they need. */
export const extracted = (over: Partial<Extracted> = {}): Extracted => ({
  products: ['air fryer'], quantity: null, specifications: [], packaging: null, origin: null, qualityStandard: null, deliveryTime: null,
  port: null, incoterm: null, certificates: [], targetPrice: null, sampleRequest: false, buyerName: null, company: null, position: null,
  phone: null, phoneValid: null, website: null, address: null, country: null, messengers: [], language: 'en', buyerType: null, ...over,
});
