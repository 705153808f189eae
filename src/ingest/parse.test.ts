import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { zipSync, strToU8 } from 'fflate';
import PostalMime from 'postal-mime';
import { parseMessage, dateOffset } from './parse.js';
import { resolveLimits } from './limits.js';

const head = (extra = '') => `From: Buyer <buyer@example.com>\r\nTo: sales@example.com\r\nSubject: test\r\nDate: Tue, 3 Mar 2026 09:00:00 +0100\r\nMessage-ID: <t@example.com>\r\n${extra}`;

async function parsed(raw: string | Uint8Array) {
  const result = await parseMessage(typeof raw === 'string' ? Buffer.from(raw, 'latin1') : raw);
  assert.ok(result.ok, result.ok ? '' : `${result.error.code}: ${result.error.detail}`);
  return result.message;
}

function withCharset(charset: string, text: string, encoder: (s: string) => Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${head()}Content-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`), encoder(text)]);
}

test('decodes the charsets inquiries arrive in', async () => {
  const cases: [string, string, number[]][] = [
    ['gbk', '你好', [0xc4, 0xe3, 0xba, 0xc3]],
    ['gb18030', '你好', [0xc4, 0xe3, 0xba, 0xc3]],
    ['big5', '詢價', [0xb8, 0xdf, 0xbb, 0xf9]],
    ['shift_jis', 'こんにちは', [0x82, 0xb1, 0x82, 0xf1, 0x82, 0xc9, 0x82, 0xbf, 0x82, 0xcd]],
    ['euc-kr', '안녕', [0xbe, 0xc8, 0xb3, 0xe7]],
    ['koi8-r', 'Привет', [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]],
    ['windows-1251', 'Привет', [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]],
    ['iso-8859-2', 'Łódź', [0xa3, 0xf3, 0x64, 0xbc]],
    ['windows-1252', 'café €', [0x63, 0x61, 0x66, 0xe9, 0x20, 0x80]],
  ];
  for (const [charset, expected, bytes] of cases) {
    const message = await parsed(withCharset(charset, '', () => Buffer.from(bytes)));
    assert.equal(message.text.trim(), expected, charset);
  }
});

test('decodes encoded-word headers and keeps the sender, Reply-To and clock offset', async () => {
  const gbk = Buffer.from([0xc4, 0xe3, 0xba, 0xc3]).toString('base64');
  const message = await parsed(
    `From: =?GBK?B?${gbk}?= <Li@Example.CN>\r\nReply-To: other@gmail.com\r\nTo: s@x.example\r\nSubject: =?utf-8?Q?Cota=C3=A7=C3=A3o?=\r\nDate: Tue, 3 Mar 2026 09:00:00 +0800\r\n\r\nbody\r\n`,
  );
  assert.equal(message.from?.name, '你好');
  assert.equal(message.from?.address, 'li@example.cn');
  assert.equal(message.subject, 'Cotação');
  assert.deepEqual(message.replyTo.map((r) => r.address), ['other@gmail.com']);
  assert.equal(message.dateOffsetMinutes, 480);
  assert.equal(message.date, '2026-03-03T01:00:00.000Z');
});

test('turns HTML-only mail into text and keeps links with their visible text', async () => {
  const message = await parsed(
    `${head()}Content-Type: text/html; charset=utf-8\r\n\r\n<html><head><style>p{color:red}</style></head><body><p>Hello&nbsp;there</p><script>evil()</script><p><a href="https://login.example.xyz/a?b=1">View order</a></p><form action="http://203.0.113.9/post"></form></body></html>`,
  );
  assert.match(message.text, /Hello there/);
  assert.doesNotMatch(message.text, /evil|color:red/);
  assert.deepEqual(message.links.map((l) => [l.host, l.text]), [['login.example.xyz', 'View order'], ['203.0.113.9', '<form>']]);
});

test('an image map\'s areas are links: the picture of a bank page whose pixels lead to an IP address', async () => {
  const message = await parsed(
    `${head()}Content-Type: text/html\r\n\r\n<html><a href="https://www.bank.example/login"><map name="m"><area coords="0,0,639,336" shape="rect" href="http://211.250.107.42:87/sb/login.htm"><area href="#top"></map><img src="cid:part1@bank.example" usemap="#m"></a></html>`,
  );
  // The area sits inside the link to the bank: its text is that link, so the two sites can be compared.
  assert.deepEqual(message.links.map((l) => [l.host, l.text]), [['www.bank.example', ''], ['211.250.107.42', 'https://www.bank.example/login']]);
  const bare = await parsed(`${head()}Content-Type: text/html\r\n\r\n<html><map name="m"><area shape="rect" href="https://shop.example/a"></map></html>`);
  assert.deepEqual(bare.links.map((l) => [l.host, l.text]), [['shop.example', '<area>']]);
});

test('a link that spells its host and port in %-escapes is read with the real host, as a browser would', async () => {
  const message = await parsed(
    `${head()}Content-Type: text/html\r\n\r\n<p><a href="http://%31%39%35%2E%31%34%36%2E%39%39%2E%31%38%30:%38%37/%73%74/">Online Banking</a> <a href="http://w%77%77.%62a%6E%6Bs.example/x">bank</a></p>`,
  );
  assert.deepEqual(message.links.map((l) => l.host), ['195.146.99.180', 'www.banks.example']);
});

test('HTML written into a text/plain part is read as HTML', async () => {
  const message = await parsed(`${head()}Content-Type: text/plain\r\n\r\n<html><body><font color="#ffffff" size=2>Cheap meds</font><br><br><a href="http://198.51.100.4/x">Order here</a></body></html>\r\n`);
  assert.equal(message.text, 'Cheap meds\n\nOrder here');
  assert.deepEqual(message.links.map((l) => l.host), ['198.51.100.4']);
});

test('links in plain text keep an apostrophe inside the path and lose the quotes and stars around them', async () => {
  const body = "PO link: https://s3.files.example/PO%20-%20OCT.'2467.rar see *www.cropchem.example.in* or 'http://quoted.example/a'.";
  const message = await parsed(`${head()}Content-Type: text/plain\r\n\r\n${body}\r\n`);
  assert.deepEqual(message.links.map((l) => l.url), ["https://s3.files.example/PO%20-%20OCT.'2467.rar", 'www.cropchem.example.in', 'http://quoted.example/a']);
});

test('a text part that names no charset is read by its own <meta charset>, else as GB18030/Big5…, when UTF-8 garbles it', async () => {
  // "我們需要五千個飯盒" in Big5, in an HTML part whose header names no charset but whose page does.
  const big5 = Buffer.from('a7daadccbbddad6ea4ada464add3b6bab2b0', 'hex').toString('latin1');
  const html = await parsed(`${head()}Content-Type: text/html\r\n\r\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head><body>${big5.repeat(3)}</body></html>\r\n`);
  assert.ok(html.text.includes('我們需要五千個飯盒'), html.text);
  // "你好，求购不锈钢管，请报价。" in GBK, plain text with no label anywhere.
  const gbk = Buffer.from('c4e3bac3a3acc7f3b9bab2bbd0e2b8d6b9dca3acc7ebb1a8bcdba1a3', 'hex').toString('latin1');
  const plain = await parsed(`${head()}Content-Type: text/plain\r\n\r\n${gbk}\r\n`);
  assert.equal(plain.text.trim(), '你好，求购不锈钢管，请报价。');
  // The same with the type folded onto its own line and empty parameters, as old Taiwanese bulk mailers wrote it.
  const folded = await parsed(`${head()}Content-Type: \r\n text/html;;;;;;\r\n\r\n<html><head><meta charset="big5"></head><body>${big5.repeat(3)}</body></html>\r\n`);
  assert.ok(folded.text.includes('我們需要五千個飯盒'), folded.text);
  // A short UTF-8 mail with one stray byte stays as it is.
  const stray = await parsed(`${head()}Content-Type: text/plain\r\n\r\nPrice 5\xa0USD per piece\r\n`);
  assert.equal(stray.text.trim(), 'Price 5\ufffdUSD per piece');
});

test('HTML entities pasted into a text/plain part are decoded; a lone ampersand in honest text is left alone', async () => {
  const pasted = await parsed(`${head()}Content-Type: text/plain; charset=utf-8\r\n\r\nVoc&ecirc; possui R$ 4.593,21 para restitui&ccedil;&atilde;o.`);
  assert.equal(pasted.text.trim(), 'Você possui R$ 4.593,21 para restituição.');
  const honest = await parsed(`${head()}Content-Type: text/plain; charset=utf-8\r\n\r\nR&D team, AT&T line, Smith &amp; Sons.`);
  assert.equal(honest.text.trim(), 'R&D team, AT&T line, Smith &amp; Sons.');
});

test('lists attachments with name, type, size and the names inside a zip', async () => {
  const zip = Buffer.from(zipSync({ 'invoice.pdf.exe': strToU8('MZ'), 'readme.txt': strToU8('hi') })).toString('base64');
  const message = await parsed(
    `${head()}Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--b\r\nContent-Type: application/zip; name=PO.zip\r\nContent-Disposition: attachment; filename=PO.zip\r\nContent-Transfer-Encoding: base64\r\n\r\n${zip}\r\n--b--\r\n`,
  );
  const [attachment] = message.attachments;
  assert.equal(attachment?.filename, 'PO.zip');
  assert.equal(attachment?.mimeType, 'application/zip');
  assert.ok((attachment?.size ?? 0) > 100);
  assert.deepEqual(attachment?.innerNames.sort(), ['invoice.pdf.exe', 'readme.txt']);
});

test('an attachment counted without decoding has the size a full decoding gives, however its base64 is laid out', async () => {
  // Mailers wrap base64 at any width, pad every line, leave stray characters and truncate: the count must
  // agree with postal-mime's own decoding, byte for byte, in all of these.
  const layout = fc.record({
    width: fc.integer({ min: 1, max: 120 }),
    padEachLine: fc.boolean(),
    stray: fc.constantFrom('', ' ', '\t', '*', 'é'),
    cut: fc.nat({ max: 3 }),
  });
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), layout, async (bytes, { width, padEachLine, stray, cut }) => {
      const lines: string[] = [];
      if (padEachLine) for (let at = 0, step = (width % 57) + 1; at < bytes.length; at += step) lines.push(Buffer.from(bytes.subarray(at, at + step)).toString('base64'));
      else for (let all = Buffer.from(bytes).toString('base64'), at = 0; at < all.length; at += width) lines.push(all.slice(at, at + width));
      const joined = lines.join(`${stray}\r\n`);
      const body = joined.slice(0, Math.max(0, joined.length - cut));
      const raw = Buffer.from(`${head()}Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee file\r\n--b\r\nContent-Type: application/pdf; name=a.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n${body}\r\n--b--\r\n`);
      const decoded = await PostalMime.parse(raw);
      const message = await parsed(raw);
      assert.equal(message.attachments[0]?.size, new Uint8Array(decoded.attachments[0]?.content as ArrayBuffer).byteLength);
    }),
    { numRuns: 300 },
  );
});

test('a zip archive sent under another name is still opened for the names inside', async () => {
  const zip = Buffer.from(zipSync({ 'order.scr': strToU8('MZ') })).toString('base64').replace(/.{76}/g, '$&\r\n');
  const message = await parsed(
    `${head()}Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--b\r\nContent-Type: application/pdf; name=PO.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n${zip}\r\n--b--\r\n`,
  );
  assert.deepEqual(message.attachments[0]?.innerNames, ['order.scr']);
});

test('lines may end in CR LF, LF alone or extra CRs, and the last needs no line break', async () => {
  // Exports from different mail systems mix these; a boundary or header read with a stray CR would be missed.
  const message = await parsed(
    'From: Buyer <buyer@example.com>\nSubject: mixed\r\r\nContent-Type: multipart/alternative; boundary=b\r\n\n' +
      '--b\r\r\nContent-Type: text/plain\n\nline one\r\nline\rtwo\nline three\r\r\n--b--\nepilogue',
  );
  assert.equal(message.subject, 'mixed');
  assert.equal(message.text, 'line one\nline\rtwo\nline three\n');
  const unterminated = await parsed('Subject: last line\r\n\r\nPlease quote 500 pcs');
  assert.equal(unterminated.text, 'Please quote 500 pcs\n');
});

test('reads a forwarded message/rfc822 part', async () => {
  const inner = 'From: a@b.example\r\nSubject: inner\r\n\r\nPlease quote 500 pcs.\r\n';
  const message = await parsed(`${head()}Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nFYI\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n${inner}\r\n--b--\r\n`);
  assert.match(message.text, /500 pcs/);
});

test('finds the originating IP in Received headers', async () => {
  const message = await parsed(
    `Received: from mx.seller.example (mx.seller.example [10.0.0.2]) by inbox.seller.example; Tue, 3 Mar 2026 09:00:05 +0100\r\nReceived: from mail.buyer.de (mail.buyer.de [85.214.132.117]) by mx.seller.example; Tue, 3 Mar 2026 09:00:04 +0100\r\n${head()}\r\nhello\r\n`,
  );
  assert.equal(message.originIp, '85.214.132.117');
});

test('named limits turn oversized, over-split and over-nested mail into errors, not hangs', async () => {
  const limits = resolveLimits({ maxMessageBytes: 1000 });
  const big = await parseMessage(Buffer.alloc(2000, 0x61), limits);
  assert.equal(big.ok ? '' : big.error.code, 'too_large');

  const parts = Array.from({ length: 10_000 }, (_, i) => `--b\r\nContent-Type: text/plain\r\n\r\npart ${i}\r\n`).join('');
  const split = await parseMessage(Buffer.from(`${head()}Content-Type: multipart/mixed; boundary=b\r\n\r\n${parts}--b--\r\n`));
  assert.equal(split.ok ? '' : split.error.code, 'too_many_parts');

  let nested = 'Content-Type: text/plain\r\n\r\ndeep\r\n';
  for (let i = 0; i < 60; i++) nested = `Content-Type: multipart/mixed; boundary=b${i}\r\n\r\n--b${i}\r\n${nested}\r\n--b${i}--\r\n`;
  const deep = await parseMessage(Buffer.from(`${head()}${nested}`));
  assert.equal(deep.ok ? '' : deep.error.code, 'too_deep');
});

test('a subject, a display name or an address is read up to maxHeaderChars characters', async () => {
  const long = 'Re: '.repeat(500) + 'x'.repeat(2000);
  const message = await parsed(Buffer.from(`From: ${'n'.repeat(5000)} <${'a'.repeat(3000)}@example.com>\r\nReply-To: ${'r'.repeat(1500)} <reply@example.com>\r\nTo: ${'t'.repeat(1500)} <t@example.com>\r\nSubject: ${long}\r\n\r\nbody\r\n`));
  assert.equal(message.subject, long.slice(0, 1000));
  assert.equal(message.from?.name, 'n'.repeat(1000));
  assert.equal(message.from?.address, 'a'.repeat(1000));
  assert.deepEqual([message.replyTo[0]?.name.length, message.to[0]?.name.length, message.to[0]?.address], [1000, 1000, 't@example.com']);
  const limits = resolveLimits({ maxHeaderChars: 20 });
  const short = await parseMessage(Buffer.from(`From: Anna Weber <anna@example.com>\r\nSubject: Inquiry: stainless steel lunch boxes\r\n\r\nbody\r\n`), limits);
  assert.deepEqual(short.ok && [short.message.subject, short.message.from?.name], ['Inquiry: stainless s', 'Anna Weber']);
});

test('a 50 MB attachment is parsed, not refused', async () => {
  const payload = Buffer.alloc(50 * 1024 * 1024, 7).toString('base64').replace(/.{76}/g, '$&\r\n');
  const message = await parsed(
    Buffer.from(`${head()}Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nbig file\r\n--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=big.bin\r\nContent-Transfer-Encoding: base64\r\n\r\n${payload}\r\n--b--\r\n`),
  );
  assert.equal(message.attachments[0]?.size, 50 * 1024 * 1024);
});

test('random bytes give a result or a parse error, never an exception', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), async (bytes) => {
      const result = await parseMessage(bytes);
      assert.ok(result.ok || ['malformed', 'too_deep', 'too_many_parts', 'too_large'].includes(result.error.code));
    }),
    { numRuns: 300 },
  );
});

test('header decoding never throws on arbitrary subjects and senders', async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({ maxLength: 200 }), fc.string({ maxLength: 100 }), async (subject, name) => {
      const raw = `From: ${name.replace(/[\r\n]/g, ' ')} <a@b.example>\r\nSubject: ${subject.replace(/[\r\n]/g, ' ')}\r\n\r\nbody\r\n`;
      const result = await parseMessage(Buffer.from(raw, 'utf8'));
      assert.ok(result.ok ? typeof result.message.subject === 'string' : result.error.code === 'malformed');
    }),
    { numRuns: 300 },
  );
});

test('the Date offset is read from numeric and named zones', () => {
  assert.equal(dateOffset('Tue, 3 Mar 2026 09:00:00 -0500'), -300);
  assert.equal(dateOffset('Tue, 3 Mar 2026 09:00:00 +0530 (IST)'), 330);
  assert.equal(dateOffset('Tue, 3 Mar 2026 09:00:00 EST'), -300);
  assert.equal(dateOffset('Tue, 3 Mar 2026 09:00:00 -0000'), null);
  assert.equal(dateOffset(undefined), null);
});

test('a subject or sender name in raw 8-bit text is read in the charset the mail declares, else the East Asian ones in turn', async () => {
  const mail = (from: number[], subject: number[], contentType: string, body = 'body') =>
    Buffer.concat([
      Buffer.from('From: '), Buffer.from(from), Buffer.from(' <sales@shop.example>\r\nTo: buyer@example.com\r\nSubject: '), Buffer.from(subject),
      Buffer.from(`\r\nContent-Type: ${contentType}\r\n\r\n${body}\r\n`),
    ]);
  const gbk询价 = [0xd1, 0xaf, 0xbc, 0xdb];
  const euckr광고 = [0xb1, 0xa4, 0xb0, 0xed];
  const big5詢價 = [0xb8, 0xdf, 0xbb, 0xf9];
  const gbk = await parsed(mail([0xd5, 0xc5, 0xc8, 0xfd], [...gbk询价, 0x20, 0x35, 0x30, 0x30], 'text/plain; charset=gbk'));
  assert.deepEqual([gbk.subject, gbk.from?.name], ['询价 500', '张三']);
  const korean = await parsed(mail([0x41], [0x28, ...euckr광고, 0x29], 'text/html; charset="ks_c_5601-1987"', '<p>x</p>'));
  assert.equal(korean.subject, '(광고)');
  // An unknown label in the header, the real one in the page's <meta>, quoted-printable.
  const big5 = await parsed(mail([0x41], big5詢價, 'text/html; charset="CHINESEBIG5"', '<meta content=3D"text/html; charset=3Dbig5"><p>x</p>'));
  assert.equal(big5.subject, '詢價');
  const latin = await parsed(mail([0x41], [0x43, 0x6f, 0x74, 0x61, 0xe7, 0xe3, 0x6f], 'text/plain; charset=iso-8859-1'));
  assert.equal(latin.subject, 'Cotação');
});

test('raw 8-bit subjects and sender names of any bytes never throw and always read as a string', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 80 }), fc.uint8Array({ maxLength: 40 }), fc.constantFrom('gbk', 'big5', 'CHINESEBIG5', 'us-ascii', 'x-unknown', 'utf-8'), async (subject, name, charset) => {
      const clean = (bytes: Uint8Array) => Buffer.from(bytes.map((b) => (b === 10 || b === 13 ? 32 : b)));
      const raw = Buffer.concat([Buffer.from('From: '), clean(name), Buffer.from(' <a@b.example>\r\nSubject: '), clean(subject), Buffer.from(`\r\nContent-Type: text/plain; charset=${charset}\r\n\r\nbody\r\n`)]);
      const result = await parseMessage(raw);
      assert.ok(result.ok ? typeof result.message.subject === 'string' && typeof (result.message.from?.name ?? '') === 'string' : true);
    }),
    { numRuns: 300 },
  );
});
