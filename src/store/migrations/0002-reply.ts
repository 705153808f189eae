/**
 * Replies (SPEC.md §4–§5). Frozen like 0001: a later change is a new migration.
 * Per-user SMTP settings (password encrypted by the app, never stored in clear), the seller profile
 * that signs a draft, the team's reply templates, a won flag on the buyer's thread, and whether a
 * message was an auto-reply (read from its headers at intake; earlier messages stay 0).
 */
import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('smtp_settings')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id'))
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('port', 'integer', (c) => c.notNull())
    .addColumn('secure', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('username', 'text')
    .addColumn('password_enc', 'text') // AES-256-GCM, see src/store/secrets.ts
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('seller_profiles')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('company', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('website', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // One row per workspace (id 1): the team edits one set of templates.
  await db.schema
    .createTable('reply_templates')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('templates', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('threads').addColumn('won_at', 'text').execute();
  await db.schema.alterTable('messages').addColumn('auto_reply', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}
