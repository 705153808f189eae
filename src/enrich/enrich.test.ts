import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { countryOffsets, senderLocalHour } from './clock.js';
import { isFreeMail } from './freemail.js';
import { countryOfIp } from './geo.js';
import { History, textFingerprint } from './history.js';

test('IP → country works offline from the packaged data', () => {
  assert.equal(countryOfIp('85.214.132.117'), 'DE');
  assert.equal(countryOfIp('8.8.8.8'), 'US');
  assert.equal(countryOfIp('10.0.0.1'), null);
  assert.equal(countryOfIp('not an ip'), null);
});

test("sender's local hour follows the country's zone and daylight saving", () => {
  // 01:12 UTC is 02:12 in Berlin in winter and 03:12 in summer.
  assert.equal(senderLocalHour('2026-03-03T01:12:00.000Z', 60, 'DE'), 2);
  assert.equal(senderLocalHour('2026-07-03T01:12:00.000Z', 120, 'DE'), 3);
  // In a country with several zones, the sender's own offset picks the zone.
  assert.equal(senderLocalHour('2026-07-03T20:00:00.000Z', -420, 'US'), 13);
  assert.equal(senderLocalHour(null, 60, 'DE'), null);
  assert.deepEqual(countryOffsets('DE'), [60, 120]);
  assert.ok(countryOffsets('CN').includes(480));
  // A clock the country does not use: the main zone's real offset decides (Berlin, summer: +2).
  assert.equal(senderLocalHour('2026-07-03T01:12:00.000Z', 480, 'DE'), 3);
});

test('free webmail providers are known, company domains are not', () => {
  for (const d of ['gmail.com', 'yahoo.co.uk', '163.com', 'qq.com', 'hotmail.com']) assert.ok(isFreeMail(d), d);
  for (const d of ['siemens.com', 'kuehne-haushalt.example', '']) assert.ok(!isFreeMail(d), d);
});

test('history counts a repeat sender within a week and the same text from many senders', () => {
  const history = new History();
  const day = 24 * 3600 * 1000;
  const text = 'Dear supplier, please send your best price for the items in our list. We are waiting for your reply today.';
  assert.equal(history.observe({ sender: 'a@x.example', timeMs: 0, textKey: textFingerprint(text) }).recentFromSender, 0);
  assert.equal(history.observe({ sender: 'a@x.example', timeMs: day, textKey: null }).recentFromSender, 1);
  assert.equal(history.observe({ sender: 'a@x.example', timeMs: 30 * day, textKey: null }).recentFromSender, 0, 'a month later is not a repeat');
  history.observe({ sender: 'b@y.example', timeMs: 0, textKey: textFingerprint(text.toUpperCase()) });
  assert.equal(history.observe({ sender: 'c@z.example', timeMs: 0, textKey: textFingerprint(`Hi,\n${text}`) }).sameTextSenders, 2);
  assert.equal(textFingerprint('short'), null);
});

test('the one-pass fingerprint equals the plain formula', () => {
  const plain = (text: string): string | null => {
    const core = text.slice(0, 4000).toLowerCase().replace(/^.{0,40}\n/, '').replace(/[\d\s\p{P}]+/gu, '');
    if (core.length < 60) return null;
    let hash = 0x811c9dc5;
    for (let i = 0; i < Math.min(core.length, 4000); i++) hash = Math.imul(hash ^ core.charCodeAt(i), 0x01000193) >>> 0;
    return `${core.length}:${hash.toString(16)}`;
  };
  const piece = fc.constantFrom('Dear Sir,', '\n', '\r\n', ' ', 'Please send PRICE list', '12,500', '!?', '\u2028', '😀', '\ud800', 'İstanbul', 'ΟΔΟΣ', '中文报价', '—', 'x'.repeat(45));
  fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (parts) => assert.equal(textFingerprint(parts.join('')), plain(parts.join('')))), { numRuns: 2000 });
  const long = `Hi,\n${'Please quote 500 pcs, stainless steel! '.repeat(200)}`;
  assert.equal(textFingerprint(long), plain(long));
});
