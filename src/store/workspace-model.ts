import type { BayesModel } from '../bayes/model.js';
import { MESSAGES_ROW } from './actions.js';
import type { Store } from './dialect.js';

/**
 * The shipped model with this workspace's corrections added on top: the shipped counts stay the
 * prior, and every "junk" / "not junk" a person marked counts as one more labelled message.
 */
export async function workspaceModel(store: Store, shipped: BayesModel): Promise<BayesModel> {
  const rows = await store.db.selectFrom('token_counts').selectAll().execute();
  if (rows.length === 0) return shipped;
  const tokens: Record<string, [number, number]> = { ...shipped.tokens };
  let spamMessages = shipped.spamMessages;
  let hamMessages = shipped.hamMessages;
  for (const { token, spam, ham } of rows) {
    if (token === MESSAGES_ROW) {
      spamMessages += spam;
      hamMessages += ham;
      continue;
    }
    const [s, h] = tokens[token] ?? [0, 0];
    tokens[token] = [s + spam, h + ham];
  }
  return { ...shipped, trainedOn: `${shipped.trainedOn} + workspace corrections`, spamMessages, hamMessages, tokens };
}
