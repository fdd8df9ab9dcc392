import { describe, expect, it } from "vitest";
import { buildPublicNotice, buildSubjectMessage } from "@/lib/domain/communication/build-message";
import { checkCommunicationCompleteness, hipaaSubstituteNotice } from "@/lib/domain/communication/completeness";
import { NotAPersonalDataBreachError } from "@/lib/domain/communication/placeholders";
import { MESSAGE_LANGUAGES, type MessageLanguage } from "@/lib/domain/communication/templates/template-types";
import type { NotificationInput } from "@/lib/domain/notification/types";
import { completeIncident } from "../notification/complete-incident";

/* The letter tells this breach, from its facts, and keeps what was done apart from what is planned. */
function letter(input: NotificationInput, language: MessageLanguage = "en", name = "Marie Dubois") {
  const result = buildSubjectMessage(input, language, { name });
  if (!result.ok) throw new Error(`render failed: ${result.error.missing.join(", ")}`);
  return result.message;
}

/** The text under one heading, up to the next heading. */
function section(input: NotificationInput, heading: string, language: MessageLanguage = "en"): string {
  const blocks = letter(input, language).blocks;
  const start = blocks.findIndex((block) => block.kind === "heading" && block.text === heading);
  if (start === -1) return "";
  const end = blocks.findIndex((block, index) => index > start && block.kind === "heading");
  return blocks
    .slice(start + 1, end === -1 ? undefined : end)
    .map((block) => (block.kind === "list" ? block.items.join("\n") : block.text))
    .join("\n");
}

describe("measures done and planned", () => {
  const PLANNED = {
    en: "What we will still do",
    fr: "Ce que nous allons encore faire",
    cs: "Co ještě učiníme",
    de: "Was wir noch unternehmen werden",
  };
  const DONE = {
    en: "What we have done",
    fr: "Ce que nous avons déjà fait",
    cs: "Co jsme již učinili",
    de: "Was wir bereits unternommen haben",
  };

  it.each(MESSAGE_LANGUAGES)("never lists a planned measure under what was done (%s)", (language) => {
    const input = completeIncident();
    expect(section(input, DONE[language], language)).toContain("The file was taken offline");
    expect(section(input, DONE[language], language)).not.toContain("Encrypt exports");
    expect(section(input, PLANNED[language], language)).toContain("Encrypt exports");
  });

  it("with only planned measures, says nothing was done rather than calling the plan done", () => {
    const input = completeIncident();
    input.incident.measuresTaken = null;
    expect(section(input, "What we have done")).toBe("");
    expect(section(input, "What we will still do")).toBe("Encrypt exports and review the provider's security every year.");
  });
});

describe("the nature of this breach", () => {
  it("says what happened, which system, when and for how long, from the facts", () => {
    const text = section(completeIncident(), "What happened");
    expect(text).toContain("Some of your information was copied or taken away by people who were not entitled to it.");
    expect(text).toContain("It lasted from 26 March 2026 to 28 March 2026.");
    expect(text).toContain("We found out about it on 27 March 2026.");
    expect(text).toContain("System concerned: Online booking platform run by the processor, hosted in France.");
  });

  it("does not say the data was taken when copying was ruled out and nobody opened it", () => {
    const input = completeIncident();
    input.incident.facts!.confidentiality = { recipients: "public", exfiltration: "ruled_out", access: "ruled_out" };
    const text = section(input, "What happened");
    expect(text).toContain("nobody opened it");
    expect(text).toContain("it was not copied");
    expect(text).not.toContain("was copied or taken away");
  });

  it("tells an outage that is still going on, and care actually disrupted", () => {
    const input = completeIncident();
    input.incident.ongoing = true;
    input.incident.facts = {
      ...input.incident.facts,
      breachTypes: ["availability"],
      confidentiality: null,
      availability: { backup: false, restoredWithinHours: null, permanentLoss: true, careDisrupted: true },
    };
    const text = section(input, "What happened");
    expect(text).toContain("Some of your information was lost and cannot be recovered.");
    expect(text).toContain("some appointments or treatments were delayed");
    expect(text).toContain("It began on 26 March 2026 and has not been fully resolved yet.");
  });

  it("writes a different story for two different breaches", () => {
    const other = completeIncident();
    other.incident.facts = {
      ...other.incident.facts,
      breachTypes: ["integrity"],
      confidentiality: null,
      integrity: { recoverable: true, usedBeforeCorrection: true },
    };
    expect(section(other, "What happened")).toContain("The changed information was used before we corrected it.");
    expect(section(other, "What happened")).not.toEqual(section(completeIncident(), "What happened"));
  });

  it("lists no more data than was recorded, and the practice's own list as typed", () => {
    const input = completeIncident();
    input.incident.facts = { ...input.incident.facts, dataCategories: ["identification"] };
    input.incident.dataItems = "Name only (no address, no date of birth)";
    const text = section(input, "Which information is concerned");
    expect(text).not.toContain("your name, address and date of birth");
    expect(text).toContain("details that identify you");
    expect(text).toContain("In detail: Name only (no address, no date of birth)");
  });
});

