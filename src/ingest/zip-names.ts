import { unzipSync } from 'fflate';

const MAX_NAMES = 200;

/**
 * File names inside a zip archive, read from its directory without inflating anything
 * (the filter returns false for every entry). A broken or encrypted archive gives [].
 */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter(file) {
        if (names.length < MAX_NAMES) names.push(file.name);
        return false;
      },
    });
  } catch {
    return names;
  }
  return names;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
