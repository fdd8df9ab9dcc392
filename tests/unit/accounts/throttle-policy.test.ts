import { describe, expect, it } from "vitest";
import { ACCOUNT_THROTTLE, afterFailure, afterRefund, secondsToWait, type ThrottleState } from "@/lib/domain/accounts/throttle-policy";

const start = new Date("2026-01-01T10:00:00Z");
const later = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describe("sign-in throttle", () => {
  it("lets the first five failures through without delay", () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < 5; i++) state = afterFailure(state, later(i), ACCOUNT_THROTTLE);
    expect(state).toMatchObject({ failures: 5, lockedUntil: null });
    expect(secondsToWait(state, later(5))).toBe(0);
  });

  it("doubles the delay after each further failure, up to the 15-minute lock", () => {
    let state: ThrottleState | null = null;
    const waits: number[] = [];
    for (let i = 0; i < 16; i++) {
      state = afterFailure(state, start, ACCOUNT_THROTTLE);
      waits.push(secondsToWait(state, start));
    }
    expect(waits.slice(5, 12)).toEqual([2, 4, 8, 16, 32, 64, 128]);
    expect(waits.at(-1)).toBe(900);
    expect(Math.max(...waits)).toBe(900);
  });

  it("ends the lock at the configured time", () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < 20; i++) state = afterFailure(state, start, ACCOUNT_THROTTLE);
    expect(secondsToWait(state, later(899))).toBe(1);
    expect(secondsToWait(state, later(900))).toBe(0);
  });

  it("forgets failures older than a day", () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < 9; i++) state = afterFailure(state, start, ACCOUNT_THROTTLE);
    state = afterFailure(state, later(24 * 3600 + 1), ACCOUNT_THROTTLE);
    expect(state).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it("gives back a counted attempt, lifting the delay only when that attempt alone caused it", () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < 6; i++) state = afterFailure(state, start, ACCOUNT_THROTTLE);
    expect(secondsToWait(state, start)).toBe(2);
    expect(afterRefund(state!, ACCOUNT_THROTTLE)).toMatchObject({ failures: 5, lockedUntil: null });
    state = afterFailure(state, start, ACCOUNT_THROTTLE);
    expect(afterRefund(state, ACCOUNT_THROTTLE)).toMatchObject({ failures: 6, lockedUntil: state.lockedUntil });
    expect(afterRefund({ failures: 0, lockedUntil: null, lastFailure: null }, ACCOUNT_THROTTLE).failures).toBe(0);
  });
});
