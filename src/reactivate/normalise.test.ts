import assert from 'node:assert/strict';
import test from 'node:test';
import { isRelayAddress, normaliseCompany, normaliseEmail, normalisePhone, registrableDomain } from './normalise.js';

test('company names: legal forms, punctuation, case and accents do not make a different company', () => {
  const same: [string, string][] = [
    ['ACME Co., Ltd.', 'Acme'],
    ['Acme Trading Co.,Ltd', 'ACME TRADING'],
    ['Müller GmbH & Co. KG', 'Muller'],
    ['Industrias Pérez S.A. de C.V.', 'industrias perez'],
    ['Globex LLC', 'globex, inc.'],
    ['The Initech Corporation', 'Initech Corp'],
    ['Comércio Silva Ltda.', 'comercio silva'],
    ['Bolt Sp. z o.o.', 'BOLT'],
    ['ООО Ромашка', 'Ромашка ООО'],
    ['深圳市华美贸易有限公司', '深圳市华美贸易'],
    ['江苏浙商贸易有限公司 Co., Ltd.', '江苏浙商贸易公司'],
    ['Hooli S.A.', 'HOOLI SA'],
  ];
  for (const [a, b] of same) assert.equal(normaliseCompany(a), normaliseCompany(b), `${a} ~ ${b}`);
  assert.equal(normaliseCompany('ACME Co., Ltd.'), 'acme');
  assert.notEqual(normaliseCompany('Acme Steel'), normaliseCompany('Acme Plastics'));
  assert.equal(normaliseCompany('Co'), 'co', 'a name made only of a legal word keeps it');
  assert.equal(normaliseCompany(null), '');
});

test('e-mail addresses: lower case, angle brackets and mailto removed, non-addresses are null', () => {
  assert.equal(normaliseEmail(' <John.Smith@Buyer.COM> '), 'john.smith@buyer.com');
  assert.equal(normaliseEmail('mailto:a@b.example'), 'a@b.example');
  for (const bad of ['[EMAIL]', 'John Smith', 'a@b', '', null]) assert.equal(normaliseEmail(bad), null);
});

test('phones become E.164; national numbers are read in the given country', () => {
  assert.equal(normalisePhone('+49 30 1234567'), '+49301234567');
  assert.equal(normalisePhone('0049 (30) 123-4567'), '+49301234567');
  assert.equal(normalisePhone('030 1234567', 'DE'), '+49301234567');
  assert.equal(normalisePhone('86 138 0013 8000'), '+8613800138000', 'a country code written without +');
  assert.equal(normalisePhone('12'), null);
  assert.equal(normalisePhone('[PHONE]'), null);
});

test('registrable domains, and which senders are robots or platforms rather than the buyer', () => {
  assert.equal(registrableDomain('sales@mail.abc-trading.co.uk'), 'abc-trading.co.uk');
  assert.equal(registrableDomain('https://www.acme.de/en/contact'), 'acme.de');
  assert.ok(isRelayAddress('no-reply@notice.alibaba.com'));
  assert.ok(isRelayAddress('buyer-relay@made-in-china.com'));
  assert.ok(isRelayAddress('mailer-daemon@mx.example.com'));
  assert.ok(!isRelayAddress('john@acme.com'));
});
