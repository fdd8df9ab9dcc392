import { randomBytes } from "node:crypto";

/**
 * An id for a row about to be inserted, chosen here rather than by the database's @default(cuid()) so the
 * row's encrypted values can be bound to it before the insert (sealed-text.ts). Same shape as a cuid:
 * "c", the time in base 36, then 64 random bits.
 */
export function newRowId(): string {
  return `c${Date.now().toString(36)}${randomBytes(8).toString("hex")}`;
}
