import { DateTime } from 'luxon';
import { inOrder, ms, parseThreadEvents, type ThreadEventInput } from './events.js';
import { buyerTime, buyerZone, nextWorkingTime, type BuyerClock } from './worktime.js';

/**
 * The cadence of 【询盘实战技巧】: no answer 3 days after our reply → follow up; again after a week;
 * again after half a month; then phone. Never daily, never a blast.
 */
export const FOLLOW_UP_STEPS = [
  { kind: 'follow_up', afterDays: 3 },
  { kind: 'follow_up', afterDays: 7 },
  { kind: 'follow_up', afterDays: 14 },
  { kind: 'call', afterDays: 21 },
] as const;

export interface Reminder {
  step: number; // 1-based, in FOLLOW_UP_STEPS
  kind: 'follow_up' | 'call';
  afterDays: number;
  /** UTC instant, ISO 8601. */
  dueAt: string;
  /** The same instant on the buyer's wall clock, for people: "2026-03-02 09:00 Mon (Asia/Riyadh)". */
  buyerLocal: string;
  zone: string;
}

/**
 * Reminders after our reply at `repliedAt` to a buyer on `clock`: each moved to the next office hour
 * of a working, non-holiday day in the buyer's zone, each on a later buyer-local day than the one before.
 */
export function scheduleFollowUps(repliedAt: string | number, clock: BuyerClock): Reminder[] {
  const zone = buyerZone(clock);
  const start = DateTime.fromMillis(typeof repliedAt === 'number' ? repliedAt : ms(repliedAt), { zone });
  const out: Reminder[] = [];
  let earliest = start.toMillis();
  FOLLOW_UP_STEPS.forEach((step, i) => {
    // Calendar days in the buyer's zone, so a DST change does not shift the hour.
    const target = Math.max(start.plus({ days: step.afterDays }).toMillis(), earliest);
    const due = nextWorkingTime(target, { ...clock, zone });
    out.push({ step: i + 1, kind: step.kind, afterDays: step.afterDays, dueAt: new Date(due).toISOString(), buyerLocal: buyerTime(due, { ...clock, zone }), zone });
    // A holiday week can push two steps onto one day: the next one waits for the following day.
    earliest = DateTime.fromMillis(due, { zone }).startOf('day').plus({ days: 1 }).toMillis();
  });
  return out;
}

/**
 * The reminders still to send in one conversation. The sequence starts at our first reply after the
 * buyer's last message; reminders we already sent (replied with followUp) are done; any answer from
 * the buyer after our reply stops it. A won deal stops it too.
 */
export function pendingReminders(thread: readonly ThreadEventInput[], clock: BuyerClock): Reminder[] {
  const events = inOrder(parseThreadEvents(thread));
  if (events.some((e) => e.type === 'won')) return [];
  let lastBuyer = -1;
  events.forEach((e, i) => {
    if ((e.type === 'received' && !e.junk && !e.autoReply) || (e.type === 'buyer_replied' && !e.autoReply)) lastBuyer = i;
  });
  if (lastBuyer < 0) return [];
  const after = events.slice(lastBuyer + 1);
  const anchor = after.find((e) => e.type === 'replied' && !e.followUp);
  if (!anchor) return []; // we owe the answer: that is a response-time warning, not a reminder
  const sent = after.filter((e) => e.type === 'replied' && e.followUp && ms(e.at) > ms(anchor.at)).length;
  return scheduleFollowUps(anchor.at, clock).slice(sent);
}
