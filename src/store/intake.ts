/**
 * Storing triaged messages: once each (dedup key), with the raw mail, into the buyer's thread,
 * routed to a salesperson, indexed for search. One batch is one transaction: what a batch
 * reports as stored is on disk, and a batch cut short by a crash leaves nothing half-written.
 */
import { sql, type Kysely } from 'kysely';
import type { TriageRecord } from '../pipeline/record.js';
import { chooseAssignee, type Salesperson } from '../routing/route.js';
import { normaliseCompany, normaliseName } from './buyer-key.js';
import { now, writeTransaction, type Store } from './dialect.js';
import type { Channel, Database, NewMessage } from './schema.js';
import { engineColumns } from './tab.js';

export interface IncomingMessage {
  dedupKey: string;
  channel: Channel;
  direction: 'in' | 'out';
  record: TriageRecord;
  body: string;
  fromName: string | null;
  inReplyTo: string | null;
  references: string[];
  receivedAt: string;
  /** The raw message, gzip-compressed; null when there are no bytes to keep (a platform row). */
  rawGzip: Uint8Array | null;
  platformBuyerId: string | null;
  source: string;
  /** Its headers said it was sent automatically (out-of-office, autoresponder). */
  autoReply?: boolean;
}

export interface BatchResult {
  stored: number;
  duplicates: number;
  /** Per incoming message: its new id, or null when it was already stored. */
  ids: (number | null)[];
}

const MULTI_ROW = 100;

type ThreadRule = 'reply' | 'platform-buyer' | 'buyer-email' | 'company-name' | 'new';

/** A writer for one run: it knows the team and its loads so routing costs no query per message. */
export class Intake {
  private constructor(
    private readonly store: Store,
    private readonly team: Salesperson[],
  ) {}

