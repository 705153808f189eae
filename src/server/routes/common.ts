import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import type { JsonText } from '../../store/inquiries-json.js';
import { ErrorSchema } from '../schemas.js';

const error = (description: string) => ({ content: { 'application/json': { schema: ErrorSchema } }, description });

/** The error answers every signed-in route can give, for the OpenAPI description. */
export const ERRORS = {
  400: error('输入不正确 / invalid input'),
  401: error('未登录 / not signed in'),
  403: error('无权限或 CSRF 令牌无效 / not allowed, or a bad CSRF token'),
  404: error('不存在或不可见 / not found, or not yours to see'),
} as const;

export const SECURITY: Record<string, string[]>[] = [{ session: [] }, { token: [] }];

export const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });

/** JSON text the store wrote, sent as c.json would send the value it stands for. */
export function sendJsonText<T>(c: Context, text: JsonText<T>): Response & TypedResponse<JSONParsed<T>, 200, 'json'> {
  const response: Response = c.body(text, 200, { 'content-type': 'application/json' });
  return response as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
}
