import type { Extracted } from '../model/extracted.js';
import { findBuyerType } from './buyer-type.js';
import { bestCountry, countryMentions } from './country.js';
import { findContact } from './contact.js';
import { findBuyIntent } from './intent.js';
import { detectLanguage } from './language.js';
import { findTargetPrice } from './money.js';
import { findDeliveryTime, findOrigin, findPackaging, findQualityStandard, findSampleRequest } from './order-terms.js';
import { findMessengers, findPhone, phoneValidFor } from './phone.js';
import { findProducts } from './products.js';
import { findQuantity } from './quantity.js';
import { countryFromSenderDomain } from './sender-domain.js';
import { findSpecifications } from './specs.js';
import { prepare, type Scan } from './text.js';
import { findCertificates, findTerms } from './trade-terms.js';

export interface ExtractInput { subject: string; text: string; fromName: string; fromAddress: string }

/** Weight of a phone's country code and of the sender's ccTLD next to what the text says (see country.ts). */
const PHONE_COUNTRY_WEIGHT = 2;
const CCTLD_WEIGHT = 0.5;

/** What the buyer asked for and who they are. Pure and total: any input gives a result, never an exception. */
export function extract(input: ExtractInput): Extracted {
  return extractAll([prepare(input)])[0] as Extracted;
}

/** Extraction and purchase intent over one shared text preparation, as triage needs both. */
export function readInquiry(input: ExtractInput): { extracted: Extracted; buyIntent: string[] } {
  return readInquiries([input])[0] as { extracted: Extracted; buyIntent: string[] };
}

/** readInquiry for a batch of messages, one extractor at a time across all of them (see extractAll). */
export function readInquiries(inputs: readonly ExtractInput[]): Array<{ extracted: Extracted; buyIntent: string[] }> {
  const scans = inputs.map(prepare);
  const extracted = extractAll(scans);
  return scans.map((scan, i) => ({ extracted: extracted[i] as Extracted, buyIntent: findBuyIntent(scan.subject, scan.all) }));
}

/**
 * Every field for every scan, each extractor run across the whole batch before the next: an
 * extractor's patterns and tables then stay in the CPU's caches from one message to the next, where
 * one message at a time let the other nineteen push them out (triage.ts, analyseMany).
 */
function extractAll(scans: readonly Scan[]): Extracted[] {
  const column = <T>(read: (scan: Scan, i: number) => T): ((i: number) => T) => {
    const values = scans.map(read);
    return (i) => values[i] as T;
  };
  const mentions = column((s) => countryMentions(s.all));
  const terms = column((s) => findTerms(s.all));
  const portEvidence = (i: number): Array<[string, number]> => {
    const { portCountry, incoterm } = terms(i);
    return portCountry && !/^(?:EXW|FCA|FAS|FOB)$/.test(incoterm ?? '') ? [[portCountry, 2]] : [];
  };
  const phone = column((s, i) => findPhone(s.body, bestCountry(mentions(i), portEvidence(i))));
  const country = column((s, i) => {
    const evidence = portEvidence(i);
    const found = phone(i);
    if (found.international && found.phoneCountry) evidence.push([found.phoneCountry, PHONE_COUNTRY_WEIGHT]);
    const ccTld = countryFromSenderDomain(s.fromAddress);
    if (ccTld) evidence.push([ccTld, CCTLD_WEIGHT]);
    return bestCountry(mentions(i), evidence);
  });
  const contact = column((s) => findContact(s.lines, s.body, s.fromName));
  const products = column((s) => findProducts(s.subject, s.body));
  const quantity = column((s) => findQuantity(s.all));
  const specifications = column((s) => findSpecifications(s.all));
  const packaging = column((s) => findPackaging(s.all));
  const origin = column((s, i) => findOrigin(s.all) ?? mentions(i).find((m) => m.kind === 'origin')?.written ?? null);
  const qualityStandard = column((s) => findQualityStandard(s.all));
  const deliveryTime = column((s) => findDeliveryTime(s.all));
  const certificates = column((s) => findCertificates(s.all));
  const targetPrice = column((s) => findTargetPrice(s.all));
  const sampleRequest = column((s) => findSampleRequest(s.all));
  const phoneValid = column((_, i) => (phone(i).parsed ? phoneValidFor(phone(i).phone, country(i)) : null));
  const messengers = column((s) => findMessengers(s.body));
  const language = column((s) => detectLanguage(s.subject, s.body));
  const buyerType = column((s) => findBuyerType(s.body).type);
  return scans.map((_, i) => ({
    products: products(i),
    quantity: quantity(i),
    specifications: specifications(i),
    packaging: packaging(i),
    origin: origin(i),
    qualityStandard: qualityStandard(i),
    deliveryTime: deliveryTime(i),
    port: terms(i).port,
    incoterm: terms(i).incoterm,
    certificates: certificates(i),
    targetPrice: targetPrice(i),
    sampleRequest: sampleRequest(i),
    ...contact(i),
    phone: phone(i).phone,
    phoneValid: phoneValid(i),
    country: country(i),
    messengers: messengers(i),
    language: language(i),
    buyerType: buyerType(i),
  }));
}

/** Phrases showing the writer wants to buy something, as evidence strings; [] when none. */
export function buyIntent(input: ExtractInput): string[] {
  const scan = prepare(input);
  return findBuyIntent(scan.subject, scan.all);
}
