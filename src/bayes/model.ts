/**
 * A token-statistics text model in the manner of SpamBayes (Robinson's f(w) and Fisher's
 * chi-square combining), the same idea as SpamAssassin's BAYES rules. Pure: the model is data.
 */
export interface BayesModel {
  version: 1;
  /** What it was trained on, for the README and the eval. */
  trainedOn: string;
  spamMessages: number;
  hamMessages: number;
  /** token → [messages of spam containing it, messages of ham containing it] */
  tokens: Record<string, [number, number]>;
}

const STRENGTH = 1; // Robinson's s: how much an unknown token is pulled to 0.5
// SpamBayes uses the 150 strongest clues. With 80, a long commercial newsletter's many mildly spammy words pile
// up less: on the whole corpus ham sent to junk fell 6 → 4 and ham flagged suspicious 40 → 35, junk caught 1,731 →
// 1,728; on held-out SpamAssassin ham, p ≥ 0.97 fell 1.0 % → 0.7 % with spam recall unchanged.
const MAX_DISCRIMINATORS = 80;
const MIN_DISTANCE = 0.1;

/**
 * What spamProbability needs of a model, computed once per model: the model file is data, this is
 * its index. Only tokens at least MIN_DISTANCE from 0.5 are in it, as the others are never used.
 * Laid out for few cache misses, which were most of spamProbability's time (the index is cold after
 * a message's extraction and signals): a token's clue is a small number, its data in typed arrays,
 * rather than an object holding boxed doubles (spamProbability self time in the profile: −18 %).
 */
interface ClueIndex {
  /** token → clue number */
  clueOf: Map<string, number>;
  /** Per clue, its place among the model's distinct distances |f − 0.5|, strongest first: sorting by it sorts by distance. */
  rank: Int32Array;
  /** Per clue, log(1 − f) and log(f) side by side (at 2n and 2n + 1). */
  logs: Float64Array;
}

const indexes = new WeakMap<BayesModel, ClueIndex>();

function clueIndex(model: BayesModel): ClueIndex {
  let index = indexes.get(model);
  if (!index) {
    const fs = Object.entries(model.tokens).map(([token, [spam, ham]]) => [token, tokenProbability(model, spam, ham)] as const);
    const distances = [...new Set(fs.map(([, f]) => Math.abs(f - 0.5)))].sort((a, b) => b - a);
    const rankOf = new Map(distances.map((d, i) => [d, i]));
    const strong = fs.filter(([, f]) => Math.abs(f - 0.5) >= MIN_DISTANCE);
    index = { clueOf: new Map(), rank: new Int32Array(strong.length), logs: new Float64Array(2 * strong.length) };
    for (const [n, [token, f]] of strong.entries()) {
      index.clueOf.set(token, n);
      index.rank[n] = rankOf.get(Math.abs(f - 0.5)) ?? 0;
      index.logs[2 * n] = Math.log(Math.max(1 - f, 1e-12));
      index.logs[2 * n + 1] = Math.log(Math.max(f, 1e-12));
    }
    indexes.set(model, index);
  }
  return index;
}

/** Above any number of clues one message can give (tokenize reads at most 8,000 characters). */
const ORDER_SLOTS = 2 ** 24;

export function spamProbability(model: BayesModel, tokens: Iterable<string>): number | null {
  const { clueOf, rank, logs } = clueIndex(model);
  const clues: number[] = [];
  const order: number[] = [];
  for (const token of tokens) {
    const clue = clueOf.get(token);
    if (clue !== undefined) {
      // Strongest first, ties in the order the tokens came: a stable sort by distance, done as a
      // numeric sort of (rank, arrival) in one number (no comparator calls).
      order.push((rank[clue] ?? 0) * ORDER_SLOTS + clues.length);
      clues.push(clue);
    }
  }
  if (clues.length === 0) return null;
  const sorted = Float64Array.from(order).sort();
  const used = Math.min(sorted.length, MAX_DISCRIMINATORS);
  let spamLog = 0;
  let hamLog = 0;
  for (let i = 0; i < used; i++) {
    const clue = clues[(sorted[i] ?? 0) % ORDER_SLOTS] ?? 0;
    spamLog += logs[2 * clue] ?? 0;
    hamLog += logs[2 * clue + 1] ?? 0;
  }
  return combine(spamLog, hamLog, used);
}

function tokenProbability(model: BayesModel, spam: number, ham: number): number {
  const spamRatio = spam / model.spamMessages;
  const hamRatio = ham / model.hamMessages;
  const p = spamRatio / (spamRatio + hamRatio);
  const n = spam + ham;
  return (STRENGTH * 0.5 + n * p) / (STRENGTH + n);
}

/** Fisher's combining of the strongest clues' summed logarithms, as SpamBayes does. */
function combine(spamLog: number, hamLog: number, clues: number): number {
  const h = chi2Q(-2 * hamLog, 2 * clues);
  const s = chi2Q(-2 * spamLog, 2 * clues);
  return (1 + h - s) / 2;
}

/** P(chi² ≥ x) for even degrees of freedom. */
function chi2Q(x: number, degrees: number): number {
  const m = x / 2;
  let term = Math.exp(-m);
  let sum = term;
  for (let i = 1; i < degrees / 2; i++) {
    term *= m / i;
    sum += term;
  }
  return Math.min(sum, 1);
}

/** Counts from labelled token sets; tokens seen fewer than minCount times are dropped to keep the file small. */
export function trainModel(examples: Iterable<{ spam: boolean; tokens: Set<string> }>, trainedOn: string, minCount = 4, maxTokens = 40_000): BayesModel {
  const counts = new Map<string, [number, number]>();
  let spamMessages = 0;
  let hamMessages = 0;
  for (const { spam, tokens } of examples) {
    if (spam) spamMessages++;
    else hamMessages++;
    for (const token of tokens) {
      let c = counts.get(token);
      if (!c) counts.set(token, (c = [0, 0]));
      c[spam ? 0 : 1]++;
    }
  }
  const kept = [...counts].filter(([, [s, h]]) => s + h >= minCount);
  const model: BayesModel = { version: 1, trainedOn, spamMessages, hamMessages, tokens: {} };
  const strength = ([, [s, h]]: [string, [number, number]]) => Math.abs(tokenProbability(model, s, h) - 0.5) * Math.log(s + h);
  kept.sort((a, b) => strength(b) - strength(a));
  for (const [token, c] of kept.slice(0, maxTokens)) model.tokens[token] = c;
  return model;
}
