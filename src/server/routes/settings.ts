import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { getProfile, getSmtpSettings, getTemplates, saveProfile, saveSmtpSettings, saveTemplates } from '../../store/reply-settings.js';
import type { AppContext } from '../app.js';
import { requireAdmin, type AppEnv } from '../auth.js';
import { ProfileSchema, SmtpChangeSchema, SmtpSettingsSchema, TemplatesChangeSchema, TemplatesSchema } from '../reply-schemas.js';
import { ERRORS, json, SECURITY } from './common.js';

const body = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
const route = <M extends 'get' | 'put', P extends string>(method: M, path: P, summary: string) => ({ method, path, summary, security: SECURITY });

const getSmtp = createRoute({ ...route('get', '/api/me/smtp', '我的 SMTP 发信设置（不含密码）/ my SMTP settings (never the password)'), responses: { 200: json(SmtpSettingsSchema, '设置；未设置时为 null / the settings, or null'), ...ERRORS } });
const putSmtp = createRoute({
  ...route('put', '/api/me/smtp', '保存我的 SMTP 设置；密码加密保存 / save my SMTP settings; the password is stored encrypted'),
  request: body(SmtpChangeSchema),
  responses: { 200: json(SmtpSettingsSchema, '已保存 / saved'), ...ERRORS },
});
const getMyProfile = createRoute({ ...route('get', '/api/me/profile', '我的签名资料 / my seller profile for signatures'), responses: { 200: json(ProfileSchema.nullable(), '资料；未设置时为 null / the profile, or null'), ...ERRORS } });
const putMyProfile = createRoute({ ...route('put', '/api/me/profile', '保存签名资料 / save my seller profile'), request: body(ProfileSchema), responses: { 200: json(ProfileSchema, '已保存 / saved'), ...ERRORS } });
const getTeamTemplates = createRoute({ ...route('get', '/api/templates', '团队回复模板 / the team’s reply templates'), responses: { 200: json(TemplatesSchema, '模板 / templates'), ...ERRORS } });
const putTeamTemplates = createRoute({
  ...route('put', '/api/templates', '修改团队回复模板（管理员）/ change the team’s reply templates (admin)'),
  request: body(TemplatesChangeSchema),
  responses: { 200: json(TemplatesSchema, '已保存 / saved'), ...ERRORS },
});

export function settingsRoutes(app: OpenAPIHono<AppEnv>, ctx: AppContext): void {
  app.openapi(getSmtp, async (c) => c.json(await getSmtpSettings(ctx.store, c.get('user').id), 200));
  app.openapi(putSmtp, async (c) => c.json(await saveSmtpSettings(ctx.store, ctx.secretKey, c.get('user').id, c.req.valid('json')), 200));
  app.openapi(getMyProfile, async (c) => c.json(await getProfile(ctx.store, c.get('user').id), 200));
  app.openapi(putMyProfile, async (c) => c.json(await saveProfile(ctx.store, c.get('user').id, c.req.valid('json')), 200));
  app.openapi(getTeamTemplates, async (c) => c.json(await getTemplates(ctx.store), 200));
  app.openapi(putTeamTemplates, async (c) => {
    requireAdmin(c.get('user'));
    return c.json(await saveTemplates(ctx.store, c.get('user').id, c.req.valid('json').templates), 200);
  });
}
