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
  return extractFrom(prepare(input));
}

/** Extraction and purchase intent over one shared text preparation, as triage needs both. */
export function readInquiry(input: ExtractInput): { extracted: Extracted; buyIntent: string[] } {
  const scan = prepare(input);
  return { extracted: extractFrom(scan), buyIntent: findBuyIntent(scan.subject, scan.all) };
}

function extractFrom(scan: Scan): Extracted {
  const { all, body } = scan;
  const mentions = countryMentions(all);
  const terms = findTerms(all);
  const extraEvidence: Array<[string, number]> = [];
  if (terms.portCountry && !/^(?:EXW|FCA|FAS|FOB)$/.test(terms.incoterm ?? '')) extraEvidence.push([terms.portCountry, 2]);
  const claimedFromText = bestCountry(mentions, extraEvidence);
  const phone = findPhone(body, claimedFromText);
  if (phone.international && phone.phoneCountry) extraEvidence.push([phone.phoneCountry, PHONE_COUNTRY_WEIGHT]);
  const ccTld = countryFromSenderDomain(scan.fromAddress);
  if (ccTld) extraEvidence.push([ccTld, CCTLD_WEIGHT]);
  const country = bestCountry(mentions, extraEvidence);
  const contact = findContact(scan.lines, body, scan.fromName);
  const originMention = mentions.find((m) => m.kind === 'origin');
  return {
    products: findProducts(scan.subject, body),
    quantity: findQuantity(all),
    specifications: findSpecifications(all),
    packaging: findPackaging(all),
    origin: findOrigin(all) ?? originMention?.written ?? null,
    qualityStandard: findQualityStandard(all),
    deliveryTime: findDeliveryTime(all),
    port: terms.port,
    incoterm: terms.incoterm,
    certificates: findCertificates(all),
    targetPrice: findTargetPrice(all),
    sampleRequest: findSampleRequest(all),
    ...contact,
    phone: phone.phone,
    phoneValid: phone.parsed ? phoneValidFor(phone.phone, country) : null,
    country,
    messengers: findMessengers(body),
    language: detectLanguage(scan.subject, body),
    buyerType: findBuyerType(body).type,
  };
}

/** Phrases showing the writer wants to buy something, as evidence strings; [] when none. */
export function buyIntent(input: ExtractInput): string[] {
  const scan = prepare(input);
  return findBuyIntent(scan.subject, scan.all);
}
