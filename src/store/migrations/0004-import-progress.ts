/**
 * Imports started from the web (issue 4): how many messages the uploaded file is expected to hold,
 * so a page can draw a progress bar, and why a run failed, in both languages. Frozen once released.
 */
import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('imports').addColumn('expected', 'integer').execute();
  await db.schema.alterTable('imports').addColumn('error_zh', 'text').execute();
  await db.schema.alterTable('imports').addColumn('error_en', 'text').execute();
}
