/**
 * `npm run eval`: how triage does on labelled mail it was never tuned on file by file.
 * - ../shared/corpus/labels.csv (phishing, fraud, spam, business ham, genuine inquiries);
 * - the SpamAssassin public corpus, held-out fifth only (the text model trained on the rest);
 * - the text model alone on the held-out SpamAssassin and SMS messages.
 * Prints the confusion per label and kind, junk recall, ham sent to junk and genuine inquiries sent to junk.
 */
import { readFileSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { loadModel } from '../src/bayes/load.js';
import { spamProbability } from '../src/bayes/model.js';
import { isHeldOut } from '../src/bayes/split.js';
import { tokenize } from '../src/bayes/tokenize.js';
import { splitMbox } from '../src/ingest/mbox.js';
import { parseMessage } from '../src/ingest/parse.js';
import type { TriageRecord } from '../src/pipeline/record.js';
import { triageRaw } from '../src/pipeline/triage-stream.js';
import { SHARED_CORPUS, smsMessages, spamAssassinMessages } from './corpora.js';

type Row = { set: string; label: string; kind: string; grade: string; record: TriageRecord };
const model = loadModel();
const rows: Row[] = [];
const verbose = process.argv.includes('--list');

async function add(set: string, label: string, kind: string, grade: string, id: string, raw: Uint8Array) {
  const record = await triageRaw(id, 0, raw, { model });
  rows.push({ set, label, kind, grade, record });
}

const labels = readFileSync(path.join(SHARED_CORPUS, 'labels.csv'), 'utf8').trim().split('\n').slice(1);
for (const line of labels) {
  const [file = '', label = '', kind = '', grade = ''] = line.split(',');
  const set = file.split('/')[0] ?? '';
  const full = path.join(SHARED_CORPUS, file);
  if (file.endsWith('.mbox')) {
    for await (const entry of splitMbox(createReadStream(full))) {
      if ('raw' in entry) await add(set, label, kind, grade, `${file}#${entry.index}`, entry.raw);
    }
  } else {
    await add(set, label, kind, grade, file, readFileSync(full));
  }
}
for (const m of spamAssassinMessages()) {
  if (isHeldOut(m.id)) await add(`spamassassin-${m.group.replace(/-\d$/, '')}`, m.spam ? 'junk' : 'ham', '', '', m.id, m.raw);
}

function pct(n: number, d: number): string {
  return d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`;
}

console.log('\n== Confusion by set and label (verdict counts) ==');
console.log('set'.padEnd(24), 'label'.padEnd(8), 'n'.padStart(5), 'genuine'.padStart(8), 'suspic.'.padStart(8), 'junk'.padStart(6), '  junk%');
const groups = new Map<string, Row[]>();
for (const r of rows) {
  const key = `${r.set}\t${r.label}`;
  groups.set(key, [...(groups.get(key) ?? []), r]);
}
for (const [key, list] of [...groups].sort()) {
  const [set = '', label = ''] = key.split('\t');
  const count = (v: string) => list.filter((r) => r.record.verdict === v).length;
  console.log(set.padEnd(24), label.padEnd(8), String(list.length).padStart(5), String(count('genuine')).padStart(8), String(count('suspicious')).padStart(8), String(count('junk')).padStart(6), `  ${pct(count('junk'), list.length)}`);
}

console.log('\n== Junk by labelled kind: predicted kind when quarantined ==');
const kinds = new Map<string, Row[]>();
for (const r of rows.filter((r) => r.label === 'junk')) kinds.set(r.kind || '(unlabelled)', [...(kinds.get(r.kind || '(unlabelled)') ?? []), r]);
for (const [kind, list] of [...kinds].sort()) {
  const junk = list.filter((r) => r.record.verdict === 'junk');
  const predicted = new Map<string, number>();
  for (const r of junk) predicted.set(r.record.kind ?? '-', (predicted.get(r.record.kind ?? '-') ?? 0) + 1);
  console.log(`${kind.padEnd(14)} n=${String(list.length).padStart(4)} junk=${pct(junk.length, list.length).padStart(6)}  as: ${[...predicted].map(([k, n]) => `${k} ${n}`).join(', ')}`);
}

const junkRows = rows.filter((r) => r.label === 'junk');
const hamRows = rows.filter((r) => r.label === 'ham');
const genuineRows = rows.filter((r) => r.label === 'genuine');
const caught = junkRows.filter((r) => r.record.verdict === 'junk').length;
const flagged = junkRows.filter((r) => r.record.verdict !== 'genuine').length;
const hamJunk = hamRows.filter((r) => r.record.verdict === 'junk');
const genuineJunk = genuineRows.filter((r) => r.record.verdict === 'junk');
console.log('\n== Summary ==');
console.log(`junk recall (quarantined):          ${pct(caught, junkRows.length)} (${caught}/${junkRows.length}); junk or suspicious ${pct(flagged, junkRows.length)}`);
console.log(`legitimate mail sent to junk:       ${pct(hamJunk.length, hamRows.length)} (${hamJunk.length}/${hamRows.length})`);
console.log(`genuine inquiries sent to junk:     ${genuineJunk.length}/${genuineRows.length}`);
const graded = genuineRows.filter((r) => r.grade && r.record.grade);
console.log(`genuine inquiries, grade agreement: ${pct(graded.filter((r) => r.grade === r.record.grade).length, graded.length)} of ${graded.length} graded by a person`);
console.log(`inquiry flag on genuine inquiries:  ${pct(genuineRows.filter((r) => r.record.inquiry).length, genuineRows.length)}; on ham ${pct(hamRows.filter((r) => r.record.inquiry).length, hamRows.length)}`);
for (const r of [...hamJunk, ...genuineJunk]) console.log(`  FALSE JUNK ${r.record.source}: ${r.record.signals.map((s) => `${s.id}(${s.points})`).join(' ')}`);
if (verbose) {
  for (const r of junkRows.filter((r) => r.record.verdict !== 'junk')) console.log(`  missed ${r.record.source} ${r.record.verdict} ${r.record.score}: ${r.record.signals.map((s) => `${s.id}(${s.points})`).join(' ')}`);
}

console.log('\n== Text model alone, on held-out messages it was not trained on ==');
const heldSa = spamAssassinMessages().filter((m) => isHeldOut(m.id));
const heldSms = smsMessages().filter((m) => isHeldOut(m.id));
const scored: { set: string; spam: boolean; p: number | null }[] = [];
for (const m of heldSa) {
  const parsed = await parseMessage(m.raw);
  if (parsed.ok) scored.push({ set: 'spamassassin', spam: m.spam, p: spamProbability(model, tokenize(parsed.message.subject, parsed.message.text)) });
}
for (const m of heldSms) scored.push({ set: 'sms', spam: m.spam, p: spamProbability(model, tokenize('', m.text)) });
for (const set of ['spamassassin', 'sms']) {
  const list = scored.filter((s) => s.set === set);
  const spam = list.filter((s) => s.spam);
  const ham = list.filter((s) => !s.spam);
  const at = (t: number) => `spam ≥ ${t}: recall ${pct(spam.filter((s) => (s.p ?? 0) >= t).length, spam.length)}, ham ${pct(ham.filter((s) => (s.p ?? 0) >= t).length, ham.length)}`;
  console.log(`${set.padEnd(13)} n=${list.length}  ${at(0.6)};  ${at(0.95)};  ${at(0.995)}`);
}
