import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gatherFacts } from '../../src/enrich/facts.js';
import { parseMessage } from '../../src/ingest/parse.js';
import type { Facts, Inquiry } from '../../src/model/inquiry.js';
import { buildInquiry } from '../../src/triage/triage.js';

export const FIXTURES = path.join(import.meta.dirname, '../fixtures');

/**
 * Reads a fixture .eml into the Inquiry the signals see. Two optional headers set what a mail
 * cannot carry: `X-Fixture-Facts: {json}` overrides gathered facts (platform fields, history,
 * own domains), `X-Fixture-Spam-Probability: 0.995` stands in for the text model.
 */
export async function loadFixture(file: string): Promise<Inquiry> {
  const raw = readFileSync(path.join(FIXTURES, file));
  const parsed = await parseMessage(raw);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error.code} ${parsed.error.detail}`);
  const head = raw.subarray(0, raw.indexOf('\n\n') > 0 ? raw.indexOf('\n\n') : raw.length).toString('utf8').replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim();
  const overrides = JSON.parse(header('X-Fixture-Facts') ?? '{}') as Partial<Facts>;
  const facts = { ...gatherFacts(parsed.message), ...overrides };
  const inquiry = buildInquiry(parsed.message, facts, null);
  const probability = header('X-Fixture-Spam-Probability');
  return probability === undefined ? inquiry : { ...inquiry, spamProbability: Number(probability) };
}

/** The reason a fixture gives for its expectation (every fixture must say why). */
export function fixtureWhy(file: string): string | undefined {
  const raw = readFileSync(path.join(FIXTURES, file), 'utf8');
  return /^X-Fixture-Why:\s*(.+)$/im.exec(raw)?.[1];
}