describe("consequences", () => {
  it("include the practice's own description beside the derived ones", () => {
    const text = section(completeIncident(), "What this could mean for you");
    expect(text).toContain("Other people could learn about your health.");
    expect(text).toContain("Patients' health information may be known to anyone who downloaded the file.");
  });

  it("never say care may be delayed for staff-only data", () => {
    const input = completeIncident();
    input.incident.facts = {
      ...input.incident.facts,
      breachTypes: ["availability"],
      confidentiality: null,
      subjects: { count: 8, categories: ["employees"] },
      availability: { backup: true, restoredWithinHours: 4, permanentLoss: false },
    };
    const message = letter(input);
    expect(message.text).not.toContain("appointments or treatments could be delayed");
    expect(message.advice).not.toContain("continuity_of_care");
  });
});

describe("formal register in French, Czech and German", () => {
  it.each([
    ["fr", "Madame, Monsieur,"],
    ["cs", "Vážená paní, vážený pane,"],
  ] as const)("%s letters open with the formal salutation, never the name in the nominative", (language, salutation) => {
    const text = letter(completeIncident(), language, "Jan Novák").text;
    expect(text.startsWith(salutation)).toBe(true);
    expect(text).not.toContain("Jan Novák,");
  });

  it("keeps no informal or gender-assuming phrasing a native writer would not sign", () => {
    const input = completeIncident();
    input.incident.facts = {
      ...input.incident.facts,
      dataCategories: ["identification", "official_id", "location", "health", "financial"],
    };
    const fr = letter(input, "fr").text + buildPublicNoticeText(input, "fr");
    const cs = letter(input, "cs").text + buildPublicNoticeText(input, "cs");
    const de = letter(input, "de").text;
    for (const phrase of [
      "Bonjour",
      "Soyez attentif",
      "inquiet",
      "traité injustement",
      "vous êtes rendu",
      "Si vous êtes concerné",
      "Bien cordialement",
    ]) {
      expect(fr).not.toContain(phrase);
    }
    for (const phrase of ["Dobrý den", "Buďte opatrní", "jste byli", "jste nežádali", "ozvěte se", "u nás ("])
      expect(cs).not.toContain(phrase);
    for (const phrase of ["einloggen", "Was passiert ist"]) expect(de).not.toContain(phrase);
  });
});

function buildPublicNoticeText(input: NotificationInput, language: MessageLanguage): string {
  const notice = buildPublicNotice(input, language);
  if (!notice.ok) throw new Error(notice.error.missing.join(", "));
  return notice.message.text;
}

describe("HIPAA notices (45 CFR 164.404)", () => {
  function hipaaIncident(): NotificationInput {
    const input = completeIncident();
    input.incident.regimes = ["hipaa"];
    input.organisation.country = "US";
    input.organisation.contactPoint = {
      ...input.organisation.contactPoint,
      tollFreePhone: "1-800-555-0100",
      website: "https://clinic.example/breach",
    };
    return input;
  }

  it("gives the dates, the steps to take and a toll-free number with the other ways to ask", () => {
    const text = letter(hipaaIncident()).text;
    expect(text).toContain("It lasted from 26 March 2026");
    expect(text).toContain("We found out about it on 27 March 2026");
    expect(text).toContain("explanation of benefits");
    expect(text).toContain("call us toll-free at 1-800-555-0100");
    expect(text).toContain("visit https://clinic.example/breach");
    expect(text).toContain("write to dpo@cabinet-lilas.fr");
  });

  it("lists what is missing before sending, such as the toll-free number", () => {
    const input = hipaaIncident();
    input.organisation.contactPoint!.tollFreePhone = null;
    input.incident.measuresProposed = null;
    input.incident.occurredAt = null;
    const ids = checkCommunicationCompleteness(input).map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining(["hipaa.tollFreePhone", "hipaa.prevention", "hipaa.occurredAt"]));
    const refused = buildSubjectMessage(input, "en");
    expect(refused.ok || refused.error.missing).toEqual(["tollFree"]);
    expect(checkCommunicationCompleteness(completeIncident()).map((item) => item.id)).toEqual([]);
  });

  it("posts the substitute notice for 90 days with a toll-free number in service for 90 days", () => {
    const text = buildPublicNoticeText(hipaaIncident(), "en");
    expect(text).toContain("home page of our website for 90 days");
    expect(text).toContain("toll-free number 1-800-555-0100. It stays in service for at least 90 days.");
    expect(buildPublicNoticeText(completeIncident(), "en")).not.toContain("90 days");
  });

  it("chooses the substitute notice by how many people could not be reached", () => {
    expect(hipaaSubstituteNotice(0)).toEqual({ kind: "none" });
    expect(hipaaSubstituteNotice(9)).toEqual({ kind: "alternative_written_or_phone" });
    expect(hipaaSubstituteNotice(10)).toEqual({ kind: "web_posting_or_media", postingDays: 90, tollFreeDays: 90 });
  });

  it("is refused in a language without the HIPAA elements", () => {
    const result = buildSubjectMessage(hipaaIncident(), "cs");
    expect(result.ok || result.error.missing).toEqual(["hipaaWordsInThisLanguage"]);
  });
});

describe("out-of-scope incidents", () => {
  it.each(["deceased_only", "no_personal_data"] as const)("write no letter and say why (%s)", (scope) => {
    const input = completeIncident();
    input.incident.facts = { ...input.incident.facts, scope };
    const result = buildSubjectMessage(input, "en");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBeInstanceOf(NotAPersonalDataBreachError);
    expect(buildPublicNotice(input, "fr").ok).toBe(false);
    const missing = checkCommunicationCompleteness(input);
    expect(missing.map((item) => item.id)).toEqual(["scope"]);
    expect(missing[0]?.message).toContain("not a personal-data breach");
  });
});
