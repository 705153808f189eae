import ct from 'countries-and-timezones';
import Holidays from 'date-holidays';
import { DateTime, IANAZone } from 'luxon';

/** Where the buyer's clock is: a country (ISO 3166-1 alpha-2) and, when known, the exact zone. */
export interface BuyerClock {
  country: string | null;
  /** An IANA zone (from the buyer's Date header or the store); wins over the country's main zone. */
  zone?: string | null;
}

/** Office hours at the buyer's desk 【询盘实战技巧: 在客户上班的时间跟客户联系】. */
export const WORK_START_HOUR = 9;
export const WORK_END_HOUR = 18;

/**
 * Weekends that are not Saturday–Sunday (ISO weekdays: 4 Thu, 5 Fri, 6 Sat, 7 Sun), newest rule
 * first with the date it took effect. date-holidays carries weekends for five countries only, so the
 * table is ours (from the countries' labour rules); the UAE moved to Saturday–Sunday on 2022-01-01.
 */
const WEEKEND_RULES: Record<string, { since: string; days: number[] }[]> = {
  AE: [{ since: '2022-01-01', days: [6, 7] }, { since: '0000-01-01', days: [5, 6] }],
  SA: [{ since: '2013-06-29', days: [5, 6] }, { since: '0000-01-01', days: [4, 5] }],
  OM: [{ since: '2013-05-01', days: [5, 6] }, { since: '0000-01-01', days: [4, 5] }],
  DZ: [{ since: '2009-08-14', days: [5, 6] }, { since: '0000-01-01', days: [4, 5] }],
  ...Object.fromEntries('BH KW QA EG IQ JO YE SY LY SD BD IL PS MV'.split(' ').map((c) => [c, [{ since: '0000-01-01', days: [5, 6] }]])),
  AF: [{ since: '0000-01-01', days: [4, 5] }],
  IR: [{ since: '0000-01-01', days: [5] }],
  DJ: [{ since: '0000-01-01', days: [5] }],
  NP: [{ since: '0000-01-01', days: [6] }],
  BN: [{ since: '0000-01-01', days: [5, 7] }],
};
const DEFAULT_WEEKEND = [6, 7];

/** The weekend days of a country on a local date (yyyy-MM-dd). */
export function weekendDays(country: string | null, isoDate: string): number[] {
  const rules = country ? WEEKEND_RULES[country.toUpperCase()] : undefined;
  return rules?.find((r) => isoDate >= r.since)?.days ?? DEFAULT_WEEKEND;
}

const zoneCache = new Map<string, string>();

/**
 * The buyer's zone: the given one when valid, else the country's business centre. countries-and-timezones
 * lists a country's zones alphabetically (America/Adak first for the US), so its zone that date-holidays
 * names first (America/New_York) is preferred; UTC when the country is unknown.
 */
export function buyerZone(clock: BuyerClock): string {
  if (clock.zone && IANAZone.isValidZone(clock.zone)) return clock.zone;
  const country = clock.country?.toUpperCase() ?? '';
  let zone = zoneCache.get(country);
  if (zone === undefined) {
    const zones = ct.getCountry(country)?.timezones ?? [];
    const main = calendar(country, null)?.getTimezones()[0];
    zone = [main, ...zones].find((z): z is string => !!z && IANAZone.isValidZone(z)) ?? 'UTC';
    zoneCache.set(country, zone);
  }
  return zone;
}

const calendars = new Map<string, Holidays | null>();

function calendar(country: string, zone: string | null): Holidays | null {
  const key = `${country}|${zone ?? ''}`;
  let hd = calendars.get(key);
  if (hd === undefined) {
    const made = new Holidays();
    // Only days people are off: 'observance' (Mother's Day) and 'optional' keep offices open.
    const ok = country.length === 2 && made.init(country, zone ? { timezone: zone, types: ['public', 'bank'] } : { types: ['public', 'bank'] });
    hd = ok ? made : null;
    calendars.set(key, hd);
  }
  return hd;
}

const holidayCache = new Map<string, { start: number; end: number; name: string }[]>();

/** Public and bank holidays of a year as instants in the buyer's zone (Eid spans several days). */
function holidays(country: string, zone: string, year: number): { start: number; end: number; name: string }[] {
  const key = `${country}|${zone}|${year}`;
  let list = holidayCache.get(key);
  if (!list) {
    list = (calendar(country, zone)?.getHolidays(year) ?? [])
      .filter((h) => h.type === 'public' || h.type === 'bank')
      .map((h) => ({ start: h.start.getTime(), end: h.end.getTime(), name: h.name }));
    if (holidayCache.size > 10_000) holidayCache.clear();
    holidayCache.set(key, list);
  }
  return list;
}

/** The holiday whose time overlaps office hours of that local day, if any. */
function holidayOn(country: string | null, day: DateTime): string | null {
  if (!country) return null;
  const open = day.set({ hour: WORK_START_HOUR, minute: 0, second: 0, millisecond: 0 }).toMillis();
  const close = day.set({ hour: WORK_END_HOUR, minute: 0, second: 0, millisecond: 0 }).toMillis();
  const zone = day.zoneName ?? 'UTC';
  // A holiday of late December may start in the previous year's list in another zone: read both.
  for (const year of [day.year - 1, day.year]) {
    const hit = holidays(country.toUpperCase(), zone, year).find((h) => h.start < close && h.end > open);
    if (hit) return hit.name;
  }
  return null;
}

function isWorkingDay(country: string | null, day: DateTime): boolean {
  return !weekendDays(country, day.toISODate() ?? '').includes(day.weekday) && holidayOn(country, day) === null;
}

/** Whether an instant falls in the buyer's office hours on a working day. */
export function isWorkingTime(ms: number, clock: BuyerClock): boolean {
  const local = DateTime.fromMillis(ms, { zone: buyerZone(clock) });
  return local.hour >= WORK_START_HOUR && local.hour < WORK_END_HOUR && isWorkingDay(clock.country, local);
}

/** Beyond a month of closed days the data is wrong; the search stops rather than loop. */
const MAX_DAYS_AHEAD = 60;

/** The first instant at or after `ms` inside the buyer's office hours on a working day. */
export function nextWorkingTime(ms: number, clock: BuyerClock): number {
  let local = DateTime.fromMillis(ms, { zone: buyerZone(clock) });
  for (let i = 0; i < MAX_DAYS_AHEAD; i++) {
    if (local.hour < WORK_END_HOUR && isWorkingDay(clock.country, local)) {
      const open = local.set({ hour: WORK_START_HOUR, minute: 0, second: 0, millisecond: 0 });
      return Math.max(local.toMillis(), open.toMillis());
    }
    local = local.startOf('day').plus({ days: 1 });
  }
  return local.set({ hour: WORK_START_HOUR }).toMillis();
}

/** An instant as the buyer's wall clock reads it: "2026-03-02 09:00 Mon (Asia/Riyadh)". */
export function buyerTime(ms: number, clock: BuyerClock): string {
  const zone = buyerZone(clock);
  return `${DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM-dd HH:mm ccc', { locale: 'en' })} (${zone})`;
}
