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
const MAX_DISCRIMINATORS = 150;
const MIN_DISTANCE = 0.1;

const probabilities = new WeakMap<BayesModel, Map<string, number>>();

/** f(w) for every token of a model, computed once: the model file is data, this is its index. */
function probabilityIndex(model: BayesModel): Map<string, number> {
  let index = probabilities.get(model);
  if (!index) {
    index = new Map(Object.entries(model.tokens).map(([token, [spam, ham]]) => [token, tokenProbability(model, spam, ham)]));
    probabilities.set(model, index);
  }
  return index;
}

export function spamProbability(model: BayesModel, tokens: Iterable<string>): number | null {
  const index = probabilityIndex(model);
  const clues: number[] = [];
  for (const token of tokens) {
    const f = index.get(token);
    if (f !== undefined && Math.abs(f - 0.5) >= MIN_DISTANCE) clues.push(f);
  }
  if (clues.length === 0) return null;
  clues.sort((a, b) => Math.abs(b - 0.5) - Math.abs(a - 0.5));
  return combine(clues.slice(0, MAX_DISCRIMINATORS));
}

function tokenProbability(model: BayesModel, spam: number, ham: number): number {
  const spamRatio = spam / model.spamMessages;
  const hamRatio = ham / model.hamMessages;
  const p = spamRatio / (spamRatio + hamRatio);
  const n = spam + ham;
  return (STRENGTH * 0.5 + n * p) / (STRENGTH + n);
}

function combine(clues: readonly number[]): number {
  let hamLog = 0;
  let spamLog = 0;
  for (const f of clues) {
    spamLog += Math.log(Math.max(1 - f, 1e-12));
    hamLog += Math.log(Math.max(f, 1e-12));
  }
  const h = chi2Q(-2 * hamLog, 2 * clues.length);
  const s = chi2Q(-2 * spamLog, 2 * clues.length);
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
