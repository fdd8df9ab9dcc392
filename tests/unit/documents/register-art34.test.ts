import { describe, expect, it } from "vitest";
import { registerDocument } from "@/lib/domain/register/register-document";
import type { RegisterCommunication } from "@/lib/domain/register/register-communications";
import { registerCsv } from "@/lib/server/register/register-csv";
import { toRegisterRow, type RegisterSource } from "@/lib/server/register/register-row";

/* The register records the Art. 34 communications, planned measures, the practice's consequences and out-of-scope incidents. */
const LETTERS: RegisterCommunication = {
  communicationId: "c-letters",
  sentAt: "2026-11-25T09:00:00.000Z",
  channel: "letter",
  language: "fr",
  status: "partially_failed",
  reached: 118,
  notReached: 2,
  waiting: 0,
  subject: "Information importante sur vos données personnelles chez Imagerie du Lac",
  via: null,
};
const NOTICE: RegisterCommunication = {
  ...LETTERS,
  communicationId: "c-notice",
  channel: "public_notice",
  status: "sent",
  reached: null,
  notReached: null,
  subject: "Avis concernant un incident",
  via: "https://imagerie-du-lac.example/avis",
};

function source(overrides: Partial<RegisterSource> = {}): RegisterSource {
  return {
    id: "i1",
    reference: "BD-2026-0007",
    organization: { slug: "lac", name: "Imagerie du Lac" },
    title: "Image server reachable from the internet",
    state: "notified",
    occurredAt: new Date("2026-11-20T06:00:00Z"),
    discoveredAt: null,
    awareAt: new Date("2026-11-23T10:30:00Z"),
    timeZone: "Europe/Paris",
    facts: {
      role: "controller",
      breachTypes: ["availability"],
      dataCategories: ["identification", "medical_images"],
      subjects: { count: 120, categories: ["patients"] },
      availability: { backup: true, restoredWithinHours: 10, permanentLoss: false, careDisrupted: false },
    },
    regimes: ["gdpr"],
    containment: "Server restored from backup",
    ongoing: false,
    containedAt: new Date("2026-11-23T20:00:00Z"),
    tasksDone: ["Restore the server"],
    filings: [],
    latestAssessment: null,
    practiceConsequences: "Two scans were repeated.",
    measuresPlanned: "Move the image server behind the VPN.",
    communications: [LETTERS, NOTICE],
    ...overrides,
  };
}

function documentFields(rowSource: RegisterSource) {
  const model = registerDocument({
    rows: [toRegisterRow(rowSource)],
    statistics: [],
    filtersInWords: "all incidents",
    generatedAt: new Date("2026-11-28T09:00:00Z"),
    timeZone: "Europe/Paris",
  });
  const block = model.sections[2]!.blocks[0];
  if (block?.kind !== "fields") throw new Error("expected fields");
  return (label: string) => block.rows.find((row) => row.label === label)?.value;
}

/** The CSV's cell under a header, for the one data row. */
function csvCell(rowSource: RegisterSource, header: string): string {
  const [head, line] = registerCsv([toRegisterRow(rowSource)])
    .replace(/^\uFEFF/, "")
    .split("\r\n");
  const split = (text: string) =>
    [...text.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((match) => match[1]!.replace(/^"|"$/g, "").replace(/""/g, '"'));
  const index = split(head!).indexOf(header);
  expect(index).toBeGreaterThan(-1);
  return split(line!)[index]!;
}

describe("Art. 34 communications in the register", () => {
  it("lists each communication made: date, channel, language, reached and not reached, and the notice", () => {
    const value = documentFields(source());
    const told = value("People told (Art. 34)")!;
    expect(told).toContain(
      "25 Nov 2026, 10:00 CET · letter (fr) · 118 reached, 2 not reached · “Information importante sur vos " +
        "données personnelles chez Imagerie du Lac” (ref c-letters)",
    );
    expect(told).toContain("public notice (fr) · published: https://imagerie-du-lac.example/avis");
    expect(csvCell(source(), "Communications to people (Art. 34)")).toContain("118 reached, 2 not reached");
  });

  it("says when nobody was told", () => {
    expect(documentFields(source({ communications: [] }))("People told (Art. 34)")).toBe("none");
  });
});

describe("measures and consequences in the register", () => {
  it("keeps planned measures apart from what was done", () => {
    const value = documentFields(source());
    expect(value("Containment")).toBe("Server restored from backup");
    expect(value("Measures planned")).toBe("Move the image server behind the VPN.");
    expect(csvCell(source(), "Measures planned")).toBe("Move the image server behind the VPN.");
  });

  it("records the practice's own consequences and no disrupted care the practice ruled out", () => {
    const consequences = toRegisterRow(source()).effects.likelyConsequences;
    expect(consequences[0]).toBe("Two scans were repeated.");
    expect(consequences.join(" ")).not.toContain("Care may be delayed");
  });
});

describe("incidents that are not personal-data breaches", () => {
  it("are recorded as such, with the reason and without a notification deadline", () => {
    const facts = { ...source().facts, scope: "deceased_only" as const };
    const value = documentFields(source({ facts, communications: [] }));
    expect(value("Personal data breach")).toBe("No. The data concern deceased people only; the GDPR does not apply to them (Recital 27).");
    expect(value("Notify authority by")).toBeUndefined();
    expect(csvCell(source({ facts }), "Personal data breach")).toBe("no");
    expect(csvCell(source({ facts }), "Why not a personal data breach")).toContain("deceased people only");
    expect(csvCell(source(), "Personal data breach")).toBe("yes");
  });
});
