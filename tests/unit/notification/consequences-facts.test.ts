import { describe, expect, it } from "vitest";
import { consequencesInEnglish, deriveConsequences } from "@/lib/domain/notification/consequences";
import type { BreachFactsDraft } from "@/lib/domain/notification/types";

/* Consequences are stated only where the facts support them; the practice's own words always come first. */
const outage = (facts: Partial<BreachFactsDraft>): BreachFactsDraft => ({
  breachTypes: ["availability"],
  dataCategories: ["identification", "health"],
  subjects: { count: 40, categories: ["patients"] },
  availability: { backup: true, restoredWithinHours: 6, permanentLoss: false },
  ...facts,
});

describe("deriveConsequences", () => {
  it("says care may be delayed for patients' records that could not be used", () => {
    expect(deriveConsequences(outage({}))).toContain("disrupted_care");
  });

  it("never says care may be delayed for staff-only data", () => {
    expect(deriveConsequences(outage({ subjects: { count: 12, categories: ["employees"] } }))).not.toContain("disrupted_care");
    expect(deriveConsequences(outage({ subjects: { count: 3, categories: ["employees", "job_applicants"] } }))).not.toContain(
      "disrupted_care",
    );
    expect(deriveConsequences(outage({ subjects: { count: 15, categories: ["employees", "patients"] } }))).toContain("disrupted_care");
  });

  it("does not state disrupted care once the practice knows care was not disrupted", () => {
    const facts = outage({ availability: { backup: true, restoredWithinHours: 1, permanentLoss: false, careDisrupted: false } });
    expect(deriveConsequences(facts)).not.toContain("disrupted_care");
  });

  it("treats medical images as health data and ordinary photos as not", () => {
    const leak = (category: "images" | "medical_images") =>
      deriveConsequences({
        breachTypes: ["confidentiality"],
        dataCategories: [category],
        confidentiality: { recipients: "public", exfiltration: "unknown" },
      });
    expect(leak("medical_images")).toContain("loss_of_confidentiality_health");
    expect(leak("medical_images")).not.toContain("disclosure_of_sensitive_data");
    expect(leak("images")).not.toContain("loss_of_confidentiality_health");
  });
});

describe("consequencesInEnglish", () => {
  it("keeps the practice's description as typed, before the derived sentences", () => {
    const lines = consequencesInEnglish(outage({}), "  Two chemotherapy sessions were postponed.  ");
    expect(lines[0]).toBe("Two chemotherapy sessions were postponed.");
    expect(lines.slice(1).join(" ")).toContain("Care may be delayed");
  });
});
