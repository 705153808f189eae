/**
 * The fixed train/evaluation split: one message in five, chosen by a hash of its id, is never
 * trained on, so `npm run eval` can report the model on mail it has not seen.
 */
export function isHeldOut(id: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 5 === 0;
}