  static async open(store: Store): Promise<Intake> {
    const users = await store.db.selectFrom('users').select(['id', 'product_lines', 'languages', 'last_assigned_at']).where('role', '=', 'sales').where('active', '=', 1).execute();
    const loads = await store.db
      .selectFrom('messages')
      .select(['assignee_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('archived', '=', 0)
      .where('direction', '=', 'in')
      .where('tab', '!=', 'junk')
      .where('assignee_id', 'is not', null)
      .groupBy('assignee_id')
      .execute();
    const loadOf = new Map(loads.map((l) => [l.assignee_id, Number(l.n)]));
    const team = users.map((u) => ({
      id: u.id,
      productLines: JSON.parse(u.product_lines) as string[],
      languages: JSON.parse(u.languages) as string[],
      load: loadOf.get(u.id) ?? 0,
      lastAssignedAt: u.last_assigned_at,
    }));
    return new Intake(store, team);
  }

  async storeBatch(batch: readonly IncomingMessage[]): Promise<BatchResult> {
    const dialect = this.store.dialect;
    return writeTransaction(this.store, async (tx) => {
      const ids: (number | null)[] = [];
      const raws: { message_id: number; raw: Uint8Array }[] = [];
      const texts: { id: number; subject: string; body: string; extra: string }[] = [];
      for (const incoming of batch) {
        const row = toRow(incoming);
        const inserted = await tx.insertInto('messages').values(row).onConflict((oc) => oc.column('dedup_key').doNothing()).returning('id').executeTakeFirst();
        if (!inserted) {
          ids.push(null);
          continue;
        }
        const id = inserted.id;
        ids.push(id);
        const thread = await joinThread(tx, incoming, id);
        // Our own reply is never routed: it belongs to whoever has the buyer's thread.
        const assignee = thread.assignee ?? (incoming.direction === 'in' ? this.route(incoming, row.tab) : null);
        await tx.updateTable('messages').set({ thread_id: thread.id, thread_reason: JSON.stringify(thread.reason), assignee_id: assignee }).where('id', '=', id).execute();
        if (incoming.rawGzip) raws.push({ message_id: id, raw: incoming.rawGzip });
        if (dialect === 'sqlite') texts.push({ id, subject: row.subject, body: row.body, extra: searchExtra(incoming.record) });
      }
      // Raw mail and the search index go in as multi-row inserts: one statement per hundred messages.
      for (let i = 0; i < raws.length; i += MULTI_ROW) await tx.insertInto('raw_messages').values(raws.slice(i, i + MULTI_ROW)).execute();
      for (let i = 0; i < texts.length; i += MULTI_ROW) {
        const rows = texts.slice(i, i + MULTI_ROW).map((t) => sql`(${t.id}, ${t.subject}, ${t.body}, ${t.extra})`);
        await sql`insert into messages_fts(rowid, subject, body, extra) values ${sql.join(rows)}`.execute(tx);
      }
      const assigned = this.team.filter((p) => p.lastAssignedAt !== null);
      for (const person of assigned) await tx.updateTable('users').set({ last_assigned_at: person.lastAssignedAt }).where('id', '=', person.id).execute();
      return { stored: ids.filter((id) => id !== null).length, duplicates: ids.filter((id) => id === null).length, ids };
    });
  }

  private route(incoming: IncomingMessage, tab: string): number | null {
    const { record } = incoming;
    const choice = chooseAssignee(this.team, { text: [record.subject, ...(record.extracted?.products ?? [])].join(' '), language: record.language });
    if (!choice) return null;
    const person = this.team.find((p) => p.id === choice.userId);
    // Junk is routed too, so each salesperson can rescue a false junk from their own quarantine,
    // but it does not count as work and does not take a turn.
    if (person && tab !== 'junk') {
      person.load += 1;
      person.lastAssignedAt = now();
    }
    return choice.userId;
  }
}

function toRow(incoming: IncomingMessage): NewMessage & { tab: string; subject: string; body: string } {
  const { record } = incoming;
  const x = record.extracted;
  return {
    dedup_key: incoming.dedupKey,
    channel: incoming.channel,
    direction: incoming.direction,
    message_id: record.messageId,
    in_reply_to: incoming.inReplyTo,
    refs: incoming.references.length > 0 ? incoming.references.join(' ') : null,
    received_at: incoming.receivedAt,
    from_address: record.from,
    from_name: incoming.fromName && withoutNul(incoming.fromName),
    subject: withoutNul(record.subject),
    body: withoutNul(incoming.body),
    ...engineColumns(record, null),
    country: x?.country ?? record.origin.country,
    product: x?.products[0] ?? null,
    label: null,
    archived: 0,
    thread_id: null,
    thread_reason: null,
    assignee_id: null,
    source: incoming.source,
    platform_buyer_id: incoming.platformBuyerId,
    imported_at: now(),
    auto_reply: incoming.autoReply ? 1 : 0,
  };
}

/** PostgreSQL text cannot hold U+0000, which broken mail does contain; it carries no meaning. */
const withoutNul = (text: string) => text.replaceAll('\u0000', '');

/** What search finds besides subject and body: the buyer and what they asked for. */
function searchExtra(record: TriageRecord): string {
  const x = record.extracted;
  return withoutNul([record.from, x?.buyerName, x?.company, x?.country, ...(x?.products ?? []), ...(x?.specifications ?? [])].filter(Boolean).join(' '));
}

interface ThreadChoice {
  id: number;
  reason: { rule: ThreadRule; value: string | null };
  assignee: number | null;
}

/**
 * The buyer's conversation: a reply to a stored message joins its thread; else the same platform
 * buyer id, the same e-mail address, or the same company and name; else a new thread.
 */
async function joinThread(tx: Kysely<Database>, incoming: IncomingMessage, messageId: number): Promise<ThreadChoice> {
  const { record } = incoming;
  const x = record.extracted;
  const email = incoming.direction === 'in' ? record.from : null;
  const companyKey = x?.company && x.buyerName ? `cn:${normaliseCompany(x.company)}|${normaliseName(x.buyerName)}` : null;
  const asked = [incoming.inReplyTo, ...incoming.references].filter((v): v is string => Boolean(v));

  let found: { id: number; rule: ThreadRule; value: string | null } | null = null;
  if (asked.length > 0) {
    const parent = await tx.selectFrom('messages').select(['thread_id', 'message_id']).where('message_id', 'in', asked).where('thread_id', 'is not', null).limit(1).executeTakeFirst();
    if (parent?.thread_id != null) found = { id: parent.thread_id, rule: 'reply', value: parent.message_id };
  }
  if (!found && incoming.platformBuyerId) {
    const t = await tx.selectFrom('threads').select('id').where('platform_buyer_id', '=', incoming.platformBuyerId).limit(1).executeTakeFirst();
    if (t) found = { id: t.id, rule: 'platform-buyer', value: incoming.platformBuyerId };
  }
  if (!found && email) {
    const t = await tx.selectFrom('threads').select('id').where('buyer_email', '=', email).limit(1).executeTakeFirst();
    if (t) found = { id: t.id, rule: 'buyer-email', value: email };
  }
  if (!found && companyKey) {
    const t = await tx.selectFrom('threads').select('id').where('buyer_key', '=', companyKey).limit(1).executeTakeFirst();
    if (t) found = { id: t.id, rule: 'company-name', value: `${x?.company ?? ''} / ${x?.buyerName ?? ''}` };
  }

  if (found) {
    const t = await tx.selectFrom('threads').select(['first_at', 'last_at']).where('id', '=', found.id).executeTakeFirstOrThrow();
    await tx
      .updateTable('threads')
      .set((eb) => ({
        message_count: eb('message_count', '+', 1),
        last_at: incoming.receivedAt > t.last_at ? incoming.receivedAt : t.last_at,
        first_at: incoming.receivedAt < t.first_at ? incoming.receivedAt : t.first_at,
        company: eb.fn.coalesce('company', eb.val(x?.company ?? null)),
        buyer_name: eb.fn.coalesce('buyer_name', eb.val(x?.buyerName ?? incoming.fromName)),
        country: eb.fn.coalesce('country', eb.val(x?.country ?? null)),
      }))
      .where('id', '=', found.id)
      .execute();
    const earlier = await tx.selectFrom('messages').select('assignee_id').where('thread_id', '=', found.id).where('assignee_id', 'is not', null).where('id', '!=', messageId).limit(1).executeTakeFirst();
    return { id: found.id, reason: { rule: found.rule, value: found.value }, assignee: earlier?.assignee_id ?? null };
  }

  const created = await tx
    .insertInto('threads')
    .values({
      buyer_key: email ? `e:${email}` : (companyKey ?? `m:${messageId}`),
      buyer_email: email,
      buyer_name: x?.buyerName ?? incoming.fromName,
      company: x?.company ?? null,
      country: x?.country ?? record.origin.country,
      platform_buyer_id: incoming.platformBuyerId,
      first_at: incoming.receivedAt,
      last_at: incoming.receivedAt,
      message_count: 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: created.id, reason: { rule: 'new', value: null }, assignee: null };
}
