import { describe, expect, it } from "vitest";
import { createThrottle } from "@/lib/mail/throttle";

describe("createThrottle", () => {
  it("lets a burst of one second's worth through at once, then paces the rest", async () => {
    const throttle = createThrottle(20);
    const started = performance.now();
    for (let i = 0; i < 20; i++) await throttle.take();
    expect(performance.now() - started).toBeLessThan(200); // no pacing (generous: a loaded machine is slow)
    for (let i = 0; i < 10; i++) await throttle.take();
    // 10 more at 20 per second: about half a second
    expect(performance.now() - started).toBeGreaterThanOrEqual(430);
  });

  it("serves concurrent callers without overdrawing", async () => {
    const throttle = createThrottle(50);
    const started = performance.now();
    await Promise.all(Array.from({ length: 75 }, () => throttle.take()));
    expect(performance.now() - started).toBeGreaterThanOrEqual(450);
  });

  it("does not wait at all when unlimited", async () => {
    const throttle = createThrottle(Infinity);
    const started = performance.now();
    await Promise.all(Array.from({ length: 10_000 }, () => throttle.take()));
    expect(performance.now() - started).toBeLessThan(200);
  });
});
