import assert from 'node:assert/strict';
import { createServer, type AddressInfo } from 'node:net';
import { test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { UserError } from '../errors.js';
import { parseMessage } from '../ingest/parse.js';
import { sendReply } from './send.js';
import { threadHeaders } from './threading.js';

interface Received {
  from: string;
  to: string[];
  raw: Buffer;
}

/** A real SMTP server on loopback that keeps what it is given; it wants a user and password. */
async function smtpServer(): Promise<{ port: number; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'lily' && auth.password === 's3cret') callback(null, { user: 'lily' });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const mailFrom = session.envelope.mailFrom;
        received.push({ from: mailFrom ? mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const answered = { messageId: '<buyer-2@kuechen.de>', references: '<lily-1@brightappliance.com> <buyer-1@kuechen.de>', subject: 'RE: Re: Air fryer AF-300 price' };
const mail = { from: 'Lily Chen <lily@brightappliance.com>', to: 'hans@kuechen.de', text: 'Dear Hans,\n\n1. Price: USD 21.50 FOB Ningbo.\n\nBest regards,\nLily Chen' };

test('a reply goes through a real SMTP server threaded under the buyer\'s message', async () => {
  const server = await smtpServer();
  try {
    const sent = await sendReply({ host: '127.0.0.1', port: server.port, user: 'lily', password: 's3cret' }, answered, mail);
    assert.match(sent.messageId, /^<[0-9a-f-]+@brightappliance\.com>$/);
    assert.deepEqual(sent.accepted, ['hans@kuechen.de']);
    const [got] = server.received;
    assert.deepEqual([got?.from, got?.to], ['lily@brightappliance.com', ['hans@kuechen.de']]);
    // What the server holds is byte for byte what we return to store in the thread.
    assert.ok(got && Buffer.from(sent.raw).equals(got.raw));
    const parsed = await parseMessage(got?.raw ?? new Uint8Array());
    assert.ok(parsed.ok);
    const m = parsed.message;
    assert.equal(m.messageId, sent.messageId);
    assert.equal(m.subject, 'Re: Air fryer AF-300 price');
    assert.equal(m.headers['in-reply-to'], '<buyer-2@kuechen.de>');
    assert.equal(m.headers.references, '<lily-1@brightappliance.com> <buyer-1@kuechen.de> <buyer-2@kuechen.de>');
    assert.match(m.text, /1\. Price: USD 21\.50 FOB Ningbo\./);
  } finally {
    await server.close();
  }
});

test('wrong password, a closed port and bad settings are bilingual errors without the password', async () => {
  const server = await smtpServer();
  try {
    await assert.rejects(sendReply({ host: '127.0.0.1', port: server.port, user: 'lily', password: 'wrong' }, answered, mail), (e: unknown) => e instanceof UserError && /用户名或密码/.test(e.zh) && !e.en.includes('wrong'));
  } finally {
    await server.close();
  }
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  await assert.rejects(sendReply({ host: '127.0.0.1', port: closedPort, timeoutMs: 2000 }, answered, mail), (e: unknown) => e instanceof UserError && /无法连接 SMTP/.test(e.zh) && /nothing was sent/.test(e.en));
  await assert.rejects(sendReply({ host: '', port: 99999, password: 'hunter2' }, answered, mail), (e: unknown) => e instanceof UserError && e.code === 'config' && !e.en.includes('hunter2'));
});

test('threading: their References plus their Message-ID, long chains trimmed, "Re:" once', () => {
  assert.deepEqual(threadHeaders({ messageId: 'abc@x', references: null, subject: 'Price' }), { inReplyTo: '<abc@x>', references: ['<abc@x>'], subject: 'Re: Price' });
  const long = Array.from({ length: 30 }, (_, i) => `<m${i}@x>`);
  const t = threadHeaders({ messageId: '<last@x>', references: long, subject: 'Re: Re: Price' });
  assert.equal(t.references.length, 20);
  assert.deepEqual([t.references[0], t.references.at(-1), t.subject], ['<m0@x>', '<last@x>', 'Re: Price']);
});
