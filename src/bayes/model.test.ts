import assert from 'node:assert/strict';
import test from 'node:test';
import { loadModel } from './load.js';
import { spamProbability, trainModel } from './model.js';
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

test('the evaluation split is fixed and holds out about one message in five', () => {
  const ids = Array.from({ length: 5000 }, (_, i) => `easy-ham-1/${i}.txt`);
  const held = ids.filter(isHeldOut).length;
  assert.ok(held > 900 && held < 1100, String(held));
  assert.equal(isHeldOut('spam-2/00001.txt'), isHeldOut('spam-2/00001.txt'));
});
