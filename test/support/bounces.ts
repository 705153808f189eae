/**
 * Delivery-status notifications in the forms mail servers really send, written for the tests
 * after each server's documented wording. `to` is the failed address, `from` our sender.
 */
const FROM = 'sales@seller.example';

const head = (subject: string, extra = '') =>
  `From: Mail Delivery System <MAILER-DAEMON@mx.relay.example>\r\nTo: ${FROM}\r\nSubject: ${subject}\r\nDate: Tue, 2 Sep 2025 10:00:00 +0000\r\nMessage-ID: <bounce-${subject.length}@mx.relay.example>\r\nMIME-Version: 1.0\r\n${extra}`;

const original = (to: string) => `From: ${FROM}\r\nTo: ${to}\r\nSubject: Following up on your inquiry\r\n\r\nDear buyer, …\r\n`;

export type BounceSample = (to: string) => string;

/** RFC 3464 multipart/report, as Postfix sends it. `action` failed or delayed. */
export const rfc3464 = (action: 'failed' | 'delayed', status: string): BounceSample => (to) =>
  head(action === 'failed' ? 'Undelivered Mail Returned to Sender' : 'Delayed Mail (still being retried)',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="RPT"\r\n\r\n') +
  `--RPT\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nThis is the mail system at host mx.relay.example.\r\n\r\n` +
  `I'm sorry to have to inform you that your message could not be delivered.\r\n\r\n` +
  `--RPT\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.relay.example\r\nArrival-Date: Tue, 2 Sep 2025 09:59:00 +0000\r\n\r\n` +
  `Final-Recipient: rfc822; ${to}\r\nOriginal-Recipient: rfc822;${to}\r\nAction: ${action}\r\nStatus: ${status}\r\n` +
  `Remote-MTA: dns; mx.buyer.example\r\nDiagnostic-Code: smtp; ${status.startsWith('5') ? '550' : '451'} ${status} <${to}>:\r\n    Recipient address rejected: User unknown in virtual mailbox table\r\n\r\n` +
  `--RPT\r\nContent-Type: text/rfc822-headers\r\n\r\n${original(to)}\r\n--RPT--\r\n`;

export const qmailPermanent: BounceSample = (to) =>
  head('failure notice') + `\r\nHi. This is the qmail-send program at mx.relay.example.\r\n` +
  `I'm afraid I wasn't able to deliver your message to the following addresses.\r\n` +
  `This is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n<${to}>:\r\n` +
  `192.0.2.25 does not like recipient.\r\nRemote host said: 550 5.1.1 No such user\r\nGiving up on 192.0.2.25.\r\n\r\n` +
  `--- Below this line is a copy of the message.\r\n\r\n${original(to)}`;

export const qmailTransient: BounceSample = (to) =>
  head('failure notice') + `\r\nHi. This is the qmail-send program at mx.relay.example.\r\n` +
  `I wasn't able to deliver your message to the following addresses.\r\nThis is not a permanent error; I'm still trying.\r\n\r\n<${to}>:\r\n` +
  `Connected to 192.0.2.25 but sender was rejected.\r\nRemote host said: 451 4.3.0 Mailbox temporarily unavailable\r\n\r\n` +
  `--- Below this line is a copy of the message.\r\n\r\n${original(to)}`;

export const eximFailed: BounceSample = (to) =>
  head('Mail delivery failed: returning message to sender', `X-Failed-Recipients: ${to}\r\n`) +
  `\r\nThis message was created automatically by mail delivery software.\r\n\r\n` +
  `A message that you sent could not be delivered to one or more of its\r\nrecipients. This is a permanent error. The following address(es) failed:\r\n\r\n` +
  `  ${to}\r\n    host mx.buyer.example [198.51.100.7]\r\n    SMTP error from remote mail server after RCPT TO:<${to}>:\r\n` +
  `    550 5.1.1 <${to}>: Recipient address rejected: User unknown\r\n\r\n` +
  `------ This is a copy of the message, including all the headers. ------\r\n\r\n${original(to)}`;

export const eximDelayed: BounceSample = (to) =>
  head('Warning: message 1uAbCd-000123-Xy delayed 24 hours') +
  `\r\nThis message was created automatically by mail delivery software.\r\n` +
  `A message that you sent has not yet been delivered to one or more of its\r\nrecipients after more than 24 hours on the queue on mx.relay.example.\r\n\r\n` +
  `The address to which the message has not yet been delivered is:\r\n\r\n  ${to}\r\n    Delay reason: SMTP error from remote mail server after RCPT TO:<${to}>:\r\n` +
  `    452 4.2.2 Mailbox full\r\n\r\nNo action is required on your part. Delivery attempts will continue for\r\nsome time, and this warning may be repeated at intervals if the message\r\nremains undelivered.\r\n`;

export const postfixText: BounceSample = (to) =>
  head('Undelivered Mail Returned to Sender') +
  `\r\nThis is the mail system at host mx.relay.example.\r\n\r\nI'm sorry to have to inform you that your message could not\r\n` +
  `be delivered to one or more recipients. It's attached below.\r\n\r\n                   The mail system\r\n\r\n` +
  `<${to}>: host mx.buyer.example[198.51.100.7] said: 550 5.1.1\r\n    <${to}>: Recipient address rejected: User unknown in local recipient table\r\n    (in reply to RCPT TO command)\r\n`;

export const sendmailFatal: BounceSample = (to) =>
  head('Returned mail: see transcript for details') +
  `\r\nThe original message was received at Tue, 2 Sep 2025 09:59:00 +0000\r\nfrom localhost [127.0.0.1]\r\n\r\n` +
  `   ----- The following addresses had permanent fatal errors -----\r\n<${to}>\r\n    (reason: 550 5.1.1 <${to}>... User unknown)\r\n\r\n` +
  `   ----- Transcript of session follows -----\r\n... while talking to mx.buyer.example.:\r\n>>> MAIL From:<${FROM}>\r\n<<< 250 OK\r\n>>> RCPT To:<${to}>\r\n<<< 550 5.1.1 <${to}>... User unknown\r\n`;

export const exchangeFailed: BounceSample = (to) =>
  head('Undeliverable: Following up on your inquiry') +
  `\r\nDelivery has failed to these recipients or groups:\r\n\r\n${to} (${to})\r\n` +
  `The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message.\r\n\r\n` +
  `Diagnostic information for administrators:\r\n\r\nGenerating server: EX01.relay.example\r\n\r\n${to}\r\n` +
  `#550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup ##\r\n\r\nOriginal message headers:\r\n\r\n${original(to)}`;

export const exchangeDelayed: BounceSample = (to) =>
  head('Delivery delayed: Following up on your inquiry') +
  `\r\nDelivery is delayed to these recipients or groups:\r\n\r\n${to}\r\n\r\nSubject: Following up on your inquiry\r\n\r\n` +
  `This message hasn't been delivered yet. Delivery will continue to be attempted.\r\n\r\nThe server will keep trying to deliver this message for the next 1 days, 19 hours and 53 minutes.\r\n`;

export const gmailNotFound: BounceSample = (to) =>
  head('Delivery Status Notification (Failure)') +
  `\r\n** Address not found **\r\n\r\nYour message wasn't delivered to ${to} because the address couldn't be found, or is unable to receive mail.\r\n\r\n` +
  `Learn more here: https://support.google.com/mail/?p=NoSuchUser\r\n\r\nThe response was:\r\n\r\n` +
  `550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. - gsmtp\r\n`;

export const gmailIncomplete: BounceSample = (to) =>
  head('Delivery Status Notification (Delay)') +
  `\r\n** Delivery incomplete **\r\n\r\nThere was a temporary problem delivering your message to ${to}. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\r\n\r\n` +
  `The response was:\r\n\r\n421 4.7.0 Try again later, closing connection.\r\n`;

/** Not a bounce: an out-of-office reply mentions an address but reports no failure. */
export const outOfOffice: BounceSample = (to) =>
  `From: ${to}\r\nTo: ${FROM}\r\nSubject: Automatic reply: Following up\r\nAuto-Submitted: auto-replied\r\n\r\nI am out of the office until Monday. For urgent matters write to deputy@buyer.example.\r\n`;
