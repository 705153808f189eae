/**
 * IMAP sync: new mail of each configured folder into the inbox, incrementally. A folder's position
 * is its UIDVALIDITY and the highest UID stored; it moves only after the batch holding that UID is
 * committed, so an interrupted sync resumes where it stopped and stores nothing twice. A changed
 * UIDVALIDITY means the server renumbered the folder: it is read again and dedup keeps it single.
 */
import { ImapFlow } from 'imapflow';
import type { BayesModel } from '../bayes/model.js';
import { UserError } from '../errors.js';
import { importEntries, type ImportCounts } from '../inbox/import.js';
import type { ParseLimits } from '../ingest/limits.js';
import type { SourceEntry } from '../ingest/sources.js';
import type { Store } from '../store/dialect.js';
import { folderPosition, mailboxPassword, recordSync, saveFolderPosition, type Mailbox } from '../store/mailboxes.js';

/** UIDs fetched per round trip: enough to stream, few enough that a round's bytes stay small. */
const FETCH_CHUNK = 200;

export interface SyncOptions {
  key: Buffer;
  model: BayesModel | null;
  limits: ParseLimits;
  workers: number;
  timeoutMs?: number;
}

export interface FolderResult extends ImportCounts {
  mailbox: string;
  folder: string;
  lastUid: number;
}

export async function syncMailbox(store: Store, mailbox: Mailbox, options: SyncOptions): Promise<FolderResult[]> {
  const client = new ImapFlow({
    host: mailbox.host,
    port: mailbox.port,
    secure: mailbox.secure,
    auth: { user: mailbox.username, pass: await mailboxPassword(store, options.key, mailbox.id) },
    logger: false,
    connectionTimeout: options.timeoutMs ?? 30_000,
    greetingTimeout: options.timeoutMs ?? 30_000,
  });
  client.on('error', () => {}); // reported through the failing call below
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await recordSync(store, mailbox.id, reason);
    throw new UserError('imap_connect', `无法连接邮箱 ${mailbox.label}（${mailbox.host}:${mailbox.port}）：${reason}`, `cannot connect to the mailbox ${mailbox.label} (${mailbox.host}:${mailbox.port}): ${reason}`, 1, { cause: error });
  }
  const results: FolderResult[] = [];
  try {
    for (const folder of mailbox.folders) results.push(await syncFolder(store, client, mailbox, folder, options));
    await recordSync(store, mailbox.id, null);
  } catch (error) {
    await recordSync(store, mailbox.id, error instanceof Error ? error.message : String(error));
    throw error;
  } finally {
    await client.logout().catch(() => client.close());
  }
  return results;
}

async function syncFolder(store: Store, client: ImapFlow, mailbox: Mailbox, folder: string, options: SyncOptions): Promise<FolderResult> {
  const lock = await client.getMailboxLock(folder, { readOnly: true }).catch((error: unknown) => {
    throw new UserError('imap_folder', `邮箱 ${mailbox.label} 中没有文件夹 ${folder}`, `the mailbox ${mailbox.label} has no folder ${folder}`, 1, { cause: error });
  });
  try {
    const opened = client.mailbox;
    if (!opened) throw new Error(`folder ${folder} did not open`);
    const uidValidity = String(opened.uidValidity);
    const saved = await folderPosition(store, mailbox.id, folder);
    const startAfter = saved && saved.uidValidity === uidValidity ? saved.lastUid : 0;
    const uids = ((await client.search({ uid: `${startAfter + 1}:*` }, { uid: true })) || []).filter((uid) => uid > startAfter).sort((a, b) => a - b);

    const order: number[] = [];
    async function* fetched(): AsyncGenerator<SourceEntry> {
      for (let i = 0; i < uids.length; i += FETCH_CHUNK) {
        const chunk = uids.slice(i, i + FETCH_CHUNK);
        const messages: { uid: number; source: Buffer }[] = [];
        for await (const m of client.fetch(chunk.join(','), { uid: true, source: true }, { uid: true })) if (m.source) messages.push({ uid: m.uid, source: m.source });
        messages.sort((a, b) => a.uid - b.uid);
        for (const m of messages) {
          order.push(m.uid);
          yield { source: `imap:${mailbox.label}/${folder}`, index: m.uid, raw: new Uint8Array(m.source) };
        }
      }
    }
    let lastUid = startAfter;
    const counts = await importEntries(store, fetched(), {
      model: options.model,
      limits: options.limits,
      workers: options.workers,
      label: `imap ${mailbox.label}/${folder}`,
      onBatch: async (c) => {
        // Everything read so far is committed: the position moves to the last of it.
        lastUid = order[c.read - 1] ?? lastUid;
        await saveFolderPosition(store, mailbox.id, folder, uidValidity, lastUid);
      },
    });
    lastUid = order.at(-1) ?? lastUid;
    await saveFolderPosition(store, mailbox.id, folder, uidValidity, lastUid);
    return { mailbox: mailbox.label, folder, lastUid, ...counts };
  } finally {
    lock.release();
  }
}
