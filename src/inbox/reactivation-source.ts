/**
 * What `xunpan reactivate` reads from the inbox: every stored incoming message (in id pages, so a
 * mailbox of years stays flat in memory) and the raw bytes of the messages that look like
 * delivery reports, for the bounce parser to read.
 */
import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import type { Extracted } from '../model/extracted.js';
import type { StoredInquiry } from '../reactivate/input.js';
import type { Store } from '../store/dialect.js';
import { visibleTo } from '../store/inquiries.js';
import type { Viewer } from '../store/viewer.js';

const PAGE = 5000;

/**
 * Only what reactivation reads: the columns intake copied out of the record (sender, subject,
 * verdict, country) and the record's extraction, cut out by the database. Parsing whole records
 * (signals with their wording and evidence) was most of the time at 100,000 inquiries. A person's
 * label overrides the engine's verdict, as it does in the inbox; junk skips the parse entirely.
 * With a viewer, a salesperson reads only their own queue.
 */
export async function* storedInquiries(store: Store, viewer?: Viewer): AsyncGenerator<StoredInquiry> {
  const extracted = store.dialect === 'postgres' ? sql<string | null>`(record::json ->> 'extracted')` : sql<string | null>`json_extract(record, '$.extracted')`;
  for (let after = 0; ; ) {
    let query = store.db
      .selectFrom('messages')
      .select(['id', 'received_at', 'from_address', 'subject', 'verdict', 'label', 'country', extracted.as('extracted')])
      .where('direction', '=', 'in')
      .where('id', '>', after);
    if (viewer) query = visibleTo(query, viewer);
    const rows = await query.orderBy('id').limit(PAGE).execute();
    for (const row of rows) {
      const verdict = row.label ?? row.verdict;
      const x = verdict === 'junk' || !row.extracted ? null : (JSON.parse(row.extracted) as Extracted);
      // `country` is the extraction's country, else the origin's (intake.ts): what the core falls back on.
      yield { id: String(row.id), receivedAt: row.received_at, record: { verdict, from: row.from_address, subject: row.subject, origin: { country: row.country }, extracted: x } };
    }
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return;
    after = last.id;
  }
}

/** Senders and subjects delivery reports use; the parser decides, this only spares it the rest. */
const BOUNCE_SENDERS = ['mailer-daemon@%', 'postmaster@%', 'mail-daemon@%', 'mailerdaemon@%'];
const BOUNCE_SUBJECTS = ['%undeliver%', '%delivery status%', '%delivery failure%', '%failure notice%', '%returned mail%', '%mail delivery failed%', '%delivery has failed%', '%address not found%', '%non-delivery%', '%not delivered%', '%退信%', '%投递失败%'];

export async function* storedBounces(store: Store): AsyncGenerator<Uint8Array> {
  for (let after = 0; ; ) {
    const rows = await store.db
      .selectFrom('messages')
      .innerJoin('raw_messages', 'raw_messages.message_id', 'messages.id')
      .select(['messages.id', 'raw_messages.raw'])
      .where('messages.id', '>', after)
      .where((eb) =>
        eb.or([
          ...BOUNCE_SENDERS.map((p) => eb(eb.fn('lower', ['messages.from_address']), 'like', p)),
          ...BOUNCE_SUBJECTS.map((p) => eb(eb.fn('lower', ['messages.subject']), 'like', p)),
        ]),
      )
      .orderBy('messages.id')
      .limit(200)
      .execute();
    for (const row of rows) yield new Uint8Array(gunzipSync(row.raw));
    const last = rows.at(-1);
    if (!last || rows.length < 200) return;
    after = last.id;
  }
}
