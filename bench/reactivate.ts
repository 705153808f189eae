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
import { customersFromRows } from '../src/reactivate/customers.js';
import { toCsv } from '../src/reactivate/export.js';
import { writeXlsx } from '../src/reactivate/files.js';
import { reactivate } from '../src/reactivate/reactivate.js';
import { bounceRaw, customerRows, inquiries } from './reactivate-data.js';

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
