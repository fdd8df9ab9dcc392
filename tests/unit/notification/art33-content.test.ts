import { describe, expect, it } from "vitest";
import { buildArt33Content } from "@/lib/domain/notification/art33-content";
import { checkCompleteness } from "@/lib/domain/notification/completeness";
import { notificationDeadline } from "@/lib/domain/notification/timing";
import type { NotificationInput } from "@/lib/domain/notification/types";
import { AWARE_AT, LATE, ON_TIME, completeIncident } from "./complete-incident";

describe("buildArt33Content for a complete incident", () => {
  const content = buildArt33Content(completeIncident(), ON_TIME);

  it("gives (a) the nature with categories and approximate numbers", () => {
    expect(content.nature.description).toContain("server was hacked");
    expect(content.nature.breachTypes).toEqual(["confidentiality"]);
    expect(content.nature.dataCategories).toEqual(["identification", "contact", "health"]);
    expect(content.nature.specialCategoriesInvolved).toBe(true);
    expect(content.nature.subjectCategories).toEqual(["patients"]);
    expect(content.nature.approximateSubjects).toBe(5300);
    expect(content.nature.approximateRecords).toBe(5300);
  });

  it("gives (b) the DPO as contact point", () => {
    expect(content.contactPoint).toEqual({
      name: "Claire Martin",
      email: "dpo@cabinet-lilas.fr",
      phone: "+33 1 23 45 67 89",
      isDpo: true,
    });
  });

  it("gives (c) the manager's likely consequences, not derived ones", () => {
    expect(content.likelyConsequences.source).toBe("manager");
    expect(content.likelyConsequences.text).toContain("health information");
    expect(content.likelyConsequences.derivedCodes).toEqual([]);
    expect(content.likelyConsequences.riskLevel).toBe("high");
  });

  it("gives (d) the measures taken and proposed", () => {
    expect(content.measures.taken).toContain("taken offline");
    expect(content.measures.proposed).toContain("Encrypt exports");
  });

  it("lists nothing missing and calls itself a complete first notification", () => {
    expect(content.missing).toEqual([]);
    expect(content.notificationType).toEqual({ kind: "complete", sequence: 1, previousFilings: [] });
    expect(content.delay).toEqual({ late: false, deadline: "2026-03-30T22:30:00.000Z", reasons: null });
  });
});

describe("checkCompleteness: removing one item lists exactly that item", () => {
  type Row = [id: string, requiredFor: "art33" | "template", remove: (input: NotificationInput) => void];
  const facts = (input: NotificationInput) => {
    if (!input.incident.facts) throw new Error("fixture has facts");
    return input.incident.facts;
  };
  const rows: Row[] = [
    [
      "organisation.name",
      "art33",
      (i) => {
        i.organisation.name = null;
      },
    ],
    [
      "contact.name",
      "art33",
      (i) => {
        i.organisation.contactPoint = { ...i.organisation.contactPoint, name: "" };
      },
    ],
    [
      "contact.details",
      "art33",
      (i) => {
        i.organisation.contactPoint = { ...i.organisation.contactPoint, email: null, phone: "  " };
      },
    ],
    [
      "nature.description",
      "art33",
      (i) => {
        i.incident.description = undefined;
      },
    ],
    [
      "nature.breachTypes",
      "art33",
      (i) => {
        facts(i).breachTypes = [];
        facts(i).confidentiality = undefined;
      },
    ],
    [
      "nature.dataCategories",
      "art33",
      (i) => {
        facts(i).dataCategories = [];
      },
    ],
    [
      "nature.subjectCategories",
      "art33",
      (i) => {
        facts(i).subjects = { count: 5300, categories: [] };
      },
    ],
    [
      "nature.subjectCount",
      "art33",
      (i) => {
        facts(i).subjects = { count: null, categories: ["patients"] };
      },
    ],
    [
      "nature.records",
      "art33",
      (i) => {
        facts(i).records = null;
      },
    ],
    [
      "measures",
      "art33",
      (i) => {
        i.incident.measuresTaken = null;
        i.incident.measuresProposed = "";
      },
    ],
    [
      "measures.taken",
      "template",
      (i) => {
        i.incident.measuresTaken = null;
      },
    ],
    [
      "measures.proposed",
      "template",
      (i) => {
        i.incident.measuresProposed = null;
      },
    ],
    [
      "organisation.country",
      "template",
      (i) => {
        i.organisation.country = null;
      },
    ],
    [
      "organisation.address",
      "template",
      (i) => {
        i.organisation.address = "";
      },
    ],
    [
      "timeline.occurredAt",
      "template",
      (i) => {
        i.incident.occurredAt = null;
      },
    ],
    [
      "timeline.discoveredAt",
      "template",
      (i) => {
        i.incident.discoveredAt = null;
      },
    ],
    [
      "timeline.howDiscovered",
      "template",
      (i) => {
        i.incident.howDiscovered = null;
      },
    ],
    [
      "timeline.ongoing",
      "template",
      (i) => {
        i.incident.ongoing = null;
      },
    ],
    [
      "timeline.containedAt",
      "template",
      (i) => {
        i.incident.containedAt = null;
      },
    ],
    [
      "nature.cause",
      "template",
      (i) => {
        facts(i).cause = undefined;
      },
    ],
    [
      "nature.confidentiality",
      "template",
      (i) => {
        facts(i).confidentiality = null;
      },
    ],
    [
      "protection.encryption",
      "template",
      (i) => {
        facts(i).encryption = undefined;
      },
    ],
    [
      "protection.identifiability",
      "template",
      (i) => {
        facts(i).identifiability = undefined;
      },
    ],
    [
      "consequences.assessment",
      "template",
      (i) => {
        i.assessment = null;
      },
    ],
    [
      "communication.status",
      "template",
      (i) => {
        i.communication = null;
      },
    ],
    [
      "crossBorder",
      "template",
      (i) => {
        i.incident.crossBorder = null;
      },
    ],
  ];

  it.each(rows)("%s", (id, requiredFor, remove) => {
    const input = completeIncident();
    remove(input);
    const missing = checkCompleteness(input, ON_TIME);
    expect(missing.map((item) => item.id)).toEqual([id]);
    expect(missing[0]?.requiredFor).toBe(requiredFor);
    expect(missing[0]?.message.length).toBeGreaterThan(10);
  });

  it("asks for the reasons of a late notification, and only when late", () => {
    const input = completeIncident();
    expect(checkCompleteness(input, ON_TIME)).toEqual([]);
    const late = checkCompleteness(input, LATE);
    expect(late.map((item) => item.id)).toEqual(["delay.reasons"]);
    expect(late[0]).toMatchObject({ section: "notification_type", field: "lateReasons", requiredFor: "art33" });
    input.lateReasons = "The provider told us the scope only on 1 April.";
    expect(checkCompleteness(input, LATE)).toEqual([]);
  });

  it("says an estimate is enough for the number of people", () => {
    const input = completeIncident();
    input.incident.facts = { ...input.incident.facts, subjects: { categories: ["patients"] } };
    const [item] = checkCompleteness(input, ON_TIME);
    expect(item?.message).toContain("an estimate is enough");
    expect(item?.field).toBe("incident.facts.subjects.count");
  });
});

