import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { FIXTURES, fixtureWhy, loadFixture } from '../../test/support/fixture.js';
import { GROUP_CAPS } from '../score/thresholds.js';
import { ALL_SIGNALS } from './registry.js';

test('registry: ids are unique, dotted by group, and worded in both languages within 60 characters', () => {
  const ids = new Set<string>();
  for (const signal of ALL_SIGNALS) {
    assert.ok(!ids.has(signal.id), `duplicate id ${signal.id}`);
    ids.add(signal.id);
    assert.match(signal.id, /^[a-z]+\.[a-z0-9_]+$/, signal.id);
    assert.ok(signal.group in GROUP_CAPS, `${signal.id}: unknown group ${signal.group}`);
    for (const text of [signal.en, signal.zh]) assert.ok(text.length > 0 && text.length <= 60, `${signal.id}: "${text}"`);
    assert.match(signal.zh, /[\u4e00-\u9fff]/, `${signal.id}: zh reason has no Chinese`);
    assert.ok(!signal.decisive || signal.points > 0, `${signal.id}: a decisive signal must add points`);
  }
});

// Every signal has a fixture where it fires and one where it must not (test/fixtures/signals/<id>.fires.eml
// and <id>.silent.eml), each with an X-Fixture-Why header saying why.
for (const signal of ALL_SIGNALS) {
  test(`signal ${signal.id}: fires on its fixture and stays silent on the look-alike`, async () => {
    for (const [suffix, shouldFire] of [['fires', true], ['silent', false]] as const) {
      const file = `signals/${signal.id}.${suffix}.eml`;
      assert.ok(existsSync(path.join(FIXTURES, file)), `missing fixture ${file}`);
      assert.ok(fixtureWhy(file), `${file} has no X-Fixture-Why header`);
      const evidence = signal.check(await loadFixture(file));
      if (shouldFire) {
        assert.ok(evidence, `${signal.id} did not fire on ${file} (${fixtureWhy(file) ?? ''})`);
        assert.ok(evidence.every((e) => typeof e === 'string' && e.length > 0), `${signal.id}: empty evidence`);
      } else {
        assert.equal(evidence, null, `${signal.id} fired on ${file} (${fixtureWhy(file) ?? ''}): ${JSON.stringify(evidence)}`);
      }
    }
  });
}
