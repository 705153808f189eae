import assert from 'node:assert/strict';
import test from 'node:test';
import fc from 'fast-check';
import { ADDRESSES_AND_LINKS, detectLanguage } from './language.js';

test('addresses and links are removed exactly as the unanchored pattern removed them', () => {
  const original = /\S+@\S+|https?:\/\/\S+|www\.\S+/g;
  const piece = fc.constantFrom('a', 'b.c', '@', '@@', '/', 'http://', 'https://x', 'www.', '(', ' ', '\n', '\t', 'é', '中', '😀', 'mail@shop.example');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      assert.equal(text.replace(ADDRESSES_AND_LINKS, ' '), text.replace(original, ' '));
    }),
    { numRuns: 2000 },
  );
});

test('a language is still read around addresses, links and a long unbroken string', () => {
  const english = 'Dear sir, we would like to have your price for the steel pipes, please send it to buyer@example.com.';
  assert.equal(detectLanguage('Inquiry', `${english} ${'x/'.repeat(400)} www.example.com`), 'en');
  assert.equal(detectLanguage('Consulta', 'Estimado señor, queremos el precio de los tubos de acero, por favor envíelo a compras@ejemplo.es https://ejemplo.es/tubos'), 'es');
});
