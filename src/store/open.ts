import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import { UserError } from '../errors.js';
import type { Store } from './dialect.js';
import { migrate } from './migrate.js';
import type { Database as Schema } from './schema.js';

/** Counts come back from PostgreSQL as int8 text; every count we keep fits a JS number. */
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

/** The user's data folder: XUNPAN_DATA_DIR, else $XDG_DATA_HOME/xunpan, else ~/.local/share/xunpan. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XUNPAN_DATA_DIR) return env.XUNPAN_DATA_DIR;
  return path.join(env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share'), 'xunpan');
}

/** --db, else XUNPAN_DB, else xunpan.db in the data folder. */
export function resolveDbTarget(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.XUNPAN_DB || path.join(dataDir(env), 'xunpan.db');
}

const isPostgresUrl = (target: string) => /^postgres(ql)?:\/\//i.test(target);

/** Opens (and creates or upgrades) the inbox database at a SQLite path or a postgres:// URL. */
export async function openStore(target: string): Promise<Store> {
  const store = isPostgresUrl(target) ? openPostgres(target) : openSqlite(target);
  try {
    await migrate(store.db as never, store.dialect);
  } catch (error) {
    await store.db.destroy();
    throw new UserError('store_open', `无法打开数据库 ${store.location}：${(error as Error).message}`, `cannot open the database ${store.location}: ${(error as Error).message}`, 1, { cause: error });
  }
  return store;
}

/**
 * Pages SQLite keeps in memory per connection, filled only as they are read. The default 16 MiB
 * holds a fifth of an inbox of 8,000 mails (86 MB), and every other page read is a system call:
 * in bench:api a page of a tab spent about 60 µs of its 400 µs of CPU on them.
 */
const PAGE_CACHE_KIB = 64 * 1024;

function openSqlite(file: string): Store {
  let database: Database.Database;
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    database = new Database(file);
    // WAL lets readers work while an import writes; the busy timeout makes a second writer wait its turn.
    database.pragma('journal_mode = WAL');
    database.pragma('busy_timeout = 30000');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    database.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  } catch (error) {
    throw new UserError('store_open', `无法打开数据库文件 ${file}：${(error as Error).message}`, `cannot open the database file ${file}: ${(error as Error).message}`, 1, { cause: error });
  }
  return { db: new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) }), dialect: 'sqlite', location: file };
}

/**
 * Kysely prepares every query anew; the same few hundred SQL texts run again and again (each import
 * batch, each API read), so prepared statements are kept by their text. better-sqlite3 statements can
 * be run any number of times; Kysely runs them to completion one at a time on its single connection.
 */
function withStatementCache(database: Database.Database): SqliteDatabase {
  const prepared = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare: (sql: string) => {
      let statement = prepared.get(sql);
      if (!statement) {
        if (prepared.size >= 2000) prepared.clear(); // generated IN (…) lists must not grow it without end
        statement = database.prepare(sql);
        prepared.set(sql, statement);
      }
      return statement;
    },
  };
}

function openPostgres(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const shown = new URL(url);
  shown.password = '';
  return { db: new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres', location: shown.toString() };
}
