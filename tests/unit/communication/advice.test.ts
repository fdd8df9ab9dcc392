import { describe, expect, it } from "vitest";
import { chooseAdvice, type AdviceCode } from "@/lib/domain/communication/advice";
import type { BreachFactsDraft } from "@/lib/domain/notification/types";

describe("chooseAdvice follows the data categories", () => {
  it.each<[string, BreachFactsDraft, AdviceCode[]]>([
    ["credentials", { breachTypes: ["confidentiality"], dataCategories: ["credentials"] }, ["change_password"]],
    ["contact details", { breachTypes: ["confidentiality"], dataCategories: ["contact"] }, ["watch_phishing"]],
    ["identification", { breachTypes: ["confidentiality"], dataCategories: ["identification"] }, ["watch_phishing"]],
    ["financial", { breachTypes: ["confidentiality"], dataCategories: ["financial"] }, ["watch_bank_statements"]],
    ["official id", { breachTypes: ["confidentiality"], dataCategories: ["official_id"] }, ["identity_fraud"]],
    ["health", { breachTypes: ["confidentiality"], dataCategories: ["health"] }, ["health_information"]],
    [
      "everything at once, passwords first",
      { breachTypes: ["confidentiality"], dataCategories: ["health", "official_id", "financial", "contact", "credentials"] },
      ["change_password", "watch_phishing", "watch_bank_statements", "identity_fraud", "health_information"],
    ],
    ["lost access only", { breachTypes: ["availability"], dataCategories: ["health", "credentials"] }, ["continuity_of_care"]],
    ["nothing known", {}, []],
  ])("%s", (_label, facts, expected) => {
    expect(chooseAdvice(facts)).toEqual(expected);
  });
});
