import assert from 'node:assert/strict';
import test from 'node:test';
import { gatherFacts } from '../enrich/facts.js';
import { parseMessage } from '../ingest/parse.js';
import { SIGNALS_BY_ID } from '../signals/registry.js';
import { buildInquiry } from './triage.js';

async function inquiryOf(subject: string, body: string) {
  const parsed = await parseMessage(Buffer.from(`From: buyer@rfq-board.example\nTo: sales@brightway-hardware.example\nSubject: ${subject}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n${body}`));
  assert.ok(parsed.ok);
  return buildInquiry(parsed.message, gatherFacts(parsed.message), null);
}

test('a product posted as a title alone is a request for it; a reply, a question or a link in the subject is not', async () => {
  assert.deepEqual((await inquiryOf('MSP-95-500 Filter element', '')).buyIntent, ['MSP-95-500 Filter element']);
  assert.deepEqual((await inquiryOf('Steel Rebars', '\n')).buyIntent, ['Steel Rebars']);
  for (const subject of ['Re: Steel Rebars', "what's your take on rebars?", 'http://hrweb.example/benefits/form.asp']) {
    assert.deepEqual((await inquiryOf(subject, '')).buyIntent, [], subject);
  }
  assert.deepEqual((await inquiryOf('Steel Rebars', 'Photos from the site visit, see you Monday.')).buyIntent, []);
});

test('a subject written with underscores for spaces is read as words: the crypto lure is seen, an order number stays an order number', async () => {
  const adTopic = SIGNALS_BY_ID.get('spam.ad_topic');
  assert.ok(adTopic?.check(await inquiryOf('Mining_balance_0.7495_BTC', '12,926$ burn out in 24 hours')));
  const order = await inquiryOf('PO_2024_0012 hinges', 'Please confirm the delivery date of PO_2024_0012.');
  assert.equal(adTopic?.check(order), null);
  assert.match(order.lower, /^po 2024 0012 hinges\n/);
});
