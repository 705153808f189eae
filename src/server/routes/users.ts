import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { createApiToken, createUser, listUsers, updateUser } from '../../store/users.js';
import type { AppContext } from '../app.js';
import { requireAdmin, type AppEnv } from '../auth.js';
import { ApiError, notFound } from '../errors.js';
import { IdParam, NewUserSchema, TokenSchema, UserChangeSchema, UserSchema } from '../schemas.js';
import { ERRORS, json, SECURITY } from './common.js';

const list = createRoute({ method: 'get', path: '/api/users', summary: '团队成员（管理员）/ the team (admin)', security: SECURITY, responses: { 200: json(z.array(UserSchema), '成员 / users'), ...ERRORS } });
const create = createRoute({
  method: 'post',
  path: '/api/users',
  summary: '添加成员（管理员）/ add a user (admin)',
  security: SECURITY,
  request: { body: { content: { 'application/json': { schema: NewUserSchema } }, required: true } },
  responses: { 201: json(UserSchema, '已添加 / added'), 409: ERRORS[400], ...ERRORS },
});
const change = createRoute({
  method: 'patch',
  path: '/api/users/{id}',
  summary: '修改成员：角色、产品线、语言、停用（管理员）/ change a user: role, product lines, languages, active (admin)',
  security: SECURITY,
  request: { params: IdParam, body: { content: { 'application/json': { schema: UserChangeSchema } }, required: true } },
  responses: { 200: json(UserSchema, '已修改 / changed'), ...ERRORS },
});
const token = createRoute({
  method: 'post',
  path: '/api/tokens',
  summary: '为自己创建 API 令牌 / create an API token for yourself',
  security: SECURITY,
  request: { body: { content: { 'application/json': { schema: z.object({ name: z.string().min(1).max(100) }) } }, required: true } },
  responses: { 201: json(TokenSchema, '令牌只显示这一次 / the token, shown this once'), ...ERRORS },
});

export function userRoutes(app: OpenAPIHono<AppEnv>, ctx: AppContext): void {
  app.openapi(list, async (c) => {
    requireAdmin(c.get('user'));
    return c.json(await listUsers(ctx.store), 200);
  });
  app.openapi(create, async (c) => {
    requireAdmin(c.get('user'));
    const input = c.req.valid('json');
    const exists = await ctx.store.db.selectFrom('users').select('id').where('email', '=', input.email.trim().toLowerCase()).executeTakeFirst();
    if (exists) throw new ApiError(409, 'user_exists', '该邮箱已有账号', 'a user with this e-mail exists');
    const user = await createUser(ctx.store, input);
    ctx.teamChanged();
    return c.json(user, 201);
  });
  app.openapi(change, async (c) => {
    requireAdmin(c.get('user'));
    const user = await updateUser(ctx.store, c.req.valid('param').id, c.req.valid('json'));
    if (!user) throw notFound('user');
    ctx.teamChanged();
    ctx.credentials.clear(); // a role or an account changed: nobody keeps the old rights from the cache
    return c.json(user, 200);
  });
  app.openapi(token, async (c) => {
    const created = await createApiToken(ctx.store, c.get('user').id, c.req.valid('json').name);
    return c.json(created, 201);
  });
}
