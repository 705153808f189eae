import { readFileSync } from 'node:fs';
import type { BayesModel } from './model.js';

/** The model shipped in the package (model/bayes.json), rebuilt by `npm run train`. */
export const SHIPPED_MODEL_URL = new URL('../../model/bayes.json', import.meta.url);

export function loadModel(url: URL = SHIPPED_MODEL_URL): BayesModel {
  const model = JSON.parse(readFileSync(url, 'utf8')) as BayesModel;
  if (model.version !== 1 || typeof model.tokens !== 'object') throw new Error(`unsupported model file ${url.pathname}`);
  return model;
}
