import { describe, expect, it } from "vitest";
import { systemSummaryIn } from "@/lib/domain/timeline/system-summary";
import { messagesOf } from "@/lib/i18n/catalogue";

const version = { version: 2, riskLevel: "high", authority: { decision: "notify" }, subjects: { decision: "notify" } };

describe("timeline lines Breachdesk wrote, in the reader's language", () => {
  it("says the fixed lines in the reader's words and leaves English readers the stored text", () => {
    expect(systemSummaryIn("cs", "The practice became aware of the breach", [])).toBe(
      messagesOf("cs").documents.assessment.summaries.aware,
    );
    expect(systemSummaryIn("fr", "Assessment started", [])).toBe(messagesOf("fr").documents.assessment.summaries.under_assessment);
    expect(systemSummaryIn("en", "Assessment started", [])).toBe("Assessment started");
  });

  it("rewrites an assessment line from the version it names, and a filing line from its parts", () => {
    const assessed = systemSummaryIn("de", "Risk assessment v2: high risk; authority: notify; people: notify", [version]);
    expect(assessed).toContain("2");
    expect(assessed).not.toMatch(/Risk assessment|authority:/);
    const filed = systemSummaryIn("fr", "initial notification filed with CNIL (online form), reference ABC-1", []);
    expect(filed).toContain("CNIL");
    expect(filed).toContain("ABC-1");
    expect(filed).not.toMatch(/notification filed|online form/);
  });

  it("keeps what a person typed, and an assessment line whose version it cannot see, as stored", () => {
    expect(systemSummaryIn("cs", "Called the IT provider", [])).toBe("Called the IT provider");
    expect(systemSummaryIn("cs", "Risk assessment v1: risk", [version])).toBe("Risk assessment v1: risk");
  });
});
