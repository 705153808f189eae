import assert from 'node:assert/strict';
import test from 'node:test';
import dictionary from 'dictionary-en';
import fc from 'fast-check';
import { disguisedWords, symbolBrokenWords } from './disguise.js';

test('disguised words: look-alike letters, stretched letters and words broken into pieces', () => {
  const cases: [string, string[]][] = [
    ['how to save on your medlcatlons over 60 %', ['medlcatlons']],
    ['giga ph . armacy u can trsut', ['ph . armacy']],
    ['costing to much for you prescrip * tion dr * ugs ? ? ?', ['prescrip * tion', 'dr * ugs']],
    ['lnterest r at es for mor t g ages are currently only 3 . 5 %', ['lnterest', 'r at es', 'mor t g ages']],
    ['buy v1agra and c1al1s now', ['v1agra', 'c1al1s']],
    ['learn how to grow that 8 iiiiiinch', ['iiiiiinch']],
    ['nxk reflll for your rx', ['reflll']],
    ['notification about your paypai account', ['paypai']],
    ['re: someone tried to iog in to your account', ['iog']],
    ['you can sa . ve in our zone', ['sa . ve']],
    ['actuaiice su informacion de pago', ['actuaiice']],
    ['sua c0nta foi bloqueada, atua1ize seus dados', ['atua1ize']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(disguisedWords(text), expected, text);
});

test('disguised words: compounds, plurals, names, typos and numbers next to words are not disguises', () => {
  for (const text of [
    'please log in on line and check the web-site', // compounds people write as two words
    "the company' s stock and microsoft' s software", // a possessive s before a word
    'we played in chess club; our free+ s plan', // a letter before or after a word
    'update 5 of the price list, save $ 20, loan $ 1 . 5 million', // numbers beside words
    'pls send pictures; the mount applies to both; greetings from mr proffitt', // short forms, inflections, names
    'the qualiity must be good and the priice low', // a key pressed twice
    'please confirm the deli- very date and the ship- ping marks', // words hyphenated at a line end
    'we need 5000 pcs of 8 inch steel pipes with iso 9001, fob ningbo, payment by l/c',
    'necesitamos actualizar la cuenta y la factura; favor de enviar la tarjeta de precios', // plain Spanish
    'precisamos do pagamento e da fatura; a assinatura do contrato está bloqueada até sexta', // plain Portuguese
    'bitte senden Sie die Rechnung, das Passwort und la facture du paiement', // plain German and French
  ]) {
    assert.deepEqual(disguisedWords(text), [], text);
  }
});

test('disguised words: no word in the English dictionary (dictionary-en) reads as a disguise', () => {
  const words = new TextDecoder().decode(dictionary.dic).split('\n').slice(1).map((line) => line.split('/')[0]!.toLowerCase()).filter((w) => /^[a-z]+$/.test(w));
  assert.ok(words.length > 40_000);
  assert.deepEqual(words.filter((word) => disguisedWords(word).length > 0), []);
});

test('disguised words: on any text, at most the limit, each a stretch of the text itself', () => {
  // Pieces that make the scanner work: lexicon words and their disguises, separators, lone letters, other scripts.
  const piece = fc.constantFrom('ph', 'armacy', 'v1agra', 'medlcatlons', 'r', 'at', 'es', 'sa', 've', 's', 'a', 'i', 'iiiinch', 'paypai', 'loan', ' ', ' . ', '-', ' * ', '\n', '$', '5', '中', 'é');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 1, max: 5 }), (parts, limit) => {
      const text = parts.join('');
      const found = disguisedWords(text, limit);
      assert.ok(found.length <= limit);
      for (const word of found) assert.ok(text.includes(word), word);
    }),
    { numRuns: 2000 },
  );
  assert.deepEqual(disguisedWords('x'.repeat(5000) + ' v1agra '.repeat(2000)), ['v1agra']);
});

test('symbol-broken words: the quick check before the regex never hides a match', () => {
  assert.deepEqual(symbolBrokenWords("buy h ^ y - d . r ' o . c - o - d today"), ["h ^ y - d . r ' o . c - o - d"]);
  assert.deepEqual(symbolBrokenWords('made in the u.s.a. by a.b.c. ltd'), []);
  const piece = fc.constantFrom('a', 'x', 'é', 'ж', '𝐚', '1', ' ', '\n', '.', '~', '^', "'", '_', ',', '*', '|', '+', '-');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')), (text) => {
      const expected = (text.match(/(?<![\p{L}\p{N}])(?:\p{L} ?[.~^'_,*|+-] ?){4,}\p{L}(?![\p{L}\p{N}])/gu) ?? []).filter((w) => new Set(w.replace(/[\p{L}\s]/gu, '')).size >= 2);
      assert.deepEqual(symbolBrokenWords(text), expected);
    }),
    { numRuns: 5000 },
  );
});
