import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

/** An open inbox database: every store function takes one. */
export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where it is, for messages to the user (a file path or a URL without its password). */
  location: string;
}

/**
 * Runs fn in one write transaction. On SQLite it begins IMMEDIATE: the write lock is taken up
 * front, so two importers queue on busy_timeout instead of one failing with SQLITE_BUSY.
 */
export async function writeTransaction<T>(store: Store, fn: (tx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (store.dialect === 'postgres') return store.db.transaction().execute(fn);
  return store.db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
  });
}

export const now = (): string => new Date().toISOString();
