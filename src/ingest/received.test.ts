import test from 'node:test';
import assert from 'node:assert/strict';
import { isIP } from 'node:net';
import fc from 'fast-check';
import { isPublicIp, originatingIp, parseReceived } from './received.js';

function hopOf(value: string) {
  const [hop] = parseReceived([value]);
  assert.ok(hop);
  return hop;
}

test('Gmail/Postfix style: the address in the bracketed comment, folded header', () => {
  const value =
    'from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\r\n' +
    '        by mx.google.com with SMTPS id x12sor1234567ejb.2022.10.03.05.26.43\r\n' +
    '        for <someone@example.com>\r\n        (Google Transport Security);\r\n' +
    '        Mon, 03 Oct 2022 05:26:43 -0700 (PDT)';
  assert.deepEqual(hopOf(value), { from: 'mail-sor-f41.google.com', ip: '209.85.220.41', by: 'mx.google.com' });
});

test('the formats real MTAs write', () => {
  const cases: [string, { from: string; ip: string | null; by: string }][] = [
    ['from mail.example.com (mail.example.com [203.0.113.5]) by mx.google.com with ESMTPS id abc123',
      { from: 'mail.example.com', ip: '203.0.113.5', by: 'mx.google.com' }],
    // Exim without reverse DNS
    ['from [192.168.1.2] (helo=x) by mail.example.org with esmtpsa (Exim 4.96) (envelope-from <a@b.c>) id 1rGktc',
      { from: '[192.168.1.2]', ip: '192.168.1.2', by: 'mail.example.org' }],
    // qmail
    ['from unknown (HELO x) (198.51.100.7) by mail.example.net with SMTP; 5 Sep 2002 23:50:14 -0000',
      { from: 'unknown', ip: '198.51.100.7', by: 'mail.example.net' }],
    ['from p112-65.as1.bdt.dublin.eircom.net (HELO calm.mc) (159.134.112.65) by mail05.svc.cra.dublin.eircom.net (qp 46890) with SMTP; 5 Sep 2002 23:50:14 -0000',
      { from: 'p112-65.as1.bdt.dublin.eircom.net', ip: '159.134.112.65', by: 'mail05.svc.cra.dublin.eircom.net' }],
    ['from unknown (HELO localhost) (1.2.3.4) by smtp1.superb.net with SMTP',
      { from: 'unknown', ip: '1.2.3.4', by: 'smtp1.superb.net' }],
    ['from x ([IPv6:2001:db8::1]) by y.example with ESMTP', { from: 'x', ip: '2001:db8::1', by: 'y.example' }],
    ['from x (x [10.0.0.1]) by y.example', { from: 'x', ip: '10.0.0.1', by: 'y.example' }],
    // Exchange Online: the by-part carries an IP too, which must not be taken
    ['from AM0PR01MB1234.eurprd01.prod.exchangelabs.com (2603:10a6:208:1::1) by AM0PR01MB5678.eurprd01.prod.exchangelabs.com (2603:10a6:208:2::2) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1234.5; Mon, 1 Jan 2024 10:00:00 +0000',
      { from: 'AM0PR01MB1234.eurprd01.prod.exchangelabs.com', ip: '2603:10a6:208:1::1', by: 'AM0PR01MB5678.eurprd01.prod.exchangelabs.com' }],
    ['from mail-vk1-f193.google.com (209.85.221.193) by BN8NAM04FT053.mail.protection.outlook.com (10.13.161.30) with Microsoft SMTP Server id 15.20.6631.29 via Frontend Transport',
      { from: 'mail-vk1-f193.google.com', ip: '209.85.221.193', by: 'BN8NAM04FT053.mail.protection.outlook.com' }],
    ['(qmail 1234 invoked from network); 9 Sep 2002 03:09:21 -0000', { from: '', ip: null, by: '' }],
    ['from 20.84.152.113 by 65.23.81.142; Sat, 27 Nov 2004 15:24:27 -0500', { from: '20.84.152.113', ip: '20.84.152.113', by: '65.23.81.142' }],
    // fetchmail
    ['from phobos [127.0.0.1] by localhost with IMAP (fetchmail-5.9.0) for jm@localhost (single-drop)', { from: 'phobos', ip: '127.0.0.1', by: 'localhost' }],
    ['by mail-vs1-f53.google.com with SMTP id m10so13599200vso.4 for <a@b.c>; Tue, 07 Mar 2023 13:22:23 -0800 (PST)',
      { from: '', ip: null, by: 'mail-vs1-f53.google.com' }],
    ['from localhost (mpaturya@localhost) by dirac1.thphys.may.ie (8.12.4/8.12.4/Submit) with ESMTP id g7S9T0C5018212', { from: 'localhost', ip: null, by: 'dirac1.thphys.may.ie' }],
  ];
  for (const [value, expected] of cases) assert.deepEqual(hopOf(value), expected, value);
});

