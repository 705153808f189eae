/** Showcase picks and buyer words on both stores: same mail, same numbers; junk never counts, a label wins. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadModel } from '../bayes/load.js';
import { importEntries } from '../inbox/import.js';
import { keywordsReport, showcaseReport } from '../inbox/showcase.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { entries, mail, PHISHING } from '../../test/support/mail.js';
import { storeBackends } from '../../test/support/backends.js';
import { applyAction } from './actions.js';

const model = loadModel();
const admin = { id: 0, role: 'admin' as const };
const backends = storeBackends();
const asOf = new Date('2026-11-27T00:00:00Z');

const MAIL = [
  mail({ from: 'tom@hampers.co.uk', subject: 'Inquiry: picnic hampers', body: 'Dear sir, we need 300 wicker picnic hampers for our shops in London, United Kingdom. Please quote FOB Ningbo.', date: 'Mon, 23 Nov 2026 09:00:00 +0000' }),
  mail({ from: 'amy@outdoor-goods.com', subject: 'Inquiry: picnic baskets', body: 'Hello, we are looking for 500 picnic baskets with cutlery, delivery to Los Angeles, USA. Best price please.', date: 'Tue, 17 Nov 2026 15:00:00 -0800' }),
  mail({ from: 'jim@camping-us.com', subject: 'Quote for wicker baskets', body: 'We need 200 wicker picnic baskets, CIF Los Angeles, USA.', date: 'Tue, 06 Oct 2026 10:00:00 -0700' }),
  mail({ from: 'old@buyer.com', subject: 'Inquiry: picnic baskets', body: 'Please quote 100 picnic baskets.', date: 'Mon, 01 Jun 2026 10:00:00 +0000' }),
  mail({ from: 'x@y.top', subject: 'Mailbox suspended', body: PHISHING, date: 'Wed, 25 Nov 2026 08:00:00 +0100' }),
];

for (const backend of backends) {
  describe(`showcase on ${backend.name}`, () => {
    test('counts the 30 and 90 days, leaves junk and older mail out; a person’s label wins over the verdict', async () => {
      const store = await backend.open();
      await importEntries(store, entries(MAIL), { model, limits: DEFAULT_LIMITS, workers: 1 });
      const picks = await showcaseReport(store, admin, { asOf });
      assert.equal(picks.inquiries, 3, JSON.stringify(picks));
      const top = picks.candidates[0];
      assert.match(top?.product ?? '', /picnic/);
      assert.deepEqual([top?.n30, top?.n90], [2, 3]);
      assert.ok(top?.reasons.every((r) => r.zh && r.en));

      const words = await keywordsReport(store, admin, { asOf });
      const picnic = words.products.find((p) => /picnic/.test(p.product));
      const countries = Object.fromEntries((picnic?.words ?? []).map((w) => [w.country ?? '', w.phrases.map((p) => p.phrase)]));
      assert.ok(countries.GB?.some((p) => p.includes('hamper')), JSON.stringify(countries));
      assert.ok(countries.US?.some((p) => p.includes('basket')) && !countries.US.some((p) => p.includes('hamper')), JSON.stringify(countries));

      const uk = await store.db.selectFrom('messages').select('id').where('from_address', '=', 'tom@hampers.co.uk').executeTakeFirstOrThrow();
      assert.ok((await applyAction(store, admin, uk.id, { action: 'label', label: 'junk' })).ok);
      assert.equal((await showcaseReport(store, admin, { asOf })).inquiries, 2, 'labelled junk: out');
      assert.ok((await applyAction(store, admin, uk.id, { action: 'label', label: 'genuine' })).ok);
      assert.equal((await showcaseReport(store, admin, { asOf })).inquiries, 3);
      assert.equal((await showcaseReport(store, { id: 9999, role: 'sales' }, { asOf })).inquiries, 0, 'a salesperson counts their own queue');
    });
  });
}
