import assert from 'node:assert/strict';
import test from 'node:test';
import { loadFixture } from '../../test/support/fixture.js';
import { SIGNALS_BY_ID } from './registry.js';

test('origin.malformed_from: a From address without a full domain name is a bulk tool, not a mail server', async () => {
  const signal = SIGNALS_BY_ID.get('origin.malformed_from');
  assert.deepEqual(signal?.check(await loadFixture('cases/from-without-domain.eml')), ['notifica@correios']);
  // The silent fixture's ordinary address stays silent (also covered by the registry test).
  assert.equal(signal?.check(await loadFixture('signals/origin.malformed_from.silent.eml')), null);
});
