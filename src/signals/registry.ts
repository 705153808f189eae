import { bayesSignals } from './bayes.js';
import { bulkSignals } from './bulk.js';
import { buyerSignals } from './buyer.js';
import { contactSignals } from './contact.js';
import { fraudSignals } from './fraud.js';
import { malwareSignals } from './malware.js';
import { originSignals } from './origin.js';
import { phishingSignals } from './phishing.js';
import { platformSignals } from './platform.js';
import { probeSignals } from './probe.js';
import type { SignalDef } from './signal.js';
import { spamSignals } from './spam.js';

/** Every signal, in the order they are listed in an explanation. Adding one touches its file and its test. */
export const ALL_SIGNALS: readonly SignalDef[] = [
  ...phishingSignals,
  ...malwareSignals,
  ...fraudSignals,
  ...spamSignals,
  ...bulkSignals,
  ...probeSignals,
  ...originSignals,
  ...platformSignals,
  ...contactSignals,
  ...bayesSignals,
  ...buyerSignals,
];

export const MESSAGE_SIGNALS: readonly SignalDef[] = ALL_SIGNALS.filter((s) => !s.history);
export const HISTORY_SIGNALS: readonly SignalDef[] = ALL_SIGNALS.filter((s) => s.history);

export const SIGNALS_BY_ID: ReadonlyMap<string, SignalDef> = new Map(ALL_SIGNALS.map((s) => [s.id, s]));
