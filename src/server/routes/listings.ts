/**
 * Listing diagnostics and showcase picks over HTTP: the catalogue check on an uploaded file (JSON,
 * or the XLSX report), and showcase picks and buyer keywords from the stored inquiries.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { keywordsReport, showcaseReport } from '../../inbox/showcase.js';
import { checkCatalogue, summarize } from '../../listings/diagnose.js';
import { evidenceText, fieldLabel, shortLabel } from '../../listings/labels.js';
import { catalogueFromBytes, loadSpeller } from '../../listings/read.js';
import { reportWorkbook } from '../../listings/report-xlsx.js';
import type { Speller } from '../../listings/speller.js';
import type { AppContext } from '../app.js';
import type { AppEnv } from '../auth.js';
import { ApiError } from '../errors.js';
import { KeywordsSchema, ListingsCheckSchema, ShowcaseSchema, WindowQuery } from '../listings-schemas.js';
import { ErrorSchema } from '../schemas.js';
import { ERRORS, json, SECURITY } from './common.js';

/** A catalogue export is a few MB; much more is the wrong file, and it would all sit in memory. */
export const MAX_CATALOGUE_BYTES = 32 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const check = createRoute({
  method: 'post',
  path: '/api/listings/check',
  summary: '产品诊断：上传产品目录（CSV 或 XLSX），返回每个产品的问题与汇总；?format=xlsx 返回报告 / check a catalogue (CSV or XLSX body): findings per product and the summary; ?format=xlsx for the report',
  security: SECURITY,
  request: {
    query: z.object({ format: z.enum(['json', 'xlsx']).optional() }),
    body: { content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } }, required: true, description: '文件内容 / the file itself' },
  },
  responses: {
    200: { content: { 'application/json': { schema: ListingsCheckSchema }, [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } }, description: '诊断结果 / the check' },
    413: json(ErrorSchema, '文件过大 / the file is too large'),
    ...ERRORS,
  },
});

const showcase = createRoute({
  method: 'get',
  path: '/api/listings/showcase',
  summary: '橱窗推荐：按近 30/90 天询盘与增长排序，附原因 / showcase picks from the stored inquiries, with reasons',
  security: SECURITY,
  request: { query: WindowQuery },
  responses: { 200: json(ShowcaseSchema, '推荐 / the picks'), ...ERRORS },
});

const keywords = createRoute({
  method: 'get',
  path: '/api/listings/keywords',
  summary: '买家用词：每个产品按国家 / the words buyers use for each product, per country',
  security: SECURITY,
  request: { query: WindowQuery },
  responses: { 200: json(KeywordsSchema, '用词 / the words'), ...ERRORS },
});

/** The window ends at the midnight after the last day asked for; today's inquiries count by default. */
const windowEnd = (asOf: string | undefined) => (asOf ? new Date(Date.parse(`${asOf}T00:00:00Z`) + 86_400_000) : new Date());

/** The upload's name for error messages (the web sends it URI-encoded, since headers are ASCII). */
function fileName(header: string | undefined): string {
  try {
    return header ? decodeURIComponent(header).slice(0, 200) : 'catalogue';
  } catch {
    return 'catalogue';
  }
}

export function listingsRoutes(app: OpenAPIHono<AppEnv>, ctx: AppContext): void {
  let speller: Speller | null = null; // the dictionary takes ~150 ms to load: once per process
  app.openapi(check, async (c) => {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length > MAX_CATALOGUE_BYTES) throw new ApiError(413, 'too_large', `文件超过 ${MAX_CATALOGUE_BYTES >> 20} MB`, `the file is larger than ${MAX_CATALOGUE_BYTES >> 20} MB`);
    const catalogue = await catalogueFromBytes(bytes, fileName(c.req.header('x-file-name')));
    const reports = checkCatalogue(catalogue, (speller ??= loadSpeller()));
    const summary = summarize(catalogue, reports);
    if (c.req.valid('query').format === 'xlsx') {
      return c.body(new Uint8Array(await reportWorkbook(reports, summary)), 200, { 'content-type': XLSX, 'content-disposition': 'attachment; filename="listings-report.xlsx"' });
    }
    return c.json({
      products: reports.map((r) => ({
        ...r,
        findings: r.findings.map((f) => ({ ...f, short: { zh: shortLabel(f.id, 'zh'), en: shortLabel(f.id, 'en') }, evidenceText: { zh: evidenceText(f, 'zh'), en: evidenceText(f, 'en') } })),
      })),
      summary: {
        products: summary.products,
        averageScore: summary.averageScore,
        byFinding: summary.byFinding.map(([id, products]) => ({ id, short: { zh: shortLabel(id, 'zh'), en: shortLabel(id, 'en') }, products })),
        unknownColumns: summary.unknownColumns,
        absentFields: summary.absentFields.map((field) => ({ field, zh: fieldLabel(field, 'zh'), en: fieldLabel(field, 'en') })),
      },
    }, 200);
  });
  app.openapi(showcase, async (c) => {
    const q = c.req.valid('query');
    return c.json(await showcaseReport(ctx.store, c.get('user'), { asOf: windowEnd(q.asOf), limit: q.limit }), 200);
  });
  app.openapi(keywords, async (c) => {
    const q = c.req.valid('query');
    return c.json(await keywordsReport(ctx.store, c.get('user'), { asOf: windowEnd(q.asOf), limit: q.limit }), 200);
  });
}