test('the HELO name is the client\'s claim: the observed address wins', () => {
  assert.equal(hopOf('from [10.9.9.9] (unknown [81.18.87.190]) by mx.example').ip, '81.18.87.190');
  assert.equal(hopOf('from 81.18.87.130 (unknown [81.18.87.190]) by spanky.example (Postfix) with SMTP id CCC1').ip, '81.18.87.190');
  assert.equal(hopOf('from unknown (HELO 10.0.0.5) (81.18.87.190) by mx.example').ip, '81.18.87.190');
});

test('addresses are normalised: IPv4-mapped, zone ids, case', () => {
  assert.equal(hopOf('from x ([IPv6:::ffff:81.18.87.190]) by y').ip, '81.18.87.190');
  assert.equal(hopOf('from X.outlook.com ([fe80::7cde:31ff:71d0:14d3%6]) by Y.outlook.com with mapi').ip, 'fe80::7cde:31ff:71d0:14d3');
  assert.equal(hopOf('from x (x [IPv6:2A01:111:F400:FE5B::817]) by y').ip, '2a01:111:f400:fe5b::817');
});

test('unreadable addresses give no IP rather than a wrong one', () => {
  assert.equal(hopOf('from <unknown> (<unknown> []) by cf3da879102a with HTTP id 64dc1888').ip, null);
  assert.equal(hopOf('from webmail.x.com ([Mon, 06 Nov 2023 10:44:48 +0000]) by relay.y.net with QMQP').ip, null);
  assert.equal(hopOf('from x (999.1.2.3) by y').ip, null);
  assert.equal(hopOf('').ip, null);
});

test('isPublicIp rejects private, loopback, link-local, CGNAT, reserved and documentation ranges', () => {
  const notPublic = [
    '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '127.0.0.1', '169.254.1.1', '100.64.0.1', '100.127.255.255',
    '0.0.0.0', '192.0.2.1', '198.51.100.7', '203.0.113.5', '198.18.0.1', '224.0.0.1', '240.0.0.1', '255.255.255.255',
    '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', '2001:db8::1', '::ffff:10.0.0.1', '::ffff:7f00:1',
    'not an ip', '', '1.2.3', '1.2.3.4.5', 'fe80::1%eth0x::',
  ];
  for (const ip of notPublic) assert.equal(isPublicIp(ip), false, ip);
  const publicIps = ['8.8.8.8', '172.32.0.1', '100.128.0.1', '209.85.220.41', '2a01:111:f400:fe5b::817', '2603:10a6:208:1::1', '::ffff:81.18.87.190', 'IPv6:2001:4860::8888'];
  for (const ip of publicIps) assert.equal(isPublicIp(ip), true, ip);
});

/** SpamAssassin easy-ham: a qmail ISP relay to a mailing list, then the recipient's own hops on top. */
const LIST_MAIL_CHAIN = [
  'from localhost (jalapeno [127.0.0.1]) by jmason.org (Postfix) with ESMTP id 8725D16F03 for <jm@localhost>; Fri,  6 Sep 2002 11:39:09 +0100 (IST)',
  'from jalapeno [127.0.0.1] by localhost with IMAP (fetchmail-5.9.0) for jm@localhost (single-drop); Fri, 06 Sep 2002 11:39:09 +0100 (IST)',
  'from webnote.net (mail.webnote.net [193.120.211.219]) by dogma.slashnull.org (8.11.6/8.11.6) with ESMTP id g869kOC28806; Fri, 6 Sep 2002 10:47:47 +0100',
  'from lugh.tuatha.org (root@lugh.tuatha.org [194.125.145.45]) by webnote.net (8.9.3/8.9.3) with ESMTP id AAA19327; Fri, 6 Sep 2002 00:52:16 +0100',
  'from lugh (root@localhost [127.0.0.1]) by lugh.tuatha.org (8.9.3/8.9.3) with ESMTP id AAA15843; Fri, 6 Sep 2002 00:50:53 +0100',
  'from mail05.svc.cra.dublin.eircom.net (mail05.svc.cra.dublin.eircom.net [159.134.118.21]) by lugh.tuatha.org (8.9.3/8.9.3) with SMTP id AAA15809 for <ilug@linux.ie>; Fri, 6 Sep 2002 00:50:45 +0100',
  '(qmail 46890 messnum 300912 invoked from network[159.134.112.65/p112-65.as1.bdt.dublin.eircom.net]); 5 Sep 2002 23:50:14 -0000',
  'from p112-65.as1.bdt.dublin.eircom.net (HELO calm.mc) (159.134.112.65) by mail05.svc.cra.dublin.eircom.net (qp 46890) with SMTP; 5 Sep 2002 23:50:14 -0000',
  'from mconry by calm.mc with local (Exim 3.35 #1 (Debian)) id 17n6O5-0000Fh-00; Fri, 06 Sep 2002 00:50:13 +0100',
];

