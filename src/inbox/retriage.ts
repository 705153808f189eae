/**
 * `xunpan retriage`: every stored raw message through today's rules and model again (after an
 * upgrade, or after the team's corrections taught the workspace model). The engine's columns
 * change; a person's label, the thread, the assignee and the archive flag stay as they are.
 */
import { gunzipSync } from 'node:zlib';
import type { BayesModel } from '../bayes/model.js';
import { History } from '../enrich/history.js';
import type { ParseLimits } from '../ingest/limits.js';
import type { SourceEntry } from '../ingest/sources.js';
import { analyseParallel } from '../pipeline/pool.js';
import { analyseStream, finishWithMessage } from '../pipeline/triage-stream.js';
import { writeTransaction, type Store } from '../store/dialect.js';
import { engineColumns } from '../store/tab.js';

export interface RetriageCounts {
  read: number;
  changed: number;
  /** Messages whose verdict moved, as "from→to": what a rules change did to the inbox. */
  moves: Record<string, number>;
}

const PAGE = 500;

export async function retriage(store: Store, options: { model: BayesModel | null; limits: ParseLimits; workers: number; onProgress?: (c: RetriageCounts) => void }): Promise<RetriageCounts> {
  const counts: RetriageCounts = { read: 0, changed: 0, moves: {} };
  async function* stored(): AsyncGenerator<SourceEntry> {
    for (let after = 0; ; ) {
      const rows = await store.db.selectFrom('raw_messages').innerJoin('messages', 'messages.id', 'raw_messages.message_id').select(['raw_messages.message_id', 'raw_messages.raw', 'messages.source']).where('raw_messages.message_id', '>', after).orderBy('raw_messages.message_id').limit(PAGE).execute();
      for (const row of rows) yield { source: row.source, index: row.message_id, raw: new Uint8Array(gunzipSync(row.raw)) };
      const last = rows.at(-1);
      if (!last || rows.length < PAGE) return;
      after = last.message_id;
    }
  }
  const streamOptions = { model: options.model, limits: options.limits };
  const analysed = options.workers > 1 ? analyseParallel(stored(), { ...streamOptions, workers: options.workers }) : analyseStream(stored(), streamOptions);
  const history = new History();
  let batch: { id: number; record: ReturnType<typeof finishWithMessage>['record'] }[] = [];
  const flush = async () => {
    await writeTransaction(store, async (tx) => {
      for (const { id, record } of batch) {
        const before = await tx.selectFrom('messages').select(['verdict', 'label', 'priority']).where('id', '=', id).executeTakeFirstOrThrow();
        if (before.verdict !== record.verdict) counts.moves[`${before.verdict}→${record.verdict}`] = (counts.moves[`${before.verdict}→${record.verdict}`] ?? 0) + 1;
        if (before.verdict !== record.verdict || before.priority !== record.priority) counts.changed += 1;
        await tx
          .updateTable('messages')
          .set(engineColumns(record, before.label))
          .where('id', '=', id)
          .execute();
      }
    });
    batch = [];
    options.onProgress?.({ ...counts });
  };
  for await (const item of analysed) {
    counts.read += 1;
    const { record } = finishWithMessage(item, history);
    batch.push({ id: item.index, record });
    if (batch.length >= PAGE) await flush();
  }
  if (batch.length > 0) await flush();
  return counts;
}
