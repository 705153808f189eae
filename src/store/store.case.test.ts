/**
 * One suite, run against both stores: a SQLite file and a real PostgreSQL server (test/support).
 * What a team relies on: every message once, in its buyer's thread, in the right tab and queue,
 * findable, correctable and back again, and nobody reading another person's queue.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadModel } from '../bayes/load.js';
import { importEntries } from '../inbox/import.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { BUYER_INQUIRY, entries, mail, PHISHING } from '../../test/support/mail.js';
import { storeBackends } from '../../test/support/backends.js';
import { followupsFor, responseReportFor } from '../inbox/followups.js';
import { sentReplyIncoming } from '../inbox/reply-message.js';
import { applyAction, undoAction } from './actions.js';
import type { Store } from './dialect.js';
import { countTabs, getInquiry, listInbox } from './inquiries.js';
import { inquiryJson, listInboxJson } from './inquiries-json.js';
import { Intake } from './intake.js';
import { getSmtpSettings, saveSmtpSettings, smtpConfig } from './reply-settings.js';
import { detachMessage, mergeThreads, undoMerge } from './threads.js';
import { checkLogin, createApiToken, createSession, createUser, sessionUser, tokenUser } from './users.js';
import { workspaceModel } from './workspace-model.js';
import { setWon } from './won.js';

const model = loadModel();
const importRaw = (store: Store, raws: Uint8Array[]) => importEntries(store, entries(raws), { model, limits: DEFAULT_LIMITS, workers: 1 });
const admin = { id: 0, role: 'admin' as const };

const backends = storeBackends();

for (const backend of backends) {
  describe(`store on ${backend.name}`, () => {
    const open = () => backend.open();

    test('importing the same mail twice stores it once', async () => {
      const store = await open();
      const raws = [mail({ from: 'anna@kuechen-import.de', subject: 'Inquiry: stainless steel sinks', body: BUYER_INQUIRY, messageId: '<a1@kuechen-import.de>' }), mail({ from: 'x@y.top', subject: 'Mailbox suspended', body: PHISHING })];
      assert.deepEqual(await importRaw(store, raws), { read: 2, stored: 2, duplicates: 0, failed: 0 });
      assert.deepEqual(await importRaw(store, raws), { read: 2, stored: 0, duplicates: 2, failed: 0 });
      const raw = await store.db.selectFrom('raw_messages').select('message_id').execute();
      assert.equal(raw.length, 2, 'the raw mail is kept for re-triage');
    });

    test('two different messages that reuse a Message-ID are both kept', async () => {
      const store = await open();
      const raws = [mail({ from: 'a@one.com', subject: 'Quote for pumps', body: 'Please quote 20 pumps.', messageId: '<same@id>' }), mail({ from: 'b@two.com', subject: 'Quote for valves', body: 'Please quote 30 valves.', messageId: '<same@id>' })];
      assert.equal((await importRaw(store, raws)).stored, 2);
    });

    test('a reply joins its thread; the same buyer joins by address; each says why', async () => {
      const store = await open();
      await importRaw(store, [
        mail({ from: 'Anna Schmidt <anna@kuechen-import.de>', subject: 'Inquiry: sinks', body: BUYER_INQUIRY, messageId: '<q1@kuechen-import.de>' }),
        mail({ from: 'Anna Schmidt <anna@kuechen-import.de>', subject: 'Re: Inquiry: sinks', body: 'Thank you, what is the price for 1000 pcs?', messageId: '<q2@kuechen-import.de>', inReplyTo: '<q1@kuechen-import.de>', date: 'Wed, 04 Nov 2026 10:00:00 +0100' }),
        mail({ from: 'anna@kuechen-import.de', subject: 'New inquiry: faucets', body: 'Please quote 200 kitchen faucets, FOB Ningbo.', messageId: '<q3@kuechen-import.de>', date: 'Thu, 05 Nov 2026 10:00:00 +0100' }),
        mail({ from: 'li@other-buyer.com', subject: 'Inquiry: pumps', body: 'Please quote 50 water pumps to Lagos.', messageId: '<o1@other-buyer.com>' }),
      ]);
      const all = await listInbox(store, admin, {});
      const second = all.rows.find((r) => r.subject === 'Re: Inquiry: sinks');
      const third = all.rows.find((r) => r.subject === 'New inquiry: faucets');
      const other = all.rows.find((r) => r.subject === 'Inquiry: pumps');
      assert.ok(second && third && other);
      const detail = await getInquiry(store, admin, second.id);
      assert.deepEqual(detail?.message.thread_reason, { rule: 'reply', value: '<q1@kuechen-import.de>' });
      assert.deepEqual(detail?.thread?.messages.map((m) => m.subject), ['Inquiry: sinks', 'Re: Inquiry: sinks', 'New inquiry: faucets']);
      assert.deepEqual((await getInquiry(store, admin, third.id))?.message.thread_reason, { rule: 'buyer-email', value: 'anna@kuechen-import.de' });
      assert.notEqual(other.thread_id, second.thread_id);
    });

    test('two threads of one buyer merge by hand, and the merge undoes exactly; a message can be split out', async () => {
      const store = await open();
      await importRaw(store, [
        mail({ from: 'anna@kuechen-import.de', subject: 'Sinks', body: BUYER_INQUIRY, messageId: '<s1@k.de>' }),
        mail({ from: 'anna.schmidt@gmail.com', subject: 'Sinks again (private mail)', body: 'Anna from Kuechen Import here, any update on the 500 sinks?', messageId: '<s2@gmail.com>' }),
      ]);
      const rows = (await listInbox(store, admin, {})).rows;
      const work = rows.find((r) => r.subject === 'Sinks')!;
      const home = rows.find((r) => r.subject.startsWith('Sinks again'))!;
      assert.notEqual(work.thread_id, home.thread_id);
      const merged = await mergeThreads(store, admin, work.thread_id!, home.thread_id!);
      assert.ok(merged.ok);
      const after = await getInquiry(store, admin, home.id);
      assert.equal(after?.thread?.messages.length, 2);
      assert.deepEqual(after?.message.thread_reason, { rule: 'manual-merge', value: `merge ${merged.ok ? merged.id : 0}` });
      assert.ok(merged.ok && (await undoMerge(store, admin, merged.id)).ok);
      const undone = await getInquiry(store, admin, home.id);
      assert.equal(undone?.message.thread_id, home.thread_id);
      assert.deepEqual(undone?.message.thread_reason, { rule: 'new', value: null });
      const split = await detachMessage(store, admin, work.id);
      assert.ok(split.ok);
      assert.equal((await getInquiry(store, admin, work.id))?.message.thread_id, split.ok ? split.id : -1);
    });

    test('junk lands in quarantine; "not junk" restores it, teaches the model, and undo takes it back', async () => {
      const store = await open();
      await importRaw(store, [mail({ from: 'x@y.top', subject: 'Mailbox suspended', body: PHISHING }), mail({ from: 'anna@kuechen-import.de', subject: 'Inquiry', body: BUYER_INQUIRY })]);
      const junk = (await listInbox(store, admin, { tab: 'junk' })).rows;
      assert.equal(junk.length, 1);
      const id = junk[0]!.id;
      const restored = await applyAction(store, admin, id, { action: 'label', label: 'genuine' });
      assert.ok(restored.ok);
      assert.equal((await countTabs(store, admin)).junk, 0);
      const learned = await workspaceModel(store, model);
      assert.equal(learned.hamMessages, model.hamMessages + 1, 'the correction counts as one more genuine message');
      assert.ok(restored.ok && (await undoAction(store, admin, restored.actionId)).ok);
      assert.equal((await countTabs(store, admin)).junk, 1);
      assert.equal((await workspaceModel(store, model)).hamMessages, model.hamMessages);
      const stillThere = await store.db.selectFrom('messages').select('id').execute();
      assert.equal(stillThere.length, 2, 'nothing is ever deleted');
    });

    test('pages are newest first, with no gaps and no repeats', async () => {
      const store = await open();
      const raws = Array.from({ length: 23 }, (_, i) =>
        mail({ from: `buyer${i}@firm${i}.com`, subject: `Inquiry ${i}`, body: `Please quote ${i + 10} pcs of LED panels.`, date: new Date(Date.UTC(2026, 0, 1 + (i % 7), i)).toUTCString() }),
      );
      await importRaw(store, raws);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listInbox(store, admin, { limit: 5, cursor });
        seen.push(...page.rows.map((r) => r.received_at));
        cursor = page.next ?? undefined;
      } while (cursor);
      assert.equal(seen.length, 23);
      assert.deepEqual(seen, [...seen].sort().reverse());
    });

    test('pages of messages received at the same second, and pages of a search, have no gaps and no repeats', async () => {
      const store = await open();
      const raws = Array.from({ length: 12 }, (_, i) => mail({ from: `buyer${i}@firm${i}.com`, subject: `Pumps ${i}`, body: `Please quote ${i + 10} water pumps.`, date: 'Tue, 03 Nov 2026 09:15:00 +0100' }));
      await importRaw(store, raws);
      for (const q of [{}, { q: 'pumps' }]) {
        const ids: number[] = [];
        let cursor: string | undefined;
        do {
          const page = await listInbox(store, admin, { ...q, limit: 5, cursor });
          ids.push(...page.rows.map((r) => r.id));
          cursor = page.next ?? undefined;
        } while (cursor);
        assert.equal(new Set(ids).size, 12, JSON.stringify(q));
        assert.deepEqual(ids, [...ids].sort((a, b) => b - a), 'same time: newest id first');
      }
    });

    test('every inbox filter narrows the page, and the same filters with other values give other pages', async () => {
      const store = await open();
      const sales = await createUser(store, { email: 'wang@seller.cn', name: '王芳', role: 'sales', password: 'pw-wang-123456' });
      await importRaw(store, Array.from({ length: 6 }, (_, i) => mail({ from: `buyer${i}@firm${i}.com`, subject: `Inquiry ${i}`, body: `Please quote ${i + 10} water pumps.` })));
      const ids = (await store.db.selectFrom('messages').select('id').orderBy('id').execute()).map((r) => r.id);
      const set = (i: number, values: { country?: string | null; grade?: 'A' | 'B' | 'C'; product?: string | null; junk_kind?: string | null; received_at?: string; archived?: number; assignee_id?: number | null }) =>
        store.db.updateTable('messages').set(values).where('id', '=', ids[i]!).execute();
      for (const i of ids.keys()) await set(i, { country: null, grade: 'C', product: null, junk_kind: null, received_at: `2026-0${i + 1}-05T00:00:00.000Z`, archived: 0, assignee_id: null });
      await set(0, { country: 'DE', grade: 'A', product: 'water pumps 50%', assignee_id: sales.id });
      await set(1, { country: 'US', grade: 'B', product: 'garden hose' });
      await set(2, { country: 'US', grade: 'A', junk_kind: 'phishing', assignee_id: sales.id });
      await set(3, { archived: 1 });
      const subjects = async (q: Parameters<typeof listInbox>[2], viewer: { id: number; role: 'admin' | 'sales' } = admin) => (await listInbox(store, viewer, q)).rows.map((r) => r.subject).sort();
      assert.deepEqual(await subjects({ country: 'de' }), ['Inquiry 0']);
      assert.deepEqual(await subjects({ country: 'us' }), ['Inquiry 1', 'Inquiry 2']);
      assert.deepEqual(await subjects({ grade: 'A' }), ['Inquiry 0', 'Inquiry 2']);
      assert.deepEqual(await subjects({ grade: 'A', country: 'US' }), ['Inquiry 2']);
      assert.deepEqual(await subjects({ kind: 'phishing' }), ['Inquiry 2']);
      assert.deepEqual(await subjects({ product: 'PUMPS 50' }), ['Inquiry 0'], 'whatever the case, on both databases');
      assert.deepEqual(await subjects({ from: '2026-02-01', to: '2026-03-06' }), ['Inquiry 1', 'Inquiry 2']);
      assert.deepEqual(await subjects({ archived: true }), ['Inquiry 3']);
      assert.deepEqual(await subjects({ assigneeId: sales.id }), ['Inquiry 0', 'Inquiry 2']);
      assert.deepEqual(await subjects({ grade: 'A' }, { id: sales.id, role: 'sales' }), ['Inquiry 0', 'Inquiry 2']);
      assert.deepEqual(await subjects({ grade: 'B' }, { id: sales.id, role: 'sales' }), [], 'not in their queue');
    });

    test('the API’s JSON text says what listInbox and getInquiry say, to whoever may see it', async () => {
      const store = await open();
      const wang = await createUser(store, { email: 'wang@seller.cn', name: '王芳', role: 'sales', password: 'pw-wang-123456', productLines: ['sink'] });
      await createUser(store, { email: 'li@seller.cn', name: '李雷', role: 'sales', password: 'pw-li-123456', productLines: ['pump'] });
      await importRaw(store, [
        mail({ from: 'Anna Schmidt <anna@kuechen-import.de>', subject: 'Inquiry: sinks', body: BUYER_INQUIRY, messageId: '<j1@k.de>' }),
        mail({ from: 'anna@kuechen-import.de', subject: 'Re: Inquiry: sinks "quoted" \\ 价格', body: 'What is the price for 1000 pcs?\n\tThanks ✓', messageId: '<j2@k.de>', inReplyTo: '<j1@k.de>', date: 'Wed, 04 Nov 2026 10:00:00 +0100' }),
        mail({ from: 'li@other-buyer.com', subject: 'Quote for water pumps', body: 'Please quote 50 water pumps to Lagos.' }),
        mail({ from: 'x@y.top', subject: 'Mailbox suspended', body: PHISHING }),
      ]);
      const viewers = [admin, { id: wang.id, role: 'sales' as const }];
      for (const viewer of viewers) {
        for (const q of [{}, { tab: 'junk' as const }, { q: 'sinks' }, { q: 'price' }, { limit: 1 }, { limit: 1, q: 'sinks' }]) {
          let cursor: string | undefined;
          do {
            const page = await listInbox(store, viewer, { ...q, cursor });
            assert.deepEqual(JSON.parse(await listInboxJson(store, viewer, { ...q, cursor })), page, JSON.stringify(q));
            cursor = page.next ?? undefined;
          } while (cursor);
        }
      }
      const ids = (await store.db.selectFrom('messages').select('id').execute()).map((r) => r.id);
      const shown = { admin: 0, sales: 0, threads: 0 };
      for (const viewer of viewers) {
        for (const id of [...ids, 999_999]) {
          const detail = await getInquiry(store, viewer, id);
          const text = await inquiryJson(store, viewer, id);
          assert.deepEqual(text === null ? null : JSON.parse(text), detail === null ? null : JSON.parse(JSON.stringify(detail)), `message ${id} as ${viewer.role}`);
          if (detail) shown[viewer.role]++;
          if (detail?.thread?.messages.length === 2) shown.threads++;
        }
      }
      assert.equal(shown.admin, 4);
      assert.ok(shown.sales > 0 && shown.sales < 4, 'the salesperson sees their own queue and nothing else');
      assert.ok(shown.threads >= 2, 'a thread of two was compared');
    });

    test('search finds words of the body and of the extraction, and takes query syntax literally', async () => {
      const store = await open();
      await importRaw(store, [mail({ from: 'anna@kuechen-import.de', subject: 'Inquiry', body: BUYER_INQUIRY }), mail({ from: 'li@other-buyer.com', subject: 'Pumps', body: 'Please quote 50 water pumps to Lagos.' })]);
      assert.deepEqual((await listInbox(store, admin, { q: 'hamburg sinks' })).rows.map((r) => r.subject), ['Inquiry']);
      assert.deepEqual((await listInbox(store, admin, { q: 'pumps' })).rows.map((r) => r.subject), ['Pumps']);
      assert.deepEqual((await listInbox(store, admin, { q: '"AND OR (* NEAR' })).rows, []);
    });

    test('inquiries are routed by product line, then load; a salesperson sees only their own queue', async () => {
      const store = await open();
      const sinks = await createUser(store, { email: 'wang@seller.cn', name: '王芳', role: 'sales', password: 'pw-wang-123456', productLines: ['sink'] });
      const pumps = await createUser(store, { email: 'li@seller.cn', name: '李雷', role: 'sales', password: 'pw-li-123456', productLines: ['pump'] });
      await importRaw(store, [
        mail({ from: 'anna@kuechen-import.de', subject: 'Inquiry: stainless steel sinks', body: BUYER_INQUIRY }),
        mail({ from: 'li@other-buyer.com', subject: 'Quote for water pumps', body: 'Please quote 50 water pumps to Lagos.' }),
      ]);
      const wang = { id: sinks.id, role: 'sales' as const };
      const li = { id: pumps.id, role: 'sales' as const };
      const wangsRows = (await listInbox(store, wang, {})).rows;
      assert.deepEqual(wangsRows.map((r) => r.subject), ['Inquiry: stainless steel sinks']);
      const lisId = (await listInbox(store, li, {})).rows[0]!.id;
      assert.equal(await getInquiry(store, wang, lisId), null, 'another queue is invisible, even by id');
      assert.deepEqual(await applyAction(store, wang, lisId, { action: 'archive', archived: true }), { ok: false, reason: 'not_found' });
      assert.deepEqual(await applyAction(store, wang, wangsRows[0]!.id, { action: 'assign', assigneeId: li.id }), { ok: false, reason: 'forbidden' });
    });

    test('our reply joins the thread by In-Reply-To; an auto-reply is no answer; won stops follow-ups', async () => {
      const store = await open();
      const autoReply = (raw: Uint8Array) => new TextEncoder().encode(`Auto-Submitted: auto-replied\r\n${new TextDecoder().decode(raw)}`);
      await importRaw(store, [mail({ from: 'Anna Schmidt <anna@kuechen-import.de>', subject: 'Inquiry: sinks', body: BUYER_INQUIRY, messageId: '<q1@kuechen-import.de>' })]);
      const reply = mail({ from: 'Wang <wang@seller.cn>', to: 'anna@kuechen-import.de', subject: 'Re: Inquiry: sinks', body: '1. Price: USD 48.\n\nBest regards', messageId: '<r1@seller.cn>', inReplyTo: '<q1@kuechen-import.de>' });
      const { ids } = await (await Intake.open(store)).storeBatch([await sentReplyIncoming(reply, '2026-11-03T10:00:00.000Z')]);
      await importRaw(store, [autoReply(mail({ from: 'anna@kuechen-import.de', subject: 'Out of office', body: 'I am away until Monday.', messageId: '<ooo@kuechen-import.de>', date: 'Wed, 04 Nov 2026 10:00:00 +0100' }))]);
      const detail = await getInquiry(store, admin, ids[0]!);
      assert.deepEqual(detail?.message.thread_reason, { rule: 'reply', value: '<q1@kuechen-import.de>' });
      assert.deepEqual(detail?.thread?.messages.map((m) => [m.channel, m.direction]), [['mail', 'in'], ['reply', 'out'], ['mail', 'in']]);
      assert.deepEqual((await listInbox(store, admin, {})).rows.map((r) => r.subject).sort(), ['Inquiry: sinks', 'Out of office'], 'our reply is no inbox item');

      const report = await responseReportFor(store, admin, new Date('2026-11-10T00:00:00Z'));
      assert.deepEqual([report.inquiries, report.answered, report.buyerSecondReplyRate, report.perInquiry[0]?.firstResponseMinutes], [1, 1, 0, 105], 'the auto-reply is not the buyer answering');
      const due = await followupsFor(store, admin, new Date('2026-11-06T20:00:00Z'));
      assert.deepEqual(due.map((f) => [f.step, f.zone, f.overdue]), [[1, 'Europe/Berlin', true]]);
      assert.ok(await setWon(store, admin, detail?.thread?.id ?? 0, true));
      assert.deepEqual(await followupsFor(store, admin, new Date('2026-11-06T20:00:00Z')), []);
      assert.equal((await responseReportFor(store, admin, new Date('2026-11-10T00:00:00Z'))).buckets[0]?.won, 1);
    });

    test('SMTP settings keep the password sealed and give it back only to the sender', async () => {
      const store = await open();
      const user = await createUser(store, { email: 'wang@seller.cn', name: '王芳', role: 'sales', password: 'pw-wang-123456' });
      const key = () => Buffer.alloc(32, 7);
      await saveSmtpSettings(store, key, user.id, { host: 'smtp.seller.cn', port: 465, secure: true, user: 'wang@seller.cn', password: 'pässword' });
      assert.deepEqual(await smtpConfig(store, key, user.id), { host: 'smtp.seller.cn', port: 465, secure: true, user: 'wang@seller.cn', password: 'pässword' });
      assert.equal((await getSmtpSettings(store, user.id))?.hasPassword, true);
      const row = await store.db.selectFrom('smtp_settings').select('password_enc').executeTakeFirstOrThrow();
      assert.ok(row.password_enc && !row.password_enc.includes('pässword'));
      await assert.rejects(smtpConfig(store, () => Buffer.alloc(32, 8), user.id), /cannot decrypt/);
    });

    test('logins, sessions and API tokens', async () => {
      const store = await open();
      const user = await createUser(store, { email: 'Admin@Seller.cn', name: 'Admin', role: 'admin', password: 'correct horse battery' });
      assert.equal(await checkLogin(store, 'admin@seller.cn', 'wrong'), null);
      assert.equal((await checkLogin(store, 'admin@seller.cn', 'correct horse battery'))?.id, user.id);
      const session = await createSession(store, user.id);
      assert.equal((await sessionUser(store, session.token))?.csrf, session.csrf);
      assert.equal(await sessionUser(store, 'forged'), null);
      const { token } = await createApiToken(store, user.id, 'script');
      assert.deepEqual(await tokenUser(store, token), { id: user.id, role: 'admin', email: 'admin@seller.cn', name: 'Admin', csrf: null });
      const stored = await store.db.selectFrom('api_tokens').select('token_hash').executeTakeFirstOrThrow();
      assert.notEqual(stored.token_hash, token, 'only a hash of the token is kept');
    });
  });
}