test('originatingIp returns the hop closest to the sender, not the list server or the recipient\'s MX', () => {
  assert.equal(originatingIp(parseReceived(LIST_MAIL_CHAIN)), '159.134.112.65');
});

test('originatingIp skips the sender\'s private network', () => {
  const hops = parseReceived([
    'from egwn.net (ns2.egwn.net [193.172.5.4]) by dogma.slashnull.org (8.11.6/8.11.6) with ESMTP id g953GfK25573',
    'from evv.kamakiriad.local (cable-b-36.sigecom.net [63.69.210.36]) by egwn.net (8.11.6/8.11.6/EGWN) with ESMTP id g953Abf14199',
    'from aquila.kamakiriad.local (aquila.kamakiriad.local [192.168.1.3]) by kamakiriad.com (8.11.6/8.11.6) with SMTP id g953ARM17517',
  ]);
  assert.equal(originatingIp(hops), '63.69.210.36');
});

test('webmail hides the client: the provider\'s IP is returned (Gmail into Exchange Online)', () => {
  const hops = parseReceived([
    'from BN9PR03CA0270.namprd03.prod.outlook.com (2603:10b6:408:ff::35) by DS0PR19MB7373.namprd19.prod.outlook.com (2603:10b6:8:14b::18) with Microsoft SMTP Server id 15.20.6631.29',
    'from mail-vk1-f193.google.com (209.85.221.193) by BN8NAM04FT053.mail.protection.outlook.com (10.13.161.30) with Microsoft SMTP Server id 15.20.6631.29 via Frontend Transport',
    'by mail-vk1-f193.google.com with SMTP id 71dfb90a1353d-486453928a4so577183e0c.0 for <someone@example.com>; Wed, 26 Jul 2023 05:26:43 -0700 (PDT)',
  ]);
  assert.equal(originatingIp(hops), '209.85.221.193');
});

test('originatingIp handles IPv6 senders and trustedIps', () => {
  const hops = parseReceived([
    'from relay.example.net (relay.example.net [81.18.87.190]) by mx.example.org with ESMTPS id 1',
    'from client.example.net (client.example.net [IPv6:2a01:4f8:1c0c:1234::2]) by relay.example.net with ESMTPSA id 2',
  ]);
  assert.equal(originatingIp(hops), '2a01:4f8:1c0c:1234::2');
  assert.equal(originatingIp(hops, { trustedIps: ['2A01:4F8:1C0C:1234::2'] }), '81.18.87.190');
  assert.equal(originatingIp(hops, { trustedIps: ['2a01:4f8:1c0c:1234::2', '81.18.87.190', 'junk'] }), null);
});

test('originatingIp is null when every hop is internal or there are none', () => {
  assert.equal(originatingIp([]), null);
  assert.equal(originatingIp(parseReceived(LIST_MAIL_CHAIN.slice(0, 2))), null);
  assert.equal(originatingIp(parseReceived(['from x ([IPv6:fd00::1]) by y', 'from z (z [100.64.3.4]) by x'])), null);
});

const receivedLike = fc.array(
  fc.oneof(
    fc.constantFrom('from', 'by', 'with', 'id', 'for', 'via', '(', ')', '[', ']', '((', '\\', ';', ' ', '\r\n\t', 'IPv6:', 'HELO', 'helo=', '%', ':', '::', '.'),
    fc.ipV4(), fc.ipV6(), fc.domain(), fc.string({ maxLength: 8 }),
  ),
  { maxLength: 30 },
).map((parts) => parts.join(' '));

test('property: any input parses without throwing; IPs are valid and the origin is public or null', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.string(), receivedLike), { maxLength: 6 }), (values) => {
      const hops = parseReceived(values);
      assert.equal(hops.length, values.length);
      for (const hop of hops) assert.ok(hop.ip === null || isIP(hop.ip) !== 0, String(hop.ip));
      const origin = originatingIp(hops);
      assert.ok(origin === null || isPublicIp(origin));
    }),
    { numRuns: 2000 },
  );
});

test('property: a public address in the standard comment is always found', () => {
  fc.assert(
    fc.property(fc.ipV4().filter(isPublicIp), fc.domain(), (ip, host) => {
      const hops = parseReceived([`from ${host} (${host} [${ip}]) by mx.example.org with ESMTP id 1`]);
      assert.equal(originatingIp(hops), ip);
    }),
  );
});
