import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { resolveLimits } from '../../ingest/limits.js';
import { listImports, startUploadImport, UPLOAD_KINDS } from '../../inbox/upload-import.js';
import { defaultWorkers } from '../../pipeline/pool.js';
import type { AppContext } from '../app.js';
import { requireAdmin, type AppEnv } from '../auth.js';
import { receiveFile, tooLarge } from '../upload.js';
import { ERRORS, json, SECURITY } from './common.js';

const ImportSchema = z
  .object({
    id: z.number().int(),
    label: z.string().openapi({ description: 'the file name, or the CLI’s paths' }),
    status: z.enum(['running', 'done', 'failed']),
    read: z.number().int(),
    stored: z.number().int(),
    duplicates: z.number().int(),
    failed: z.number().int(),
    expected: z.number().int().nullable().openapi({ description: 'messages the file should hold, when known: read / expected is the progress' }),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    error: z.object({ zh: z.string(), en: z.string() }).nullable().openapi({ description: 'why a failed run failed' }),
  })
  .openapi('Import');

const NameQuery = z.object({
  name: z
    .string()
    .min(1)
    .max(255)
    .refine((n) => UPLOAD_KINDS.some((ext) => n.toLowerCase().endsWith(ext)), { message: `the name must end in ${UPLOAD_KINDS.join(', ')}` })
    .openapi({ description: 'the file’s name; its ending says what it is (.eml, .mbox, .csv, .xlsx)', example: 'inquiries-2026.mbox' }),
});

const list = createRoute({ method: 'get', path: '/api/imports', summary: '导入记录（管理员）/ import runs (admin)', security: SECURITY, responses: { 200: json(z.array(ImportSchema), '最新的在前，每批提交后更新 / newest first, updated after each committed batch'), ...ERRORS } });
const upload = createRoute({
  method: 'post',
  path: '/api/imports',
  summary: '上传文件并在后台导入（管理员）/ upload a file and import it in the background (admin)',
  description: '请求体即文件本身 / the request body is the file itself',
  security: SECURITY,
  request: { query: NameQuery, body: { content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } }, required: true } },
  responses: { 202: json(z.object({ id: z.number().int() }), '已开始，用 GET /api/imports 查看进度 / started; follow it with GET /api/imports'), 413: ERRORS[400], ...ERRORS },
});

export function importRoutes(app: OpenAPIHono<AppEnv>, ctx: AppContext): void {
  app.openapi(list, async (c) => {
    requireAdmin(c.get('user'));
    return c.json(await listImports(ctx.store), 200);
  });
  app.openapi(upload, async (c) => {
    requireAdmin(c.get('user'));
    const declared = Number(c.req.header('content-length'));
    if (declared > ctx.maxUploadBytes) throw tooLarge(ctx.maxUploadBytes); // refused before a byte is written
    // No character a file system could read as a path: the name stays one file in the upload's own folder.
    const name = c.req.valid('query').name.replace(/[\\/\p{Cc}]/gu, '_');
    await mkdir(ctx.uploadDir, { recursive: true });
    const folder = await mkdtemp(path.join(ctx.uploadDir, 'upload-'));
    const file = path.join(folder, name);
    const received = await receiveFile(c.req.raw.body, file, ctx.maxUploadBytes).catch(async (error: unknown) => {
      await rm(folder, { recursive: true, force: true });
      throw error;
    });
    const expected = name.toLowerCase().endsWith('.eml') ? 1 : name.toLowerCase().endsWith('.mbox') ? received.separators : null;
    const id = await startUploadImport(ctx.store, { path: file, name, expected }, {
      model: await ctx.model(),
      limits: resolveLimits(),
      workers: defaultWorkers(),
      onSettled: () => ctx.teamChanged(), // the intake keeps each salesperson's load, which the import has just changed
    });
    return c.json({ id }, 202);
  });
}
