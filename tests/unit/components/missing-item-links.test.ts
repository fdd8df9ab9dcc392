import { describe, expect, it } from "vitest";
import { checkCommunicationCompleteness } from "@/lib/domain/communication/completeness";
import { checkCompleteness } from "@/lib/domain/notification/completeness";
import type { NotificationInput } from "@/lib/domain/notification/types";
import { whereToEnter } from "@/components/notification/missing-item-links";
import { AWARE_AT } from "../notification/complete-incident";

/*
 * A missing item that is answered in the practice's details, not on the incident, must say where: without the
 * link a DPO reads "Name the person patients can contact" on the letter and has nowhere to do it.
 */
const almostNothing = (country: string): NotificationInput => ({
  organisation: { name: "", country },
  incident: { awareAt: AWARE_AT, timeZone: "Europe/Paris" },
});

// Answered elsewhere than Settings: the HIPAA toll-free line is part of the incident's notification details.
const notInSettings = new Set(["organisation.contactPoint.tollFreePhone"]);

describe("missing items of the practice's details link to Settings", () => {
  it.each(["FR", "CZ", "DE", "IE"])("every organisation field missing for a practice in %s has a place", (country) => {
    const input = almostNothing(country);
    const fields = [...checkCompleteness(input), ...checkCommunicationCompleteness(input)]
      .map((item) => item.field)
      .filter((field) => field.startsWith("organisation.") && !notInSettings.has(field));
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) expect({ field, place: whereToEnter(field, "org-1") }).toEqual({ field, place: expect.anything() });
  });

  it("links the letter's contact point to the practice details of the right practice", () => {
    const place = whereToEnter("organisation.contactPoint.name", "org 1");
    expect(place?.href).toBe("/settings?org=org%201#practice-heading");
  });

  it("gives no place for what is answered on the incident", () => {
    expect(whereToEnter("incident.measuresTaken", "org-1")).toBeNull();
  });
});
