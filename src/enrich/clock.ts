import ct from 'countries-and-timezones';
import { IANAZone } from 'luxon';

const HOUR_MS = 3600_000;
const cache = new Map<string, number[]>();

/**
 * UTC offsets (minutes) in use in a country at an instant, one per distinct zone rule. Cached per
 * country and hour: the US alone has 29 zone names, and asking Intl for each is the slow part.
 */
export function countryOffsets(country: string, isoDate: string): number[] {
  const ms = Date.parse(isoDate);
  if (Number.isNaN(ms)) return [];
  const key = `${country}|${Math.floor(ms / HOUR_MS)}`;
  let offsets = cache.get(key);
  if (!offsets) {
    const zones = ct.getCountry(country)?.timezones ?? [];
    offsets = [...new Set(zones.map((zone) => IANAZone.create(zone).offset(ms)).filter((o) => !Number.isNaN(o)))];
    if (cache.size > 100_000) cache.clear();
    cache.set(key, offsets);
  }
  return offsets;
}

/**
 * The hour at the sender's location. The sender's own Date offset wins when the country uses it
 * (it picks the right zone in a country with several); otherwise the country's first zone.
 */
export function senderLocalHour(isoDate: string | null, dateOffset: number | null, country: string | null, offsets?: number[]): number | null {
  if (!isoDate) return null;
  const ms = Date.parse(isoDate);
  if (Number.isNaN(ms)) return null;
  let offset = dateOffset;
  if (country) {
    const inCountry = offsets ?? countryOffsets(country, isoDate);
    offset = dateOffset !== null && inCountry.includes(dateOffset) ? dateOffset : (inCountry[0] ?? dateOffset);
  }
  return offset === null ? null : new Date(ms + offset * 60_000).getUTCHours();
}
