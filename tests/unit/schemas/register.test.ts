import { describe, expect, it } from "vitest";
import { registerQuerySchema } from "@/lib/schemas/register";

describe("registerQuerySchema", () => {
  it("accepts the filters and nothing else", () => {
    expect(registerQuerySchema.parse({ year: 2026, notified: true, timeliness: "late", state: ["closed"] })).toEqual({
      year: 2026,
      notified: true,
      timeliness: "late",
      state: ["closed"],
    });
    expect(registerQuerySchema.safeParse({ yaer: 2026 }).success).toBe(false);
    expect(registerQuerySchema.parse({ page: 2 })).toEqual({ page: 2 });
    expect(registerQuerySchema.safeParse({ page: 0 }).success).toBe(false);
    expect(registerQuerySchema.safeParse({ page: 1.5 }).success).toBe(false);
  });
  it("names the bad filter", () => {
    const result = registerQuerySchema.safeParse({ timeliness: "soon", state: ["lost"] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.path.join(".")).sort()).toEqual(["state.0", "timeliness"]);
  });
});
