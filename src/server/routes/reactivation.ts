import { PassThrough } from 'node:stream';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { reactivationFor } from '../../inbox/reactivation.js';
import type { ReactivationResult } from '../../reactivate/index.js';
import { customersFromBytes, writeXlsx } from '../../reactivate/files.js';
import { toCsv } from '../../reactivate/export.js';
import type { ReactivationList } from '../../reactivate/list.js';
import { outreachByBuyer } from '../../store/outreach.js';
import { getCustomers, saveCustomers } from '../../store/reactivation-customers.js';
import type { Viewer } from '../../store/viewer.js';
import type { AppContext } from '../app.js';
import { requireAdmin, type AppEnv } from '../auth.js';
import { ApiError } from '../errors.js';
import { CustomerListSchema, CustomersUploadQuerySchema, ExportQuerySchema, ReactivationQuerySchema, ReactivationSchema } from '../reactivation-schemas.js';
import { ERRORS, json, SECURITY } from './common.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_UPLOAD = 20 * 1024 * 1024;

const list = createRoute({
  method: 'get', path: '/api/reactivation', security: SECURITY,
  summary: '旧询盘再开发名单：买家、排除原因与统计（业务员只看自己队列）/ the reactivation list: buyers, exclusions and counts (a salesperson sees their own queue)',
  request: { query: ReactivationQuerySchema },
  responses: { 200: json(ReactivationSchema, '名单的一页 / one page of the list'), ...ERRORS },
});
const exportFile = createRoute({
  method: 'get', path: '/api/reactivation/export', security: SECURITY,
  summary: '导出 XLSX 或 CSV（与命令行相同）/ the XLSX or CSV, as the CLI writes them',
  request: { query: ExportQuerySchema },
  responses: { 200: { content: { [XLSX_TYPE]: { schema: z.string() }, 'text/csv': { schema: z.string() } }, description: '文件 / the file' }, ...ERRORS },
});
const putCustomers = createRoute({
  method: 'put', path: '/api/reactivation/customers', security: SECURITY,
  summary: '上传已有客户名单（CSV 或 XLSX，管理员），整个工作区共用 / upload the existing customers (CSV or XLSX, admin), kept for the workspace',
  request: { query: CustomersUploadQuerySchema, body: { content: { 'text/csv': { schema: z.string() }, [XLSX_TYPE]: { schema: z.string() } }, required: true } },
  responses: { 200: json(CustomerListSchema, '已保存 / saved'), ...ERRORS },
});

/** The list costs a pass over the inbox: one per person per CACHE_MS while they page, filter and export. */
const CACHE_MS = 15_000;

export function reactivationRoutes(app: OpenAPIHono<AppEnv>, ctx: AppContext): void {
  const cache = new Map<number, { at: number; result: Promise<ReactivationResult> }>();
  const listFor = (viewer: Viewer): Promise<ReactivationResult> => {
    const hit = cache.get(viewer.id);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.result;
    const result = reactivationFor(ctx.store, viewer);
    cache.set(viewer.id, { at: Date.now(), result });
    result.catch(() => cache.delete(viewer.id));
    return result;
  };

  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const result = await listFor(c.get('user'));
    const rows = filtered(result, q);
    const outreach = await outreachByBuyer(ctx.store);
    const stored = await getCustomers(ctx.store);
    return c.json({
      rows: rows.slice(q.offset, q.offset + q.limit).map(({ inquiryIds: _ids, bounce, ...r }) => ({
        ...r, bounce: bounce && { status: bounce.status, diagnostic: bounce.diagnostic }, outreach: outreach.get(r.key) ?? null,
      })),
      total: rows.length,
      countries: [...new Set(result.rows.flatMap((r) => (r.country ? [r.country] : [])))].sort(),
      excluded: result.excluded.slice(0, 500).map((e) => ({ key: e.key, name: e.name, email: e.email, company: e.company, lastAt: e.lastAt, inquiries: e.inquiries, code: e.match.code, customerRow: e.match.customerRow, reason: e.match.reason })),
      counts: result.counts,
      customerList: stored && { filename: stored.filename, customers: stored.customers.length, updatedAt: stored.updatedAt },
    }, 200);
  });

  app.openapi(exportFile, async (c) => {
    const q = c.req.valid('query');
    const result = await listFor(c.get('user'));
    const file: ReactivationList = { ...result, rows: filtered(result, q) };
    const stamp = new Date().toISOString().slice(0, 10);
    if (q.format === 'csv') {
      return c.body(toCsv(file), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="reactivation-${stamp}.csv"` });
    }
    return c.body(await xlsxBytes(file), 200, { 'content-type': XLSX_TYPE, 'content-disposition': `attachment; filename="reactivation-${stamp}.xlsx"` });
  });

  app.openapi(putCustomers, async (c) => {
    const user = c.get('user');
    requireAdmin(user);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength === 0 || bytes.byteLength > MAX_UPLOAD) throw new ApiError(400, 'customers.size', '客户名单为空或超过 20 MB', 'the customer list is empty or larger than 20 MB');
    const { filename } = c.req.valid('query');
    // An XLSX is a zip: "PK" first, whatever the browser called it.
    const kind = (c.req.header('content-type') ?? '').includes('spreadsheetml') || (bytes[0] === 0x50 && bytes[1] === 0x4b) ? 'xlsx' : 'csv';
    const customers = await customersFromBytes(bytes, kind, filename);
    const saved = await saveCustomers(ctx.store, user.id, filename, customers, new Date().toISOString());
    cache.clear();
    return c.json({ filename: saved.filename, customers: saved.customers.length, updatedAt: saved.updatedAt }, 200);
  });
}

function filtered(result: ReactivationResult, q: { grade?: 'A' | 'B' | 'C'; country?: string }) {
  const country = q.country?.toUpperCase();
  return result.rows.filter((r) => (!q.grade || r.grade === q.grade) && (!country || r.country === country));
}

async function xlsxBytes(list: ReactivationList): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => stream.on('end', resolve));
  await writeXlsx(stream, list);
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
