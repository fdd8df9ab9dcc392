import { describe, expect, it } from "vitest";
import { LISTED_AT_MOST, nearestShown } from "@/lib/domain/deadlines/nearest-shown";

describe("the obligations the dashboard lists", () => {
  it("lists the nearest ones and counts those left out", () => {
    const items = Array.from({ length: LISTED_AT_MOST + 7 }, (_, i) => i);
    const { shown, more } = nearestShown(items);
    expect(shown).toEqual(items.slice(0, LISTED_AT_MOST));
    expect(more).toBe(7);
  });

  it("lists everything when there are few", () => {
    expect(nearestShown([3, 1, 2])).toEqual({ shown: [3, 1, 2], more: 0 });
  });
});
