import { describe, expect, it } from "vitest";
import { problemsFor } from "@/lib/i18n/problem-translator";
import { ABANDONED, FAILED } from "@/lib/server/packet/export-jobs";

// A packet export that failed or was abandoned says so on the notification page in the reader's language.
describe("a failed packet export's message", () => {
  it.each(["fr", "cs", "de"] as const)("is said in %s", (locale) => {
    const say = problemsFor(locale);
    for (const message of [FAILED, ABANDONED, "Invalid request."]) expect(say(message), message).not.toBe(message);
  });
});
