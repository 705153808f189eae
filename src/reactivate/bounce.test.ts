import assert from 'node:assert/strict';
import test from 'node:test';
import * as samples from '../../test/support/bounces.js';
import { isBounceRecord, parseBounce } from './bounce.js';
import { parseBounceText } from './dsn.js';

const TO = 'old.buyer@buyer.example';
const bytes = (s: string) => new TextEncoder().encode(s);

const CASES: [name: string, sample: samples.BounceSample, format: string, permanent: boolean, status: string | null][] = [
  ['RFC 3464 failed 5.1.1', samples.rfc3464('failed', '5.1.1'), 'rfc3464', true, '5.1.1'],
  ['RFC 3464 delayed 4.4.1', samples.rfc3464('delayed', '4.4.1'), 'rfc3464', false, '4.4.1'],
  ['RFC 3464 failed after retries 4.4.7', samples.rfc3464('failed', '4.4.7'), 'rfc3464', false, '4.4.7'],
  ['qmail permanent', samples.qmailPermanent, 'qmail', true, '5.1.1'],
  ['qmail still trying', samples.qmailTransient, 'qmail', false, '4.3.0'],
  ['Exim failed', samples.eximFailed, 'exim', true, '5.1.1'],
  ['Exim delayed 24 hours', samples.eximDelayed, 'exim', false, '4.2.2'],
  ['Postfix text', samples.postfixText, 'postfix', true, '5.1.1'],
  ['Sendmail permanent fatal', samples.sendmailFatal, 'sendmail', true, '5.1.1'],
  ['Exchange NDR', samples.exchangeFailed, 'exchange', true, '5.1.10'],
  ['Exchange delayed', samples.exchangeDelayed, 'exchange', false, null],
  ['Gmail address not found', samples.gmailNotFound, 'gmail', true, '5.1.1'],
  ['Gmail delivery incomplete', samples.gmailIncomplete, 'gmail', false, '4.7.0'],
];

for (const [name, sample, format, permanent, status] of CASES) {
  test(`bounce: ${name} → ${permanent ? 'permanent' : 'transient'}`, async () => {
    const failures = await parseBounce(bytes(sample(TO)));
    assert.ok(failures, 'recognised as a bounce');
    assert.equal(failures.length, 1, JSON.stringify(failures));
    const [f] = failures;
    assert.deepEqual([f?.address, f?.format, f?.permanent, f?.status], [TO, format, permanent, status]);
    assert.ok(f?.diagnostic, 'keeps what the server said');
  });
}

test('bounce: our own sender address in the report is never taken for the failed recipient', async () => {
  const failures = await parseBounce(bytes(samples.sendmailFatal(TO)));
  assert.deepEqual(failures?.map((f) => f.address), [TO]);
});

test('bounce: an out-of-office reply and an ordinary inquiry are no bounces', async () => {
  assert.equal(await parseBounce(bytes(samples.outOfOffice(TO))), null);
  assert.equal(await parseBounce(bytes('From: a@b.example\r\nSubject: Price of 5000 pcs\r\n\r\nPlease quote FOB.\r\n')), null);
  assert.equal(await parseBounce(new Uint8Array([0, 1, 2, 3])), null);
});

test('bounce: Exim X-Failed-Recipients backs up a report whose wording is unknown', async () => {
  const raw = `From: MAILER-DAEMON@x.example\r\nTo: sales@seller.example\r\nX-Failed-Recipients: gone@buyer.example\r\nSubject: Mail delivery failed\r\n\r\nSomething went wrong.\r\n`;
  const failures = await parseBounce(bytes(raw));
  assert.deepEqual(failures?.map((f) => [f.address, f.permanent]), [['gone@buyer.example', true]]);
});

test('bounce: several recipients in one report, each with its own status', () => {
  const text = `This is the mail system at host mx.example.\n\n<a@one.example>: host mx.one.example[192.0.2.1] said: 550 5.1.1 unknown\n<b@two.example>: host mx.two.example[192.0.2.2] said: 552 5.2.2 mailbox full\n`;
  assert.deepEqual(parseBounceText(text).map((f) => [f.address, f.status, f.permanent]), [['a@one.example', '5.1.1', true], ['b@two.example', '5.2.2', true]]);
});

test('bounce: an IP address is not read as a status code', () => {
  const [f] = parseBounceText(`This is the mail system at host x.\n\n<a@one.example>: connect to 10.2.3.4[10.2.3.4]:25: Connection refused\n`);
  assert.equal(f?.status, null);
});

test('bounce records among stored messages are recognised by sender or subject', () => {
  assert.ok(isBounceRecord({ from: 'mailer-daemon@mx.example', subject: 'hello' }));
  assert.ok(isBounceRecord({ from: 'postmaster@outlook.com', subject: 'x' }));
  assert.ok(isBounceRecord({ from: 'mail@x.example', subject: 'Undeliverable: Following up' }));
  assert.ok(isBounceRecord({ from: null, subject: 'Delivery Status Notification (Failure)' }));
  assert.ok(!isBounceRecord({ from: 'buyer@x.example', subject: 'Inquiry: 5000 lunch boxes' }));
  assert.ok(!isBounceRecord({ from: 'buyer@x.example', subject: 'Undelivered goods: need replacement quote' }));
});
