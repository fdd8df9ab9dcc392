import { randomBytes } from "node:crypto";

const RANDOM_LIMIT = 1n << 64n;
let lastTime = 0;
let lastRandom = 0n;

/**
 * An id for a row about to be inserted, chosen here rather than by the database's @default(cuid()) so the
 * row's encrypted values can be bound to it before the insert (sealed-text.ts). Same shape as a cuid:
 * "c", the time in base 36, then 64 random bits.
 *
 * Ids made one after another sort in the order they were made (within the same millisecond, or if the clock
 * steps back, the random part counts up from the last one, as ULID's monotonic mode does): rows written in one
 * batch share their createdAt, and lists sorted by (createdAt, id) then keep the order they were written in.
 */
export function newRowId(): string {
  const now = Date.now();
  if (now > lastTime) {
    lastTime = now;
    lastRandom = randomBytes(8).readBigUInt64BE();
  } else if (++lastRandom === RANDOM_LIMIT) {
    lastTime += 1;
    lastRandom = 0n;
  }
  return `c${lastTime.toString(36)}${lastRandom.toString(16).padStart(16, "0")}`;
}
