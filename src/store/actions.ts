/**
 * What people do to an inquiry: mark junk / not junk (also restores from quarantine and teaches
 * the workspace's text model), archive, assign, change the grade. Each action is logged with the
 * columns it changed, so any of them can be undone.
 */
import type { Kysely } from 'kysely';
import { tokenize } from '../bayes/tokenize.js';
import { now, writeTransaction, type Store } from './dialect.js';
import type { Database, Tab } from './schema.js';
import { tabOf } from './tab.js';
import type { Viewer } from './viewer.js';

export type Action =
  | { action: 'label'; label: 'junk' | 'genuine' }
  | { action: 'archive'; archived: boolean }
  | { action: 'assign'; assigneeId: number | null }
  | { action: 'grade'; grade: 'A' | 'B' | 'C' };

interface Changeable {
  label: 'junk' | 'genuine' | null;
  tab: Tab;
  archived: number;
  assignee_id: number | null;
  grade: 'A' | 'B' | 'C' | null;
}

export type ActionOutcome = { ok: true; actionId: number; after: Changeable } | { ok: false; reason: 'not_found' | 'forbidden' | 'nothing_to_undo' };

export async function applyAction(store: Store, viewer: Viewer, messageId: number, change: Action): Promise<ActionOutcome> {
  if (change.action === 'assign' && viewer.role !== 'admin') return { ok: false, reason: 'forbidden' };
  return writeTransaction(store, async (tx) => {
    const row = await readChangeable(tx, viewer, messageId);
    if (!row) return { ok: false, reason: 'not_found' } as const;
    const before: Changeable = { label: row.label, tab: row.tab, archived: row.archived, assignee_id: row.assignee_id, grade: row.grade };
    const after: Changeable = { ...before };
    if (change.action === 'label') after.label = change.label;
    if (change.action === 'archive') after.archived = change.archived ? 1 : 0;
    if (change.action === 'assign') after.assignee_id = change.assigneeId;
    if (change.action === 'grade') after.grade = change.grade;
    after.tab = tabOf(row.verdict, row.priority, after.label);
    await tx.updateTable('messages').set(after).where('id', '=', messageId).execute();
    if (change.action === 'label' && before.label !== after.label) {
      await relearn(tx, `${row.subject}`, row.body, before.label, after.label);
      await tx.insertInto('feedback').values({ message_id: messageId, user_id: viewer.id, label: change.label, created_at: now() }).execute();
    }
    const logged = await tx
      .insertInto('actions')
      .values({ message_id: messageId, user_id: viewer.id, action: change.action, before: JSON.stringify(before), after: JSON.stringify(after), created_at: now(), undone_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ok: true, actionId: logged.id, after } as const;
  });
}

/** Puts back what an action changed; a later action on the same fields is not overwritten blindly: undo goes newest first. */
export async function undoAction(store: Store, viewer: Viewer, actionId: number): Promise<ActionOutcome> {
  return writeTransaction(store, async (tx) => {
    const logged = await tx.selectFrom('actions').selectAll().where('id', '=', actionId).executeTakeFirst();
    if (!logged) return { ok: false, reason: 'not_found' } as const;
    if (logged.undone_at !== null) return { ok: false, reason: 'nothing_to_undo' } as const;
    const row = await readChangeable(tx, viewer, logged.message_id);
    if (!row) return { ok: false, reason: 'not_found' } as const;
    if (viewer.role !== 'admin' && logged.user_id !== viewer.id) return { ok: false, reason: 'forbidden' } as const;
    const newer = await tx.selectFrom('actions').select('id').where('message_id', '=', logged.message_id).where('id', '>', actionId).where('undone_at', 'is', null).executeTakeFirst();
    if (newer) return { ok: false, reason: 'nothing_to_undo' } as const;
    const before = JSON.parse(logged.before) as Changeable;
    const after = JSON.parse(logged.after) as Changeable;
    await tx.updateTable('messages').set(before).where('id', '=', logged.message_id).execute();
    if (before.label !== after.label) await relearn(tx, row.subject, row.body, after.label, before.label);
    await tx.updateTable('actions').set({ undone_at: now() }).where('id', '=', actionId).execute();
    return { ok: true, actionId, after: before } as const;
  });
}

async function readChangeable(tx: Kysely<Database>, viewer: Viewer, id: number) {
  let query = tx.selectFrom('messages').select(['label', 'tab', 'archived', 'assignee_id', 'grade', 'verdict', 'priority', 'subject', 'body']).where('id', '=', id);
  if (viewer.role !== 'admin') query = query.where('assignee_id', '=', viewer.id);
  return query.executeTakeFirst();
}

/** The key under which the workspace's message totals are kept beside its token counts. */
export const MESSAGES_ROW = ' messages'; // a space: no token ever has one

/**
 * Moves a message's tokens from one label to another in the workspace counts: a correction
 * teaches the model once, and undoing it or changing it again takes the lesson back.
 */
async function relearn(tx: Kysely<Database>, subject: string, body: string, from: string | null, to: string | null): Promise<void> {
  const delta = { spam: (to === 'junk' ? 1 : 0) - (from === 'junk' ? 1 : 0), ham: (to === 'genuine' ? 1 : 0) - (from === 'genuine' ? 1 : 0) };
  if (delta.spam === 0 && delta.ham === 0) return;
  for (const token of [MESSAGES_ROW, ...tokenize(subject, body)]) {
    await tx
      .insertInto('token_counts')
      .values({ token, spam: Math.max(delta.spam, 0), ham: Math.max(delta.ham, 0) })
      .onConflict((oc) => oc.column('token').doUpdateSet((eb) => ({ spam: eb('token_counts.spam', '+', delta.spam), ham: eb('token_counts.ham', '+', delta.ham) })))
      .execute();
  }
}
