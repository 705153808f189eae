/** A small, well-formed e-mail for tests, written out in full so a reader sees what is parsed. */
export interface TestMail {
  from: string;
  subject: string;
  body: string;
  messageId?: string;
  inReplyTo?: string;
  date?: string; // RFC 2822
  to?: string;
}

export function mail(m: TestMail): Uint8Array {
  const headers = [
    `From: ${m.from}`,
    `To: ${m.to ?? 'sales@seller-factory.cn'}`,
    `Subject: ${m.subject}`,
    `Date: ${m.date ?? 'Tue, 03 Nov 2026 09:15:00 +0100'}`,
    ...(m.messageId ? [`Message-ID: ${m.messageId}`] : []),
    ...(m.inReplyTo ? [`In-Reply-To: ${m.inReplyTo}`, `References: ${m.inReplyTo}`] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
  ];
  return new TextEncoder().encode(`${headers.join('\r\n')}\r\n\r\n${m.body.replace(/\n/g, '\r\n')}\r\n`);
}

export async function* entries(raws: readonly Uint8Array[], source = 'test'): AsyncGenerator<{ source: string; index: number; raw: Uint8Array }> {
  for (const [index, raw] of raws.entries()) yield await Promise.resolve({ source, index, raw });
}

export const BUYER_INQUIRY = `Dear Sir/Madam,

We are an importer of kitchen equipment in Germany. Please quote your stainless steel sinks,
model SS-8045, 500 pcs, SUS304, packed in cartons, CIF Hamburg. We need CE certificate.
Delivery within 45 days. Please also send a sample.

Best regards,
Anna Schmidt
Purchasing Manager
Kuechen Import GmbH
Tel: +49 30 12345678
www.kuechen-import.de`;

export const PHISHING = `Dear customer,

Your Alibaba.com mailbox will be suspended. Sign in with your email password to view the purchase order:
http://secure-login-verify.example-phish.top/alibaba.com/login.php?email=sales@seller-factory.cn

Failure to verify within 24 hours will result in account termination.`;
