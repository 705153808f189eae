/**
 * `npm run bench:reactivate`: the reactivation table from 100,000 generated stored inquiries
 * (XUNPAN_BENCH_INQUIRIES to change), with a 5,000-row customer list and 600 bounces. Prints
 * figures only; the target is the whole list in ≤ 10 s. Tests never assert timing.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isFreeMail } from '../src/enrich/freemail.js';
import type { Extracted } from '../src/model/extracted.js';
import type { TriageRecord } from '../src/pipeline/record.js';
import { customersFromRows } from '../src/reactivate/customers.js';
import { toCsv } from '../src/reactivate/export.js';
import { writeXlsx } from '../src/reactivate/files.js';
import type { StoredInquiry } from '../src/reactivate/input.js';
import { reactivate } from '../src/reactivate/reactivate.js';
import * as bounces from '../test/support/bounces.js';

const N = Number(process.env.XUNPAN_BENCH_INQUIRIES ?? 100_000);
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

function* inquiries(): Generator<StoredInquiry> {
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

const customerRows = [['公司名称', '邮箱', '电话'], ...Array.from({ length: 5000 }, (_, i) => [`Company ${i * 11} Ltd`, `boss@company${i * 13}.example`, `+4930${1_000_000 + i * 17}`])];
const samples = [bounces.rfc3464('failed', '5.1.1'), bounces.qmailPermanent, bounces.eximFailed, bounces.exchangeFailed, bounces.gmailNotFound, bounces.gmailIncomplete];
const bounceRaw = Array.from({ length: 600 }, (_, i) => new TextEncoder().encode(pick(samples)(`buyer${i * 29}@company${i * 29}.example`)));

const t0 = performance.now();
const { customers } = customersFromRows(customerRows);
const result = await reactivate(inquiries(), bounceRaw, customers, { isFreeMail });
const t1 = performance.now();
const csv = toCsv(result);
const t2 = performance.now();
const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-bench-'));
await writeXlsx(path.join(dir, 'out.xlsx'), result);
const xlsxBytes = statSync(path.join(dir, 'out.xlsx')).size;
rmSync(dir, { recursive: true });
const t3 = performance.now();

const c = result.counts;
console.log(`reactivate: ${c.inquiries} inquiries → ${c.buyers} buyers (A ${c.byGrade.A} / B ${c.byGrade.B} / C ${c.byGrade.C}), ${c.junk} junk, ${c.customers} customers left out, ${c.dead} dead, ${c.delayed} delayed (node ${process.version})`);
console.log(`list (with 600 bounces parsed, drafts): ${((t1 - t0) / 1000).toFixed(2)} s`);
console.log(`CSV  ${(csv.length / 1e6).toFixed(1)} MB: ${((t2 - t1) / 1000).toFixed(2)} s`);
console.log(`XLSX ${(xlsxBytes / 1e6).toFixed(1)} MB: ${((t3 - t2) / 1000).toFixed(2)} s`);
console.log(`total ${((t3 - t0) / 1000).toFixed(2)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
