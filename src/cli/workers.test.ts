import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { defaultWorkers } from '../pipeline/pool.js';
import { defaultWorkersFor, parseWorkers, SMALL_INPUT_BYTES } from './workers.js';

const cores = defaultWorkers();

test('a small input runs in this thread; a large one, file or folder, on one worker per core', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xunpan-workers-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const small = path.join(dir, 'one.eml');
  writeFileSync(small, 'Subject: hello\n\nPlease quote 500 pcs.\n');
  assert.equal(await defaultWorkersFor([small]), 1);
  assert.equal(await defaultWorkersFor(['-']), 1, 'standard input is one message');
  assert.equal(await defaultWorkersFor([path.join(dir, 'missing.eml')]), 1, 'the run itself reports a path it cannot read');

  const big = path.join(dir, 'export.mbox');
  writeFileSync(big, '');
  truncateSync(big, SMALL_INPUT_BYTES + 1); // sparse: the size is what counts
  assert.equal(await defaultWorkersFor([big]), cores);

  // Many files in nested folders add up, and so do several arguments.
  const folder = path.join(dir, 'inbox');
  mkdirSync(path.join(folder, '2026', '11'), { recursive: true });
  const part = Math.ceil(SMALL_INPUT_BYTES / 3);
  for (const name of ['a.eml', 'b.eml']) {
    writeFileSync(path.join(folder, '2026', '11', name), '');
    truncateSync(path.join(folder, '2026', '11', name), part);
  }
  assert.equal(await defaultWorkersFor([folder]), 1, 'two thirds of the limit');
  assert.equal(await defaultWorkersFor([folder, folder]), cores, 'four thirds of it');
});

test('--workers takes a whole number from 1 to 64 and says so in both languages otherwise', () => {
  assert.equal(parseWorkers('3'), 3);
  for (const bad of ['0', '65', '1.5', 'two']) {
    assert.throws(() => parseWorkers(bad), (error: { zh?: string; en?: string }) => error.zh === '--workers 须为 1 到 64 的整数' && error.en === '--workers must be a whole number from 1 to 64');
  }
});
