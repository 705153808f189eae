import { Migrator, type Kysely, type Migration } from 'kysely';
import type { DialectName } from './dialect.js';
import * as inbox from './migrations/0001-inbox.js';
import * as reply from './migrations/0002-reply.js';
import * as mailboxes from './migrations/0003-mailboxes.js';
import * as importProgress from './migrations/0004-import-progress.js';
import * as outreach from './migrations/0005-outreach.js';
import * as threadTime from './migrations/0006-thread-time.js';

type Up = (db: Kysely<unknown>, dialect: DialectName) => Promise<void>;
const MIGRATIONS: Record<string, Up> = { '0001-inbox': inbox.up, '0002-reply': reply.up, '0003-mailboxes': mailboxes.up, '0004-import-progress': importProgress.up, '0005-outreach': outreach.up, '0006-thread-time': threadTime.up };

/**
 * Brings a database to the newest schema; a database already there is left as it is. Kysely takes
 * no lock on SQLite, so two processes creating the same new file race; the loser's migration rolls
 * back whole (SQLite DDL is transactional) and a second look finds the winner's work done.
 */
export async function migrate(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await migrateOnce(db, dialect);
    } catch (error) {
      const raced = dialect === 'sqlite' && /already exists|duplicate column|SQLITE_BUSY|database is locked/i.test(String(error instanceof Error ? (error.cause ?? error.message) : error));
      if (!raced || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

async function migrateOnce(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const migrations: Record<string, Migration> = {};
  for (const [name, up] of Object.entries(MIGRATIONS)) migrations[name] = { up: (tx) => up(tx, dialect) };
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
}
