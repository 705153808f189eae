import assert from 'node:assert/strict';
import test from 'node:test';
import { loadModel } from './load.js';
import fc from 'fast-check';
import { spamProbability, trainModel, type BayesModel } from './model.js';
import { isNeutralToken } from './neutral.js';
import { isHeldOut } from './split.js';
import { tokenize } from './tokenize.js';

test('tokens: words in any script, subject words marked, Chinese as character pairs', () => {
  const tokens = tokenize('Free Viagra', '我们需要报价 Quotation for 500 pcs, café');
  for (const t of ['s:free', 's:viagra', '我们', '报价', 'quotation', 'pcs', 'café']) assert.ok(tokens.has(t), t);
  assert.ok(!tokens.has('500'), 'bare numbers are not tokens');
});

test('a model learns which words mark junk and which mark honest mail', () => {
  const examples = [
    ...Array.from({ length: 20 }, () => ({ spam: true, tokens: tokenize('winner', 'claim your lottery prize now, send bank details') })),
    ...Array.from({ length: 20 }, () => ({ spam: false, tokens: tokenize('meeting', 'agenda for the quarterly review meeting attached') })),
  ];
  const model = trainModel(examples, 'test', 1);
  assert.ok((spamProbability(model, tokenize('', 'lottery prize claim')) ?? 0) > 0.9);
  assert.ok((spamProbability(model, tokenize('', 'quarterly review agenda')) ?? 1) < 0.1);
  assert.equal(spamProbability(model, tokenize('', 'zzz unknown words only')), null);
});

test('the shipped model loads and tells an obvious scam from a meeting note', () => {
  const model = loadModel();
  const scam = spamProbability(model, tokenize('URGENT BUSINESS PROPOSAL', 'I am a barrister, transfer of 25 million dollars to your account, reply with bank details. Click here to claim.')) ?? 0;
  const note = spamProbability(model, tokenize('Re: build failure', 'The patch fixes the build on Debian; I ran the test suite and pushed the change to the branch.')) ?? 1;
  assert.ok(scam > 0.9 && note < 0.5, `scam ${scam}, note ${note}`);
});

test('the shipped model has learnt nothing from trade words or Chinese: a bare request gets no opinion from it', () => {
  const model = loadModel();
  assert.equal(spamProbability(model, tokenize('Quotation', 'Kindly quote best price, MOQ, samples, delivery, payment terms FOB. Thanks, regards')), null);
  assert.equal(spamProbability(model, tokenize('询价', '你好，请报价，谢谢')), null);
  for (const token of ['quotation', 's:price', 'kindly', '报价', 'muestra']) assert.ok(isNeutralToken(token), token);
  for (const token of ['viagra', 's:winner', 'lottery', 'password']) assert.ok(!isNeutralToken(token), token);
});

test('the evaluation split is fixed and holds out about one message in five', () => {
  const ids = Array.from({ length: 5000 }, (_, i) => `easy-ham-1/${i}.txt`);
  const held = ids.filter(isHeldOut).length;
  assert.ok(held > 900 && held < 1100, String(held));
  assert.equal(isHeldOut('spam-2/00001.txt'), isHeldOut('spam-2/00001.txt'));
});

/** spamProbability as first written (sort with a comparator, logarithms per clue): the reference. */
function referenceProbability(model: BayesModel, tokens: Iterable<string>): number | null {
  const f = (spam: number, ham: number) => {
    const spamRatio = spam / model.spamMessages;
    const hamRatio = ham / model.hamMessages;
    const p = spamRatio / (spamRatio + hamRatio);
    const n = spam + ham;
    return (0.5 + n * p) / (1 + n);
  };
  const clues: number[] = [];
  for (const token of tokens) {
    const counts = model.tokens[token];
    const value = counts ? f(counts[0], counts[1]) : undefined;
    if (value !== undefined && Math.abs(value - 0.5) >= 0.1) clues.push(value);
  }
  if (clues.length === 0) return null;
  clues.sort((a, b) => Math.abs(b - 0.5) - Math.abs(a - 0.5));
  let hamLog = 0;
  let spamLog = 0;
  const used = clues.slice(0, 150);
  for (const c of used) {
    spamLog += Math.log(Math.max(1 - c, 1e-12));
    hamLog += Math.log(Math.max(c, 1e-12));
  }
  const chi2Q = (x: number, degrees: number) => {
    const m = x / 2;
    let term = Math.exp(-m);
    let sum = term;
    for (let i = 1; i < degrees / 2; i++) {
      term *= m / i;
      sum += term;
    }
    return Math.min(sum, 1);
  };
  return (1 + chi2Q(-2 * hamLog, 2 * used.length) - chi2Q(-2 * spamLog, 2 * used.length)) / 2;
}

test('spamProbability gives exactly the reference value: same clues, same order, same sums', () => {
  const model = loadModel();
  const known = Object.keys(model.tokens);
  const token = fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 6 }));
  fc.assert(
    fc.property(fc.array(token, { maxLength: 400 }), (tokens) => {
      const set = new Set(tokens);
      assert.ok(Object.is(spamProbability(model, set), referenceProbability(model, set)));
    }),
    { numRuns: 500 },
  );
});
