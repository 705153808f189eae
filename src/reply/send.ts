/**
 * Sending a reply over SMTP (the shell: network). The message is composed here, so the bytes returned
 * are exactly the bytes the server received, ready to be stored in the thread.
 */
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { z } from 'zod';
import { UserError } from '../errors.js';
import { threadHeaders, type AnsweredMessage } from './threading.js';

export const SmtpConfigSchema = z
  .strictObject({
    host: z.string().min(1),
    port: z.number().int().min(1).max(65535).default(587),
    /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
    secure: z.boolean().default(false),
    user: z.string().min(1).optional(),
    password: z.string().min(1).optional(),
    timeoutMs: z.number().int().min(1000).max(300_000).default(30_000),
  })
  .refine((c) => (c.user === undefined) === (c.password === undefined), { message: 'user and password go together' });
export type SmtpConfig = z.input<typeof SmtpConfigSchema>;

export interface ReplyMail {
  from: string;
  to: string | string[];
  cc?: string[];
  /** Defaults to "Re: " + the buyer's subject. */
  subject?: string;
  text: string;
  html?: string;
  attachments?: { filename: string; content: Uint8Array; contentType?: string }[];
}

export interface SentReply {
  messageId: string;
  raw: Uint8Array;
  accepted: string[];
  rejected: string[];
}

function config(input: unknown): z.output<typeof SmtpConfigSchema> {
  const parsed = SmtpConfigSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  // Never echo the values: one of them is a password.
  const where = parsed.error.issues.map((i) => i.path.join('.') || i.message).join(', ');
  throw new UserError('config', `SMTP 设置有误：${where}`, `SMTP settings are invalid: ${where}`, 1);
}

function failure(error: unknown, host: string, port: number): UserError {
  const raw = (error as { code?: unknown }).code;
  const code = typeof raw === 'string' ? raw : null;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'EAUTH') return new UserError('smtp', `SMTP 服务器 ${host} 拒绝了用户名或密码`, `the SMTP server ${host} refused the user name or password`, 1, { cause: error });
  if (code === 'EENVELOPE') return new UserError('smtp', `SMTP 服务器拒收了收件人（${detail}）`, `the SMTP server refused the recipients (${detail})`, 1, { cause: error });
  return new UserError('smtp', `无法连接 SMTP 服务器 ${host}:${port}（${code ?? detail}），邮件没有发出`, `cannot reach the SMTP server ${host}:${port} (${code ?? detail}); nothing was sent`, 1, { cause: error });
}

/** Replies in the buyer's thread: In-Reply-To, References and "Re:" set from the message answered. */
export async function sendReply(smtp: unknown, answered: AnsweredMessage, mail: ReplyMail): Promise<SentReply> {
  const c = config(smtp);
  const thread = threadHeaders(answered);
  const domain = /@([^>\s]+)/.exec(mail.from)?.[1] ?? 'xunpan.local';
  const messageId = `<${randomUUID()}@${domain}>`;
  const node = new MailComposer({
    from: mail.from, to: mail.to, cc: mail.cc, subject: mail.subject ?? thread.subject, text: mail.text, html: mail.html,
    messageId, inReplyTo: thread.inReplyTo, references: thread.references,
    attachments: mail.attachments?.map((a) => ({ filename: a.filename, content: Buffer.from(a.content), contentType: a.contentType })),
  }).compile();
  // SMTP carries CRLF lines; the text as typed has bare LF. Normalise here so the stored bytes are the
  // sent bytes (latin1 keeps every byte; LF never occurs inside a UTF-8 sequence).
  const raw = Buffer.from((await node.build()).toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
  const transport = nodemailer.createTransport({
    host: c.host, port: c.port, secure: c.secure, auth: c.user ? { user: c.user, pass: c.password } : undefined,
    connectionTimeout: c.timeoutMs, greetingTimeout: c.timeoutMs, socketTimeout: c.timeoutMs,
  });
  try {
    const info = await transport.sendMail({ envelope: node.getEnvelope(), raw });
    const addresses = (list: unknown) => (Array.isArray(list) ? list.map((a) => (typeof a === 'string' ? a : String((a as { address?: string }).address))) : []);
    return { messageId, raw: new Uint8Array(raw), accepted: addresses(info.accepted), rejected: addresses(info.rejected) };
  } catch (error) {
    throw failure(error, c.host, c.port);
  } finally {
    transport.close();
  }
}
