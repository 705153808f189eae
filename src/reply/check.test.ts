import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { checkReply, EMAIL, WEBSITE, type OutgoingDraft } from './check.js';
import { ADDRESSES_AND_LINKS } from './spelling.js';
import { draftReply } from './draft.js';
import { extracted } from '../../test/support/extracted.js';
import { checkTools } from './load.js';

const tools = checkTools();
const SIGNATURE = 'Best regards,\nLily Chen\nNingbo Bright Appliance Co., Ltd.\nTel: +86 574 8888 6666\nEmail: lily@brightappliance.com\nWeb: www.brightappliance.com';
const good: OutgoingDraft = {
  subject: 'Quotation for SUS304 air fryer AF-300',
  body: `Dear Hans,\n\nThank you for your inquiry. Our FOB Ningbo price for the SUS304 air fryer AF-300 in HDPE bags is USD 21.50, MOQ 500 pcs, 2x20ft containers.\n\n${SIGNATURE}`,
  from: 'Lily Chen <lily@brightappliance.com>',
  attachments: ['AF-300 specification.pdf'],
  sendAt: '2026-06-03T08:00:00Z', // Wednesday 10:00 in Berlin
  buyer: { country: 'DE' },
};
const ids = (d: Partial<OutgoingDraft>) => checkReply({ ...good, ...d }, tools).map((f) => f.id);

test('a clean reply passes: trade words, grades and model numbers are not misspellings', () => {
  assert.deepEqual(checkReply(good, tools), []);
});

test('empty or generic subjects', () => {
  assert.deepEqual(ids({ subject: '' }), ['subject.empty']);
  for (const s of ['Re:', 'quotation', 'Hello', 'RE: Inquiry']) assert.deepEqual(ids({ subject: s }), ['subject.generic'], s);
});

test('spelling: typos with a suggestion, names and British spelling left alone', () => {
  const [finding] = checkReply({ ...good, body: `Dear Hans,\n\nWe recieve your inqiury about the colour and aluminium of the Guangzhou model.\n\n${SIGNATURE}` }, tools);
  assert.equal(finding?.id, 'spelling');
  assert.deepEqual(finding?.evidence, ['recieve → receive', 'inqiury → inquiry']);
  assert.match(finding?.zh ?? '', /拼写/);
});

test('a long answer without numbered points', () => {
  const long = `Dear Hans,\n\n${'We can make the air fryer in several colours and sizes with your logo. '.repeat(10)}\n\n${SIGNATURE}`;
  assert.deepEqual(ids({ body: long }), ['structure.unnumbered']);
  assert.deepEqual(ids({ body: long.replace('Dear Hans,\n\n', 'Dear Hans,\n\n1. Colours: black.\n2. Sizes: 3 L.\n\n') }), []);
});

test('missing signature or contact details', () => {
  assert.deepEqual(ids({ body: 'Dear Hans,\n\nPrice is USD 21.50.' }), ['signature.missing', 'signature.contacts']);
  const noPhone = checkReply({ ...good, body: good.body.replace('Tel: +86 574 8888 6666\n', '') }, tools);
  assert.deepEqual(noPhone.map((f) => [f.id, f.evidence]), [['signature.contacts', ['phone']]]);
  assert.match(noPhone[0]?.zh ?? '', /电话/);
});

test('archive and executable attachments, free mailbox', () => {
  assert.deepEqual(ids({ attachments: ['catalog.rar', 'price.pdf', 'invoice.pdf.exe'] }), ['attachment.archive', 'attachment.executable']);
  assert.deepEqual(ids({ from: 'lily.chen@163.com' }), ['sender.freemail']);
});

test('sending outside the buyer\'s hours says when it lands and when to send instead', () => {
  // 15:00 in Shanghai on a Thursday is 08:00 Thursday in Riyadh… and 02:00 in New York.
  const [late] = checkReply({ ...good, sendAt: '2026-06-04T06:00:00Z', buyer: { country: 'US' } }, tools);
  assert.equal(late?.id, 'timing.off_hours');
  assert.deepEqual(late?.evidence, ['2026-06-04 02:00 Thu (America/New_York)', '2026-06-04 09:00 Thu (America/New_York)']);
  assert.equal(late?.suggestedAt, '2026-06-04T13:00:00.000Z');
  // Friday is the weekend in Saudi Arabia: the next good time is Sunday morning.
  const [friday] = checkReply({ ...good, sendAt: '2026-06-05T08:00:00Z', buyer: { country: 'SA' } }, tools);
  assert.equal(friday?.evidence[1], '2026-06-07 09:00 Sun (Asia/Riyadh)');
  assert.match(friday?.zh ?? '', /买家当地时间/);
});

test('a fresh draft only fails on what the salesperson must still write', () => {
  const d = draftReply({ subject: 'Air fryer AF-300', language: 'de', text: 'Please quote 2000 pcs. What is the MOQ?', extracted: extracted({ language: 'de', buyerName: 'Hans' }) }, { name: 'Lily Chen', company: 'Ningbo Bright Appliance Co., Ltd.', phone: '+86 574 8888 6666', email: 'lily@brightappliance.com', website: 'www.brightappliance.com' });
  assert.deepEqual(ids({ subject: d.subject, body: d.body }), []);
});

test('contact patterns in the signature find what their plain forms found, in linear time', { timeout: 60_000 }, () => {
  const plainEmail = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
  const plainWebsite = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|net|cn|org|biz|co)(?:\.[a-z]{2})?\b/i;
  const plainLinks = /\S+@\S+|\b(?:https?:\/\/|www\.)\S+/g;
  const piece = fc.constantFrom('a', 'B', '1', '.', '-', '--', '+', '_', '@', ' ', '\n', '(', 'é', '.com', '.CN', '.uk', 'www.', 'http://', 'x@y.z', 'shop.net');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      const email = EMAIL.exec(text);
      const plain = plainEmail.exec(text);
      assert.deepEqual(email && [email[0], email.index], plain && [plain[0], plain.index]);
      assert.equal(WEBSITE.test(text), plainWebsite.test(text));
      assert.equal(text.replace(ADDRESSES_AND_LINKS, ' '), text.replace(plainLinks, ' '));
    }),
    { numRuns: 3000 },
  );
  // A signature line of 100,000 characters with no @ or dot: the plain forms took minutes on it. The
  // contacts above it are still found; only the length is remarked on.
  const long = `${SIGNATURE}\n${'a-'.repeat(50_000)}`;
  assert.deepEqual(ids({ body: `${good.body.split('Best regards')[0]}${long}` }), ['structure.unnumbered']);
});
