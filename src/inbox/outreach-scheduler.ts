/**
 * Inside `xunpan serve`: a pass over the outreach queue every `everyMs`, one pass at a time. The
 * pacing lives in the queue (last attempt, 24-hour count), so a restart or a second runner keeps it.
 */
import { runDueOutreach, type OutreachDeps } from './outreach.js';
import type { Store } from '../store/dialect.js';

export const SCHEDULER_EVERY_MS = 30_000;

export function startOutreachScheduler(store: Store, deps: OutreachDeps, log: (line: string) => void, everyMs = SCHEDULER_EVERY_MS): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const r = await runDueOutreach(store, deps);
      if (r.sent.length || r.failed.length || r.cancelled) log(`outreach: sent ${r.sent.length}, failed ${r.failed.length}, cancelled ${r.cancelled}`);
    } catch (error) {
      log(`outreach: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
