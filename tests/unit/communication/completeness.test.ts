import { describe, expect, it } from "vitest";
import { checkCommunicationCompleteness } from "@/lib/domain/communication/completeness";
import type { NotificationInput } from "@/lib/domain/notification/types";
import { AWARE_AT, completeIncident } from "../notification/complete-incident";

describe("checkCommunicationCompleteness", () => {
  it("finds nothing missing for a complete incident", () => {
    expect(checkCommunicationCompleteness(completeIncident())).toEqual([]);
  });

  it.each<[string, (input: NotificationInput) => void]>([
    [
      "organisation.name",
      (i) => {
        i.organisation.name = "";
      },
    ],
    [
      "contact.name",
      (i) => {
        i.organisation.contactPoint = { ...i.organisation.contactPoint, name: null };
      },
    ],
    [
      "contact.details",
      (i) => {
        i.organisation.contactPoint = { ...i.organisation.contactPoint, email: null, phone: null };
      },
    ],
    [
      "measures",
      (i) => {
        i.incident.measuresTaken = null;
        i.incident.measuresProposed = null;
      },
    ],
    [
      "nature.dataCategories",
      (i) => {
        i.incident.facts = { ...i.incident.facts, dataCategories: [] };
      },
    ],
  ])("lists %s when it is removed", (id, remove) => {
    const input = completeIncident();
    remove(input);
    expect(checkCommunicationCompleteness(input).map((item) => item.id)).toEqual([id]);
  });

  it("lists the nature, the consequences and the contact when almost nothing is known", () => {
    const input: NotificationInput = {
      organisation: { name: "Praxis Dr. Weber" },
      incident: { awareAt: AWARE_AT, timeZone: "Europe/Berlin", measuresTaken: "Passwörter zurückgesetzt." },
    };
    expect(checkCommunicationCompleteness(input).map((item) => item.id)).toEqual([
      "contact.name",
      "contact.details",
      "nature.breachTypes",
      "nature.dataCategories",
      "consequences",
    ]);
  });
});
