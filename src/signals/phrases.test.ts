import assert from 'node:assert/strict';
import test from 'node:test';
import { loadFixture } from '../../test/support/fixture.js';
import { AD_TOPICS } from './lists/ad-topics.js';
import { SIGNALS_BY_ID } from './registry.js';
import { matchedPhrases } from './signal.js';

test('phishing.cues reads the parcel-fee lure in Portuguese: held parcel and customs fees are two cues', async () => {
  const evidence = SIGNALS_BY_ID.get('phishing.cues')?.check(await loadFixture('cases/from-without-domain.eml'));
  assert.ok(evidence && evidence.length >= 2, JSON.stringify(evidence));
});

test('phishing.recipient_in_subject: a greeting that names any e-mail address instead of a person', async () => {
  const evidence = SIGNALS_BY_ID.get('phishing.recipient_in_subject')?.check(await loadFixture('cases/greets-an-address.eml'));
  assert.deepEqual(evidence, ['industrypack-devel@lists.example.org']);
});

test('phishing.login_link: "Click here to prove your identity" is a login button', async () => {
  const evidence = SIGNALS_BY_ID.get('phishing.login_link')?.check(await loadFixture('cases/bank-prove-identity.eml'));
  assert.deepEqual(evidence, ['Click here to prove your identity → safe-keynet.example']);
});

test('advertising topics see through broken-up drug names but not through ordinary words', () => {
  for (const text of ['generic vl @ gra, only $ 0.95', 'ci alis & levvitra', 'super viiagra', 'v i a g r a']) {
    assert.equal(matchedPhrases(text, AD_TOPICS).length, 1, text);
  }
  for (const text of ['via grande 12, milano', 'the social issue', 'value added tax', 'rolex-style watch cases, 500 pcs']) {
    assert.deepEqual(matchedPhrases(text, AD_TOPICS), [], text);
  }
});
