import { describe, expect, it } from "vitest";
import {
  AVERAGE_TYPIST,
  FIVE_MINUTES_S,
  formatPrediction,
  keystrokesOf,
  predict,
  SLOW_TYPIST,
  wordsOf,
  type Interaction,
} from "@/tests/e2e/support/keystroke-level-model";

/* The predicted-time model behind the five-minute check of issue #5 (tests/e2e/intake-time.test.ts). */

describe("counting what a person types and reads", () => {
  it("counts Shift for capitals and shifted symbols", () => {
    expect(keystrokesOf("abc 12")).toBe(6);
    expect(keystrokesOf("Mr Martin's results!")).toBe(20 + 3);
    expect(keystrokesOf("")).toBe(0);
  });

  it("counts words, not punctuation or bullets", () => {
    expect(wordsOf("The 72-hour clock starts here (GDPR Art. 33(1)).")).toBe(8);
    expect(wordsOf("  · — ")).toBe(0);
    expect(wordsOf("Step 1 of 5")).toBe(4);
  });
});

describe("the keystroke-level model", () => {
  it("adds the operators as Card, Moran and Newell place them", () => {
    const steps: Interaction[] = [
      { kind: "read", words: 200 }, // 60 s at 200 wpm
      { kind: "type", target: "title", keystrokes: 10, via: "mouse" }, // M P BB H 10K = 1.35 + 1.1 + 0.2 + 0.4 + 2.8
      { kind: "click", target: "Next" }, // M H P BB = 1.35 + 0.4 + 1.1 + 0.2
      { kind: "check", target: "awareAt" }, // M
      { kind: "wait", seconds: 1.5, what: "send" },
    ];
    const prediction = predict(steps);
    expect(prediction.counts).toEqual({ K: 10, P: 2, B: 4, H: 2, M: 3, words: 200 });
    expect(prediction.seconds.reading).toBeCloseTo(60, 6);
    expect(prediction.seconds.keystrokes).toBeCloseTo(2.8, 6);
    expect(prediction.seconds.pointing).toBeCloseTo(2.2 + 0.4, 6);
    expect(prediction.seconds.homing).toBeCloseTo(0.8, 6);
    expect(prediction.seconds.mental).toBeCloseTo(4.05, 6);
    expect(prediction.seconds.total).toBeCloseTo(60 + 5.85 + 3.05 + 1.35 + 1.5, 6);
  });

  it("moves the hand only when the device changes", () => {
    const byKeyboard = predict([
      { kind: "keys", count: 3, decided: false },
      { kind: "type", target: "title", keystrokes: 5, via: "focus" },
      { kind: "keys", count: 1, decided: true },
    ]);
    // One move to the keyboard at the start; Tab, type and Enter never leave it.
    expect(byKeyboard.counts).toMatchObject({ H: 1, K: 9, M: 2, P: 0 });
  });

  it("charges a slower typist only for the keystrokes", () => {
    const steps: Interaction[] = [{ kind: "type", target: "description", keystrokes: 100, via: "mouse" }];
    const average = predict(steps, AVERAGE_TYPIST);
    const slow = predict(steps, SLOW_TYPIST);
    expect(slow.seconds.keystrokes - average.seconds.keystrokes).toBeCloseTo(22, 6);
    expect(slow.seconds.total - average.seconds.total).toBeCloseTo(22, 6);
  });

  it("splits the time by step", () => {
    const prediction = predict([
      { kind: "click", target: "Report a breach" },
      { kind: "step", title: "What happened" },
      { kind: "read", words: 100 },
      { kind: "step", title: "When" },
      { kind: "check", target: "awareAt" },
    ]);
    expect(prediction.steps.map((step) => step.title)).toEqual(["start", "What happened", "When"]);
    expect(prediction.steps[1]!.seconds.total).toBeCloseTo(30, 6);
    expect(prediction.steps.reduce((sum, step) => sum + step.seconds.total, 0)).toBeCloseTo(prediction.seconds.total, 6);
    // reading 30 s, pointing P + BB = 1.3 s, mental 2 M = 2.7 s: 34 s in all.
    expect(formatPrediction("example", prediction)).toMatch(/^TOTAL +30\.0 +0\.0 +1\.3 +0\.0 +2\.7 +0\.0 +34\.0 \| +100 +0 +1 +0 +2$/m);
  });

  it("tells a long form from a short one against the five-minute limit", () => {
    // A form of 24 inputs, each with a 35-word question and help read, a choice or a 40-character answer.
    const long: Interaction[] = [];
    for (let field = 0; field < 24; field++) {
      long.push({ kind: "read", words: 35 });
      long.push(
        field % 2 ? { kind: "click", target: `choice ${field}` } : { kind: "type", target: `field ${field}`, keystrokes: 40, via: "mouse" },
      );
    }
    expect(predict(long).seconds.total).toBeGreaterThan(FIVE_MINUTES_S);
    // The same form cut to 8 inputs of 15 words each is well inside it.
    const short = long.filter((_, index) => index < 16).map((step) => (step.kind === "read" ? { ...step, words: 15 } : step));
    expect(predict(short).seconds.total).toBeLessThan(FIVE_MINUTES_S);
  });
});
