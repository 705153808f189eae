import ct from 'countries-and-timezones';
import { IANAZone } from 'luxon';

const HOUR_MS = 3600_000;
const offsetsByCountry = new Map<string, number[]>();
const zoneOffsetCache = new Map<string, number>();

/**
 * The UTC offsets (minutes) a country's clocks show during the year, standard and summer time,
 * from the zone table: no Intl call, so it is cheap enough to ask for every message.
 */
export function countryOffsets(country: string): number[] {
  let offsets = offsetsByCountry.get(country);
  if (!offsets) {
    const zones = (ct.getCountry(country)?.timezones ?? []).map((name) => ct.getTimezone(name)).filter((z) => z !== null);
    offsets = [...new Set(zones.flatMap((z) => [z.utcOffset, z.dstOffset]))];
    offsetsByCountry.set(country, offsets);
  }
  return offsets;
}

/**
 * The hour at the sender's location. The sender's own Date offset wins when the country uses it
 * (it picks the right zone in a country with several); otherwise the real offset, summer time
 * included, of the country's main zone at that instant.
 */
export function senderLocalHour(isoDate: string | null, dateOffset: number | null, country: string | null): number | null {
  if (!isoDate) return null;
  const ms = Date.parse(isoDate);
  if (Number.isNaN(ms)) return null;
  let offset = dateOffset;
  if (country && (dateOffset === null || !countryOffsets(country).includes(dateOffset))) {
    const zone = ct.getCountry(country)?.timezones[0];
    if (zone) offset = zoneOffset(zone, ms);
  }
  return offset === null ? null : new Date(ms + offset * 60_000).getUTCHours();
}

/** A zone's offset at an instant, cached per hour: Intl is the slow part. */
function zoneOffset(zone: string, ms: number): number | null {
  const key = `${zone}|${Math.floor(ms / HOUR_MS)}`;
  let offset = zoneOffsetCache.get(key);
  if (offset === undefined) {
    offset = IANAZone.create(zone).offset(ms);
    if (zoneOffsetCache.size > 100_000) zoneOffsetCache.clear();
    zoneOffsetCache.set(key, offset);
  }
  return Number.isNaN(offset) ? null : offset;
}
