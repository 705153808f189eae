import assert from 'node:assert/strict';
import test from 'node:test';
import { loadFixture } from '../../test/support/fixture.js';
import { SIGNALS_BY_ID } from './registry.js';

test('phishing.cues reads the parcel-fee lure in Portuguese: held parcel and customs fees are two cues', async () => {
  const evidence = SIGNALS_BY_ID.get('phishing.cues')?.check(await loadFixture('cases/from-without-domain.eml'));
  assert.ok(evidence && evidence.length >= 2, JSON.stringify(evidence));
});

test('phishing.recipient_in_subject: a greeting that names any e-mail address instead of a person', async () => {
  const evidence = SIGNALS_BY_ID.get('phishing.recipient_in_subject')?.check(await loadFixture('cases/greets-an-address.eml'));
  assert.deepEqual(evidence, ['industrypack-devel@lists.example.org']);
});
