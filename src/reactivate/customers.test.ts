import assert from 'node:assert/strict';
import test from 'node:test';
import { customerMatcher, customersFromRows, mapHeaders } from './customers.js';

const FREE = new Set(['gmail.com', 'qq.com', 'hotmail.com']);
const isFreeMail = (d: string) => FREE.has(d);

test('customer list headers are read in Chinese or English, whatever the case and spacing', () => {
  assert.deepEqual(mapHeaders(['序号', '姓名', '邮箱', '电话', '公司名称', '国家', '网址']), [null, 'name', 'email', 'phone', 'company', 'country', 'website']);
  assert.deepEqual(mapHeaders(['E-mail', 'Company Name', 'Tel.', 'Contact Person', 'Web site']), ['email', 'company', 'phone', 'name', 'website']);
});

test('rows become customers: several addresses or numbers in a cell, national numbers read in the row country', () => {
  const { customers, unknownHeaders } = customersFromRows([
    ['公司名称', '邮箱', '电话', '国家'],
    ['ACME Co., Ltd.', 'Tom@ACME.example; buyer2@acme.example', '030 1234567 / +1 212 555 0100', 'DE'],
    ['', '', '', ''],
    [123, null, undefined, 'US'],
  ]);
  assert.equal(unknownHeaders, false);
  assert.equal(customers.length, 2, 'the empty row is skipped');
  assert.deepEqual(customers[0], {
    row: 2, name: null, emails: ['tom@acme.example', 'buyer2@acme.example'], phones: ['+49301234567', '+12125550100'],
    company: 'ACME Co., Ltd.', website: null, country: 'DE',
  });
  assert.equal(customers[1]?.company, '123');
  assert.equal(customersFromRows([['foo', 'bar'], ['1', '2']]).unknownHeaders, true);
  const titled = customersFromRows([['2025 客户名单'], undefined, ['邮箱'], ['a@b.example']]).customers;
  assert.deepEqual(titled.map((c) => [c.row, c.emails]), [[4, ['a@b.example']]], 'a title row above the header; row numbers as in the sheet');
});

test('a buyer is a customer by e-mail, company domain, phone or company name — each with its reason', () => {
  const { customers } = customersFromRows([
    ['Company', 'E-mail', 'Phone', 'Website'],
    ['Globex LLC', 'hank@globex.example', '', ''],
    ['Initech', 'peter@gmail.com', '+49 30 1234567', ''],
    ['Umbrella S.A.', '', '', 'https://www.umbrella.example/'],
  ]);
  const match = customerMatcher(customers, isFreeMail);
  const none = { email: null, phone: null, company: null, website: null };
  assert.deepEqual(
    [match({ ...none, email: 'hank@globex.example' })?.code, match({ ...none, email: 'hank@globex.example' })?.customerRow],
    ['customer.email', 2],
  );
  assert.equal(match({ ...none, email: 'marge@mail.globex.example' })?.code, 'customer.domain');
  assert.equal(match({ ...none, email: 'x@umbrella.example' })?.code, 'customer.domain', 'domain of the website column');
  assert.equal(match({ ...none, email: 'someone@gmail.com' }), null, 'free-mail domains never match');
  assert.equal(match({ ...none, phone: '+49301234567' })?.code, 'customer.phone');
  const byName = match({ ...none, company: 'GLOBEX, Inc.' });
  assert.equal(byName?.code, 'customer.company');
  assert.match(byName?.reason.zh ?? '', /已是客户.*GLOBEX, Inc\..*第 2 行/);
  assert.match(byName?.reason.en ?? '', /Existing customer.*row 2/);
  assert.equal(match({ ...none, email: 'new@other.example', company: 'Other Co' }), null);
});

test('platform domains are shared by many sellers and never match', () => {
  const { customers } = customersFromRows([['Website'], ['https://acme.en.alibaba.com']]);
  const match = customerMatcher(customers, isFreeMail);
  assert.equal(match({ email: null, phone: null, company: null, website: 'https://other.en.alibaba.com' }), null);
});
