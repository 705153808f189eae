import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { followupsFor, responseReportFor } from '../../inbox/followups.js';
import type { AppContext } from '../app.js';
import type { AppEnv } from '../auth.js';
import { FollowUpSchema, ReportSchema } from '../reply-schemas.js';
import { ERRORS, json, SECURITY } from './common.js';

const followups = createRoute({
  method: 'get',
  path: '/api/followups',
  summary: '今日跟进：到期（含逾期）的跟进提醒，在买家工作时间 / today’s follow-ups, overdue included, each due in the buyer’s office hours',
  security: SECURITY,
  responses: { 200: json(z.object({ followups: z.array(FollowUpSchema) }), '按业务员、到期时间排序 / by salesperson, earliest first'), ...ERRORS },
});
const report = createRoute({
  method: 'get',
  path: '/api/report',
  summary: '回复时效报告：0–6/6–12/12–24/24 小时以上，及时率、二次回复率、转化 / response times: buckets, timely and second-reply rates, conversion',
  security: SECURITY,
  request: {
    query: z.object({
      from: z.string().max(40).optional().openapi({ description: 'ISO date: threads active on or after it' }),
      to: z.string().max(40).optional().openapi({ description: 'ISO date, exclusive' }),
    }),
  },
  responses: { 200: json(ReportSchema, '报告（垃圾与自动回复不计）/ the report (junk and auto-replies left out)'), ...ERRORS },
});

export function followupRoutes(app: OpenAPIHono<AppEnv>, ctx: AppContext): void {
  app.openapi(followups, async (c) => c.json({ followups: await followupsFor(ctx.store, c.get('user'), new Date()) }, 200));
  app.openapi(report, async (c) => c.json(await responseReportFor(ctx.store, c.get('user'), new Date(), c.req.valid('query')), 200));
}
