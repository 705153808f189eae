/** Mailboxes the team syncs: connection settings (password sealed) and each folder's position. */
import { decryptSecret, encryptSecret } from './secrets.js';
import { now, type Store } from './dialect.js';

export interface MailboxSettings {
  label: string;
  host: string;
  port: number;
  secure: boolean;
  username: string;
  password: string;
  folders: string[];
}

export interface Mailbox extends Omit<MailboxSettings, 'password'> {
  id: number;
  active: boolean;
  lastSyncAt: string | null;
  lastError: string | null;
}

export async function addMailbox(store: Store, key: Buffer, m: MailboxSettings): Promise<Mailbox> {
  const row = await store.db
    .insertInto('mailboxes')
    .values({ label: m.label, host: m.host, port: m.port, secure: m.secure ? 1 : 0, username: m.username, password_sealed: encryptSecret(key, m.password), folders: JSON.stringify(m.folders), active: 1, created_at: now(), last_sync_at: null, last_error: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const added = (await listMailboxes(store)).find((b) => b.id === row.id);
  if (!added) throw new Error(`mailbox ${row.id} vanished after insert`);
  return added;
}

/** The settings without the password: what the API and the CLI show. */
export async function listMailboxes(store: Store): Promise<Mailbox[]> {
  const rows = await store.db.selectFrom('mailboxes').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    host: r.host,
    port: r.port,
    secure: r.secure === 1,
    username: r.username,
    folders: JSON.parse(r.folders) as string[],
    active: r.active === 1,
    lastSyncAt: r.last_sync_at,
    lastError: r.last_error,
  }));
}

export async function mailboxPassword(store: Store, key: Buffer, id: number): Promise<string> {
  const row = await store.db.selectFrom('mailboxes').select('password_sealed').where('id', '=', id).executeTakeFirstOrThrow();
  return decryptSecret(key, row.password_sealed);
}

export async function folderPosition(store: Store, mailboxId: number, folder: string): Promise<{ uidValidity: string; lastUid: number } | null> {
  const row = await store.db.selectFrom('mailbox_folders').select(['uid_validity', 'last_uid']).where('mailbox_id', '=', mailboxId).where('folder', '=', folder).executeTakeFirst();
  return row ? { uidValidity: row.uid_validity, lastUid: row.last_uid } : null;
}

export async function saveFolderPosition(store: Store, mailboxId: number, folder: string, uidValidity: string, lastUid: number): Promise<void> {
  await store.db
    .insertInto('mailbox_folders')
    .values({ mailbox_id: mailboxId, folder, uid_validity: uidValidity, last_uid: lastUid, synced_at: now() })
    .onConflict((oc) => oc.columns(['mailbox_id', 'folder']).doUpdateSet({ uid_validity: uidValidity, last_uid: lastUid, synced_at: now() }))
    .execute();
}

export async function recordSync(store: Store, mailboxId: number, error: string | null): Promise<void> {
  await store.db.updateTable('mailboxes').set({ last_sync_at: now(), last_error: error }).where('id', '=', mailboxId).execute();
}
