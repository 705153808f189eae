/** The team: people, their sessions and their API tokens. Secrets are stored as hashes only. */
import { hashPassword, hashSecret, newSecret, verifyPassword } from '../auth/password.js';
import { now, type Store } from './dialect.js';
import type { Role, UserRow } from './schema.js';
import type { Viewer } from './viewer.js';

export const SESSION_HOURS = 12;

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
  productLines?: string[];
  languages?: string[];
}

export type PublicUser = Omit<UserRow, 'password_hash' | 'product_lines' | 'languages'> & { productLines: string[]; languages: string[] };

export function publicUser(row: UserRow): PublicUser {
  const { id, email, name, role, active, created_at, last_assigned_at, product_lines, languages } = row;
  return { id, email, name, role, active, created_at, last_assigned_at, productLines: JSON.parse(product_lines) as string[], languages: JSON.parse(languages) as string[] };
}

export async function createUser(store: Store, user: NewUser): Promise<PublicUser> {
  const row = await store.db
    .insertInto('users')
    .values({
      email: user.email.trim().toLowerCase(),
      name: user.name,
      role: user.role,
      password_hash: await hashPassword(user.password),
      product_lines: JSON.stringify(user.productLines ?? []),
      languages: JSON.stringify(user.languages ?? []),
      active: 1,
      created_at: now(),
      last_assigned_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return publicUser(row);
}

export async function updateUser(store: Store, id: number, change: Partial<Pick<NewUser, 'name' | 'role' | 'productLines' | 'languages'>> & { active?: boolean; password?: string }): Promise<PublicUser | null> {
  const set: Record<string, unknown> = {};
  if (change.name !== undefined) set.name = change.name;
  if (change.role !== undefined) set.role = change.role;
  if (change.productLines !== undefined) set.product_lines = JSON.stringify(change.productLines);
  if (change.languages !== undefined) set.languages = JSON.stringify(change.languages);
  if (change.active !== undefined) set.active = change.active ? 1 : 0;
  if (change.password !== undefined) set.password_hash = await hashPassword(change.password);
  if (Object.keys(set).length > 0) await store.db.updateTable('users').set(set).where('id', '=', id).execute();
  if (change.active === false) await store.db.deleteFrom('sessions').where('user_id', '=', id).execute();
  const row = await store.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? publicUser(row) : null;
}

export async function listUsers(store: Store): Promise<PublicUser[]> {
  return (await store.db.selectFrom('users').selectAll().orderBy('id').execute()).map(publicUser);
}

export async function countUsers(store: Store): Promise<number> {
  const row = await store.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The user when e-mail and password match an active account; the same null for every failure. */
export async function checkLogin(store: Store, email: string, password: string): Promise<UserRow | null> {
  const row = await store.db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).where('active', '=', 1).executeTakeFirst();
  if (!row) return null;
  return (await verifyPassword(password, row.password_hash)) ? row : null;
}

export interface NewSession {
  token: string;
  csrf: string;
  expiresAt: string;
}

export async function createSession(store: Store, userId: number): Promise<NewSession> {
  const token = newSecret();
  const csrf = newSecret();
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000).toISOString();
  await store.db.insertInto('sessions').values({ token_hash: hashSecret(token), user_id: userId, csrf_token: csrf, created_at: now(), expires_at: expiresAt }).execute();
  return { token, csrf, expiresAt };
}

export interface Authenticated extends Viewer {
  email: string;
  name: string;
  /** Set for a browser session: state-changing requests must echo it (CSRF). Null for API tokens. */
  csrf: string | null;
}

export async function sessionUser(store: Store, token: string): Promise<Authenticated | null> {
  const row = await store.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.role', 'users.email', 'users.name', 'sessions.csrf_token', 'sessions.expires_at'])
    .where('sessions.token_hash', '=', hashSecret(token))
    .where('users.active', '=', 1)
    .executeTakeFirst();
  if (!row || row.expires_at <= now()) return null;
  return { id: row.id, role: row.role, email: row.email, name: row.name, csrf: row.csrf_token };
}

export async function endSession(store: Store, token: string): Promise<void> {
  await store.db.deleteFrom('sessions').where('token_hash', '=', hashSecret(token)).execute();
}

/** A token for scripts; returned once, stored as a hash. */
export async function createApiToken(store: Store, userId: number, name: string): Promise<{ id: number; token: string }> {
  const token = `xp_${newSecret()}`;
  const row = await store.db.insertInto('api_tokens').values({ user_id: userId, name, token_hash: hashSecret(token), created_at: now() }).returning('id').executeTakeFirstOrThrow();
  return { id: row.id, token };
}

export async function tokenUser(store: Store, token: string): Promise<Authenticated | null> {
  const row = await store.db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(['users.id', 'users.role', 'users.email', 'users.name'])
    .where('api_tokens.token_hash', '=', hashSecret(token))
    .where('users.active', '=', 1)
    .executeTakeFirst();
  return row ? { ...row, csrf: null } : null;
}
