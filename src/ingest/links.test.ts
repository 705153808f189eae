import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { hasEscapedHost, hostOf } from './links.js';

const escaped = (s: string) => [...s].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');

test('a host spelt in %-escapes, with or without a port, is the same host as spelt plainly', () => {
  const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
  fc.assert(
    fc.property(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'net', 'example'), fc.option(fc.integer({ min: 1, max: 65535 })), (labels, tld, port) => {
      const host = [...labels, tld].join('.');
      const suffix = port === null ? '' : `:${port}`;
      assert.equal(hostOf(`http://${escaped(host)}${port === null ? '' : `:${escaped(String(port))}`}/x`), hostOf(`http://${host}${suffix}/x`));
      assert.equal(hasEscapedHost(`http://${escaped(host)}/x`), true);
      assert.equal(hasEscapedHost(`http://${host}${suffix}/a%20b?q=%41`), false);
    }),
  );
});

test('any string gives a host or nothing, never an exception', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (url) => {
      assert.equal(typeof hostOf(url), 'string');
      assert.equal(typeof hasEscapedHost(url), 'boolean');
    }),
  );
});
