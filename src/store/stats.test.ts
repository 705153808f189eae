/** The dashboard's counts on both stores (SQLite file, real PostgreSQL): same mail, same numbers. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadModel } from '../bayes/load.js';
import { importEntries } from '../inbox/import.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { BUYER_INQUIRY, entries, mail, PHISHING } from '../../test/support/mail.js';
import { storeBackends } from '../../test/support/backends.js';
import { applyAction } from './actions.js';
import { getStats } from './stats.js';

const model = loadModel();
const admin = { id: 0, role: 'admin' as const };
const backends = storeBackends();

const MAIL = [
  mail({ from: 'anna@kuechen-import.de', subject: 'Inquiry: stainless steel sinks', body: BUYER_INQUIRY, date: 'Tue, 03 Nov 2026 09:15:00 +0100' }),
  mail({ from: 'li@other-buyer.com', subject: 'Inquiry: pumps', body: 'Please quote 50 water pumps to Lagos, Nigeria.', date: 'Tue, 03 Nov 2026 11:00:00 +0100' }),
  mail({ from: 'x@y.top', subject: 'Mailbox suspended', body: PHISHING, date: 'Wed, 04 Nov 2026 08:00:00 +0100' }),
];

for (const backend of backends) {
  describe(`stats on ${backend.name}`, () => {
    test('per day by verdict, junk by kind, per product and country; a label moves a message; sales see their own', async () => {
      const store = await backend.open();
      try {
        await importEntries(store, entries(MAIL), { model, limits: DEFAULT_LIMITS, workers: 1 });
        const stats = await getStats(store, admin);
        assert.deepEqual(stats.perDay, [
          { day: '2026-11-03', verdict: 'genuine', n: 2 },
          { day: '2026-11-04', verdict: 'junk', n: 1 },
        ]);
        assert.deepEqual(stats.junkByKind, [{ kind: 'phishing', n: 1 }]);
        assert.ok(stats.perCountry.some((c) => c.country === 'DE' && c.n === 1), JSON.stringify(stats.perCountry));
        assert.ok(stats.perProduct.length >= 1 && stats.perProduct.every((p) => p.n >= 1 && p.product));

        const phish = await store.db.selectFrom('messages').select('id').where('tab', '=', 'junk').executeTakeFirstOrThrow();
        assert.ok((await applyAction(store, admin, phish.id, { action: 'label', label: 'genuine' })).ok);
        const relabelled = await getStats(store, admin);
        assert.deepEqual(relabelled.perDay.at(-1), { day: '2026-11-04', verdict: 'genuine', n: 1 });
        assert.deepEqual(relabelled.junkByKind, []);

        assert.deepEqual((await getStats(store, admin, { from: '2026-11-04' })).perDay.length, 1);
        const sales = await getStats(store, { id: 9999, role: 'sales' });
        assert.deepEqual(sales, { perDay: [], junkByKind: [], perProduct: [], perCountry: [] });
      } finally {
        await store.db.destroy();
      }
    });
  });
}
