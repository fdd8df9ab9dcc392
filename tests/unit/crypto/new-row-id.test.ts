import { afterEach, describe, expect, it, vi } from "vitest";
import { newRowId } from "@/lib/server/crypto/new-row-id";

/*
 * Rows written in one batch share their createdAt, so the id is what keeps their order in a list sorted by
 * (createdAt, id): ids must sort in the order they were made, as plain text compares them.
 */
afterEach(() => vi.useRealTimers());

const sortedAsText = (ids: readonly string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe("newRowId", () => {
  it("keeps the shape of a cuid: c, the time in base 36, 64 bits in hex", () => {
    expect(newRowId()).toMatch(/^c[0-9a-z]{8}[0-9a-f]{16}$/);
  });

  it("sorts 1,000 ids made within one millisecond in the order they were made, all different", () => {
    vi.useFakeTimers({ now: new Date("2026-03-27T09:30:00Z"), toFake: ["Date"] });
    const ids = Array.from({ length: 1000 }, () => newRowId());
    expect(new Set(ids).size).toBe(1000);
    expect(sortedAsText(ids)).toEqual(ids);
  });

  it("sorts in the order made when the clock steps back, and by time once it moves on", () => {
    vi.useFakeTimers({ now: new Date("2026-03-27T09:30:00Z"), toFake: ["Date"] });
    const first = newRowId();
    vi.setSystemTime(new Date("2026-03-27T09:29:59Z"));
    const second = newRowId();
    vi.setSystemTime(new Date("2026-03-27T09:30:01Z"));
    const third = newRowId();
    expect(sortedAsText([third, second, first])).toEqual([first, second, third]);
  });
});
