import { describe, expect, it } from "vitest";
import { defaultRetryPolicy, nextStepAfterFailure } from "@/lib/mail/retry-policy";

const now = new Date("2026-03-29T00:59:00Z");
const policy = { baseDelayMs: 1_000, maxDelayMs: 8_000, maxAttempts: 6 };
const delayAfter = (attempts: number, random: number) => {
  const step = nextStepAfterFailure(attempts, now, policy, () => random);
  if (step.status !== "failed") throw new Error(`expected a retry after ${attempts}`);
  return step.availableAt.getTime() - now.getTime();
};

describe("nextStepAfterFailure", () => {
  it("doubles the delay after each failure, up to the cap", () => {
    expect([1, 2, 3, 4, 5].map((attempts) => delayAfter(attempts, 1))).toEqual([1_000, 2_000, 4_000, 8_000, 8_000]);
  });

  it("keeps the jitter between half and all of the nominal delay", () => {
    expect(delayAfter(3, 0)).toBe(2_000);
    expect(delayAfter(3, 0.5)).toBe(3_000);
    expect(delayAfter(3, 0.999)).toBeLessThanOrEqual(4_000);
  });

  it("gives up at maxAttempts and not before", () => {
    expect(nextStepAfterFailure(5, now, policy, () => 0.5).status).toBe("failed");
    expect(nextStepAfterFailure(6, now, policy, () => 0.5)).toEqual({ status: "dead" });
    expect(nextStepAfterFailure(7, now, policy, () => 0.5)).toEqual({ status: "dead" });
  });

  it("by default retries for about two hours over 8 attempts", () => {
    const total = Array.from({ length: defaultRetryPolicy.maxAttempts - 1 }, (_, i) => {
      const step = nextStepAfterFailure(i + 1, now, defaultRetryPolicy, () => 1);
      return step.status === "failed" ? step.availableAt.getTime() - now.getTime() : 0;
    }).reduce((sum, ms) => sum + ms, 0);
    expect(defaultRetryPolicy.maxAttempts).toBe(8);
    expect(total / 3_600_000).toBeGreaterThan(1.5);
    expect(total / 3_600_000).toBeLessThan(3);
  });
});
