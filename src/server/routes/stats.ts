import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { getStats } from '../../store/stats.js';
import type { AppContext } from '../app.js';
import type { AppEnv } from '../auth.js';
import { ERRORS, json, SECURITY } from './common.js';

const count = z.number().int();
const StatsSchema = z
  .object({
    perDay: z.array(z.object({ day: z.string(), verdict: z.enum(['genuine', 'suspicious', 'junk']), n: count })),
    junkByKind: z.array(z.object({ kind: z.string(), n: count })),
    perProduct: z.array(z.object({ product: z.string(), n: count })),
    perCountry: z.array(z.object({ country: z.string(), n: count })),
  })
  .openapi('Stats');

const stats = createRoute({
  method: 'get',
  path: '/api/stats',
  summary: '统计：每日询盘（按判定）、垃圾类型、产品、国家 / counts per day by verdict, junk by kind, per product, per country',
  security: SECURITY,
  request: {
    query: z.object({
      from: z.string().max(40).optional().openapi({ description: 'ISO date, inclusive' }),
      to: z.string().max(40).optional().openapi({ description: 'ISO date, exclusive' }),
    }),
  },
  responses: { 200: json(StatsSchema, '统计 / the counts'), ...ERRORS },
});

export function statsRoutes(app: OpenAPIHono<AppEnv>, ctx: AppContext): void {
  app.openapi(stats, async (c) => c.json(await getStats(ctx.store, c.get('user'), c.req.valid('query')), 200));
}
