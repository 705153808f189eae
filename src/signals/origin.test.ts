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

test('origin.default_tenant_domain: our own tenant, named as an own domain, stays silent', async () => {
  const signal = SIGNALS_BY_ID.get('origin.default_tenant_domain');
  const lure = await loadFixture('signals/origin.default_tenant_domain.fires.eml');
  assert.deepEqual(signal?.check(lure), ['tetherteam@maildirect3.onmicrosoft.com']);
  const ours = { ...lure, facts: { ...lure.facts, ownDomains: ['maildirect3.onmicrosoft.com'] } };
  assert.equal(signal?.check(ours), null);
});
