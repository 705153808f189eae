/**
 * The first schema. Frozen: once released, a change is a new migration, never an edit here.
 * Two dialect differences only: how an id is generated and how text is indexed for search
 * (FTS5 on SQLite, a tsvector column with a GIN index on PostgreSQL).
 */
import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const pg = dialect === 'postgres';
  const id = pg ? 'serial' : 'integer';
  const idColumn = (c: ColumnDefinitionBuilder) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());

  await db.schema
    .createTable('users')
    .addColumn('id', id, idColumn)
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('product_lines', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_assigned_at', 'text')
    .execute();

  await db.schema
    .createTable('threads')
    .addColumn('id', id, idColumn)
    .addColumn('buyer_key', 'text', (c) => c.notNull())
    .addColumn('buyer_email', 'text')
    .addColumn('buyer_name', 'text')
    .addColumn('company', 'text')
    .addColumn('country', 'text')
    .addColumn('platform_buyer_id', 'text')
    .addColumn('first_at', 'text', (c) => c.notNull())
    .addColumn('last_at', 'text', (c) => c.notNull())
    .addColumn('message_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('threads_buyer_email').on('threads').column('buyer_email').execute();
  await db.schema.createIndex('threads_platform_buyer').on('threads').column('platform_buyer_id').execute();
  await db.schema.createIndex('threads_buyer_key').on('threads').column('buyer_key').execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', id, idColumn)
    .addColumn('dedup_key', 'text', (c) => c.notNull().unique())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text')
    .addColumn('in_reply_to', 'text')
    .addColumn('refs', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('from_address', 'text')
    .addColumn('from_name', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('junk_kind', 'text')
    .addColumn('grade', 'text')
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('is_inquiry', 'integer', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('buyer_type', 'text')
    .addColumn('country', 'text')
    .addColumn('product', 'text')
    .addColumn('label', 'text')
    .addColumn('tab', 'text', (c) => c.notNull())
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('thread_id', 'integer', (c) => c.references('threads.id'))
    .addColumn('thread_reason', 'text')
    .addColumn('assignee_id', 'integer', (c) => c.references('users.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('platform_buyer_id', 'text')
    .addColumn('imported_at', 'text', (c) => c.notNull())
    // The long values last: on SQLite a row's first columns stay on its own page, so listing the
    // inbox never reads a body or a record from overflow pages.
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('messages_tab_time').on('messages').columns(['tab', 'received_at']).execute();
  await db.schema.createIndex('messages_queue_time').on('messages').columns(['assignee_id', 'tab', 'received_at']).execute();
  await db.schema.createIndex('messages_time').on('messages').column('received_at').execute();
  await db.schema.createIndex('messages_thread').on('messages').column('thread_id').execute();
  await db.schema.createIndex('messages_message_id').on('messages').column('message_id').execute();

  await db.schema
    .createTable('raw_messages')
    .addColumn('message_id', 'integer', (c) => c.primaryKey().references('messages.id'))
    .addColumn('raw', pg ? 'bytea' : 'blob', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('thread_merges')
    .addColumn('id', id, idColumn)
    .addColumn('into_thread_id', 'integer', (c) => c.notNull())
    .addColumn('from_thread_id', 'integer', (c) => c.notNull())
    .addColumn('message_ids', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', id, idColumn)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('feedback')
    .addColumn('id', id, idColumn)
    .addColumn('message_id', 'integer', (c) => c.notNull().references('messages.id'))
    .addColumn('user_id', 'integer')
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('actions')
    .addColumn('id', id, idColumn)
    .addColumn('message_id', 'integer', (c) => c.notNull().references('messages.id'))
    .addColumn('user_id', 'integer')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('before', 'text', (c) => c.notNull())
    .addColumn('after', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .execute();

  await db.schema
    .createTable('token_counts')
    .addColumn('token', 'text', (c) => c.primaryKey())
    .addColumn('spam', 'integer', (c) => c.notNull())
    .addColumn('ham', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('imports')
    .addColumn('id', id, idColumn)
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('read', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('stored', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('duplicates', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  if (pg) {
    await sql`alter table messages add column search tsvector generated always as (
      to_tsvector('simple', subject || ' ' || body || ' ' || coalesce(product, '') || ' ' || coalesce(from_address, ''))) stored`.execute(db);
    await sql`create index messages_search on messages using gin (search)`.execute(db);
  } else {
    // Contentless: the text lives in messages once; the index holds only what search needs.
    await sql`create virtual table messages_fts using fts5(subject, body, extra, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`.execute(db);
  }
}