describe("likely consequences", () => {
  it("are derived from the facts when the manager wrote none, and marked as derived", () => {
    const input = completeIncident();
    input.incident.likelyConsequences = null;
    const content = buildArt33Content(input, ON_TIME);
    expect(content.likelyConsequences.source).toBe("derived");
    expect(content.likelyConsequences.text).toBeNull();
    expect(content.likelyConsequences.derivedCodes).toEqual([
      "loss_of_confidentiality_health",
      "phishing_and_impersonation",
      "discrimination_or_reputation",
      "distress",
    ]);
    expect(content.likelyConsequences.assessmentReasons).toEqual([
      "Health data of patients was exposed.",
      "The data was published on the internet.",
    ]);
    expect(content.missing).toEqual([]);
  });

  it("are listed as missing when nothing is known to derive them from", () => {
    const input: NotificationInput = {
      organisation: { name: "Praxis", contactPoint: { name: "A", email: "a@example.org" } },
      incident: { awareAt: AWARE_AT, timeZone: "Europe/Berlin", description: "Something happened." },
    };
    const content = buildArt33Content(input, ON_TIME);
    expect(content.likelyConsequences.source).toBe("none");
    expect(content.missing.map((item) => item.id)).toContain("consequences.text");
    expect(content.nature.approximateSubjects).toBeNull();
  });
});

describe("notification type and delay (Art. 33(1) and 33(4))", () => {
  it("is initial while Art. 33(3) items are missing and nothing was filed", () => {
    const input = completeIncident();
    input.incident.facts = { ...input.incident.facts, records: null };
    expect(buildArt33Content(input, ON_TIME).notificationType.kind).toBe("initial");
  });

  it("is a follow-up after a filing while items are still missing", () => {
    const input = completeIncident();
    input.incident.facts = { ...input.incident.facts, records: null };
    input.filings = [{ kind: "initial", filedAt: "2026-03-28T10:00:00.000Z" }];
    const type = buildArt33Content(input, ON_TIME).notificationType;
    expect(type.kind).toBe("follow-up");
    expect(type.sequence).toBe(2);
  });

  it("judges lateness by the first filing, not by the follow-up being prepared", () => {
    const input = completeIncident();
    input.filings = [{ kind: "initial", filedAt: "2026-03-30T10:00:00.000Z" }];
    expect(buildArt33Content(input, LATE).delay.late).toBe(false);
    input.filings = [{ kind: "initial", filedAt: "2026-03-30T22:30:01.000Z" }];
    input.lateReasons = "Our IT provider only confirmed the leak on Monday evening.";
    const delay = buildArt33Content(input, LATE).delay;
    expect(delay.late).toBe(true);
    expect(delay.reasons).toBe("Our IT provider only confirmed the leak on Monday evening.");
  });

  it("counts the 72 hours as elapsed time across the DST change", () => {
    expect(notificationDeadline(AWARE_AT)).toBe("2026-03-30T22:30:00.000Z");
  });
});
