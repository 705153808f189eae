/**
 * What `xunpan reactivate` reads from the inbox: every stored incoming message (in id pages, so a
 * mailbox of years stays flat in memory) and the raw bytes of the messages that look like
 * delivery reports, for the bounce parser to read.
 */
import { gunzipSync } from 'node:zlib';
import type { TriageRecord } from '../pipeline/record.js';
import type { StoredInquiry } from '../reactivate/input.js';
import type { Store } from '../store/dialect.js';

const PAGE = 2000;

export async function* storedInquiries(store: Store): AsyncGenerator<StoredInquiry> {
  for (let after = 0; ; ) {
    const rows = await store.db.selectFrom('messages').select(['id', 'received_at', 'record']).where('direction', '=', 'in').where('id', '>', after).orderBy('id').limit(PAGE).execute();
    for (const row of rows) yield { id: String(row.id), receivedAt: row.received_at, record: JSON.parse(row.record) as TriageRecord };
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
