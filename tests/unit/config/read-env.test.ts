import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/config/env";

describe("readEnv", () => {
  it("parses the same values once, and again as soon as one of its variables changes", () => {
    const first = readEnv({ PORT: "3100", UNRELATED: "a" });
    expect(readEnv({ PORT: "3100", UNRELATED: "b" })).toBe(first);
    const changed = readEnv({ PORT: "3200" });
    expect(changed).not.toBe(first);
    expect(changed.appUrl).toBe("http://127.0.0.1:3200");
  });

  it("still refuses a bad value after a good one, naming the variable", () => {
    readEnv({ PORT: "3100" });
    expect(() => readEnv({ PORT: "not a port" })).toThrow(/PORT/);
  });

  it("treats an empty variable as unset", () => {
    expect(readEnv({ PORT: "3100", APP_URL: "" }).appUrl).toBe("http://127.0.0.1:3100");
  });

  it("hands out a frozen object, since every caller shares it", () => {
    expect(Object.isFrozen(readEnv({ PORT: "3300" }))).toBe(true);
  });
});
