import ct from 'countries-and-timezones';
import { DateTime } from 'luxon';

/** UTC offsets (minutes) in use in a country at an instant, one per distinct zone rule. */
export function countryOffsets(country: string, isoDate: string): number[] {
  const zones = ct.getCountry(country)?.timezones ?? [];
  const instant = DateTime.fromISO(isoDate, { zone: 'utc' });
  if (!instant.isValid) return [];
  return [...new Set(zones.map((zone) => instant.setZone(zone).offset))];
}

/**
 * The hour at the sender's location. The sender's own Date offset wins when the country uses it
 * (it picks the right zone in a country with several); otherwise the country's first zone.
 */
export function senderLocalHour(isoDate: string | null, dateOffset: number | null, country: string | null): number | null {
  if (!isoDate) return null;
  const instant = DateTime.fromISO(isoDate, { zone: 'utc' });
  if (!instant.isValid) return null;
  if (country) {
    const offsets = countryOffsets(country, isoDate);
    const offset = dateOffset !== null && offsets.includes(dateOffset) ? dateOffset : offsets[0];
    if (offset !== undefined) return instant.plus({ minutes: offset }).hour;
  }
  return dateOffset === null ? null : instant.plus({ minutes: dateOffset }).hour;
}
