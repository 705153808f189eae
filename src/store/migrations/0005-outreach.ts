/**
 * Reactivation in the service (SPEC.md §9): the workspace's customer list, the outreach queue and
 * its pacing. Frozen once released: a later change is a new migration.
 */
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const pg = dialect === 'postgres';
  // One row per workspace (id 1): the existing customers that reactivation leaves out.
  await db.schema
    .createTable('reactivation_customers')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('customers', 'text', (c) => c.notNull()) // JSON Customer[]
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One row per workspace (id 1): how fast each sender's outreach may go out.
  await db.schema
    .createTable('outreach_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('interval_seconds', 'integer', (c) => c.notNull())
    .addColumn('daily_cap', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('outreach')
    .addColumn('id', pg ? 'serial' : 'integer', (c: ColumnDefinitionBuilder) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('buyer_key', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('company', 'text')
    .addColumn('message_id', 'integer', (c) => c.notNull().references('messages.id')) // the buyer's mail it is threaded under
    .addColumn('thread_id', 'integer')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull()) // JSON string[]
    .addColumn('status', 'text', (c) => c.notNull()) // queued | sending | sent | failed | cancelled
    .addColumn('queued_at', 'text', (c) => c.notNull())
    .addColumn('attempted_at', 'text')
    .addColumn('sent_id', 'integer') // the stored copy in the thread
    .addColumn('reason', 'text') // JSON {code, zh, en}: why it failed or was cancelled
    .execute();
  await db.schema.createIndex('outreach_status_user').on('outreach').columns(['status', 'user_id', 'attempted_at']).execute();
  await db.schema.createIndex('outreach_buyer').on('outreach').column('buyer_key').execute();
}
