/**
 * What a reply needs besides the inquiry: the salesperson's SMTP account (password sealed by
 * secrets.ts and never read back out through here), their profile for the signature, and the
 * team's templates. Each person edits their own; templates are the admin's to write.
 */
import type { SmtpConfig } from '../reply/send.js';
import { loadTemplates, type ReplyTemplates } from '../reply/templates.js';
import { now, type Store } from './dialect.js';
import { decryptSecret, encryptSecret } from './secrets.js';

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  /** Whether a password is stored; the password itself never leaves the store this way. */
  hasPassword: boolean;
  updatedAt: string;
}

export interface SmtpChange {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  /** Omitted: keep the stored one. null: remove it. */
  password?: string | null;
}

export async function getSmtpSettings(store: Store, userId: number): Promise<SmtpSettings | null> {
  const row = await store.db.selectFrom('smtp_settings').selectAll().where('user_id', '=', userId).executeTakeFirst();
  if (!row) return null;
  return { host: row.host, port: row.port, secure: row.secure === 1, user: row.username, hasPassword: row.password_enc !== null, updatedAt: row.updated_at };
}

export async function saveSmtpSettings(store: Store, key: () => Buffer, userId: number, change: SmtpChange): Promise<SmtpSettings> {
  const old = await store.db.selectFrom('smtp_settings').select('password_enc').where('user_id', '=', userId).executeTakeFirst();
  const password_enc = change.password === undefined ? (old?.password_enc ?? null) : change.password === null ? null : encryptSecret(key(), change.password);
  const row = { host: change.host, port: change.port, secure: change.secure ? 1 : 0, username: change.user, password_enc, updated_at: now() };
  await store.db
    .insertInto('smtp_settings')
    .values({ user_id: userId, ...row })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(row))
    .execute();
  return (await getSmtpSettings(store, userId)) as SmtpSettings;
}

/** The settings as sendReply takes them, password decrypted; null when the user has none. */
export async function smtpConfig(store: Store, key: () => Buffer, userId: number): Promise<SmtpConfig | null> {
  const row = await store.db.selectFrom('smtp_settings').selectAll().where('user_id', '=', userId).executeTakeFirst();
  if (!row) return null;
  const auth = row.username && row.password_enc ? { user: row.username, password: decryptSecret(key(), row.password_enc) } : {};
  return { host: row.host, port: row.port, secure: row.secure === 1, ...auth };
}

export interface SellerProfile {
  name: string;
  title: string | null;
  company: string;
  phone: string | null;
  website: string | null;
}

export async function getProfile(store: Store, userId: number): Promise<SellerProfile | null> {
  const row = await store.db.selectFrom('seller_profiles').select(['name', 'title', 'company', 'phone', 'website']).where('user_id', '=', userId).executeTakeFirst();
  return row ?? null;
}

export async function saveProfile(store: Store, userId: number, profile: SellerProfile): Promise<SellerProfile> {
  const row = { ...profile, updated_at: now() };
  await store.db
    .insertInto('seller_profiles')
    .values({ user_id: userId, ...row })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(row))
    .execute();
  return profile;
}

const TEMPLATES_ROW = 1;

export async function getTemplates(store: Store): Promise<{ templates: ReplyTemplates; updatedAt: string | null }> {
  const row = await store.db.selectFrom('reply_templates').select(['templates', 'updated_at']).where('id', '=', TEMPLATES_ROW).executeTakeFirst();
  return row ? { templates: JSON.parse(row.templates) as ReplyTemplates, updatedAt: row.updated_at } : { templates: {}, updatedAt: null };
}

/** Checked as a draft would use them (unknown variables, incomplete new languages) before they are kept. */
export async function saveTemplates(store: Store, userId: number, templates: ReplyTemplates): Promise<{ templates: ReplyTemplates; updatedAt: string }> {
  loadTemplates(templates); // throws a bilingual UserError naming the place to fix
  const row = { templates: JSON.stringify(templates), updated_by: userId, updated_at: now() };
  await store.db
    .insertInto('reply_templates')
    .values({ id: TEMPLATES_ROW, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
  return { templates, updatedAt: row.updated_at };
}
