/**
 * An inquiry shows the newest 100 messages of its thread. Indexed by thread alone, a thread of 800
 * (a mailing list) was read whole and sorted for each of its messages; by thread and time the
 * newest 100 are read in order and the rest never. The old index is a prefix of the new one.
 * Frozen once released.
 */
import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.createIndex('messages_thread_time').on('messages').columns(['thread_id', 'received_at', 'id']).execute();
  await db.schema.dropIndex('messages_thread').execute();
}
