/**
 * The generated mailbox both reactivation benches use: N stored inquiries from 0.6 N buyers (most
 * write once), a 5,000-row customer list and 600 bounces, the same on every run (fixed seed).
 */
import type { Extracted } from '../src/model/extracted.js';
import type { TriageRecord } from '../src/pipeline/record.js';
import type { StoredInquiry } from '../src/reactivate/input.js';
import * as bounces from '../test/support/bounces.js';

export const N = Number(process.env.XUNPAN_BENCH_INQUIRIES ?? 100_000);
const BUYERS = Math.round(N * 0.6); // most buyers write once, some several times
const COUNTRIES = ['DE', 'US', 'BR', 'ES', 'FR', 'SA', 'RU', 'TR', 'IT', 'JP', 'KR', 'IN', 'NG', 'PL', 'VN', null];
const PRODUCTS = ['stainless steel lunch box', 'folding chair', 'LED panel light', 'kraft paper box', 'ball screw', 'rattan garden table'];

let seed = 42;
/** mulberry32: a fixed seed, so every run builds the same rows. */
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

function extracted(b: number): Extracted {
  const full = b % 5 === 0;
  return {
    products: [pick(PRODUCTS)], quantity: rand() < 0.5 ? { value: 500, unit: 'pcs', text: `${(b % 50) * 100 + 100} pcs` } : null,
    specifications: rand() < 0.3 ? ['304 stainless steel'] : [], packaging: null, origin: null, qualityStandard: null, deliveryTime: null,
    port: rand() < 0.2 ? 'Hamburg' : null, incoterm: rand() < 0.3 ? 'FOB' : null, certificates: [], targetPrice: null, sampleRequest: rand() < 0.1,
    buyerName: full ? `Buyer ${b}` : null, company: b % 3 === 0 ? `Company ${b} Co., Ltd.` : null, position: null,
    phone: full ? `+4930${String(1_000_000 + b)}` : null, phoneValid: null, website: null, address: null, country: pick(COUNTRIES),
    messengers: [], language: 'en', buyerType: null,
  };
}

export function* inquiries(): Generator<StoredInquiry & { record: TriageRecord }> {
  for (let i = 0; i < N; i++) {
    const b = Math.floor(rand() * BUYERS);
    const junk = rand() < 0.15;
    const record: TriageRecord = {
      source: 'bench', index: i, messageId: null, subject: `Inquiry ${i}`, from: b % 7 === 0 ? null : `buyer${b}@company${b}.example`,
      date: null, origin: { ip: null, country: null, localHour: null }, verdict: junk ? 'junk' : rand() < 0.1 ? 'suspicious' : 'genuine',
      kind: junk ? 'spam' : null, grade: junk ? null : 'B', priority: 'medium', score: 0, inquiry: true, language: 'en', buyerType: null,
      signals: [], extracted: extracted(b),
    };
    yield { id: `inq-${i}`, receivedAt: new Date(Date.UTC(2019, 0, 1) + i * 60_000).toISOString(), record };
  }
}

export const customerRows = [['公司名称', '邮箱', '电话'], ...Array.from({ length: 5000 }, (_, i) => [`Company ${i * 11} Ltd`, `boss@company${i * 13}.example`, `+4930${1_000_000 + i * 17}`])];
const samples = [bounces.rfc3464('failed', '5.1.1'), bounces.qmailPermanent, bounces.eximFailed, bounces.exchangeFailed, bounces.gmailNotFound, bounces.gmailIncomplete];
export const bounceRaw = Array.from({ length: 600 }, (_, i) => new TextEncoder().encode(pick(samples)(`buyer${i * 29}@company${i * 29}.example`)));

