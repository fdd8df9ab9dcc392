import { describe, expect, it } from "vitest";
import { COMMUNICATION_STATUSES } from "@/components/communications/communication-labels";
import { messagesOf } from "@/lib/i18n/catalogue";
import { clocksOf, obligationLabel, openClocks } from "@/components/incidents/file/clock-view";
import { stateLabel } from "@/components/incidents/incident-labels";
import { obligationHref, obligationPlace } from "@/components/incidents/file/obligation-places";
import { FILING_CHANNEL_LABELS, FILING_KIND_LABELS } from "@/components/notification/filing-labels";
import { computeDeadlines, OBLIGATION_IDS } from "@/lib/domain/deadlines";
import { FILING_CHANNELS, FILING_KINDS } from "@/lib/schemas/filing";
import { INCIDENT_STATES } from "@/lib/schemas/incident-work";
import { LOCALES } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

const facts = { role: "controller" as const, subjects: { count: 40 } };
const incident = { id: "inc1", awareAt: "2026-03-27T08:30:00.000Z", timeZone: "Europe/Paris", regimes: ["gdpr"], facts, state: "notified" };

/** The deadlines of a high-risk GDPR incident whose authority filing is recorded: only Art. 33(1) is met. */
function afterFiling() {
  const every = computeDeadlines({
    awareAt: new Date(incident.awareAt),
    timeZone: incident.timeZone,
    regimes: ["gdpr"],
    options: { role: "controller", highRisk: true, firstFilings: { gdpr: { filedAt: new Date("2026-03-28T10:00:00Z"), complete: false } } },
  });
  return every.map((deadline) => ({ deadline, met: deadline.obligation === "notify-authority" }));
}

describe("the incident file's open obligations", () => {
  it("keeps every obligation not met open after the authority filing, nearest first, not just the Art. 33 clock", () => {
    const clocks = clocksOf(incident, new Date("2026-03-28T12:00:00Z"), afterFiling());
    expect(clocks.find((clock) => clock.obligation === "notify-authority")).toMatchObject({ status: "stopped", standing: "met" });
    const open = openClocks(clocks);
    expect(open.map((clock) => clock.obligation)).toContain("communicate-subjects");
    expect(open.every((clock) => clock.status !== "stopped")).toBe(true);
    const dues = open.map((clock) => clocks.indexOf(clock));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
  });

  it("links telling the people to the communications page, and the filings to the notification page", () => {
    expect(obligationHref("inc1", "communicate-subjects")).toBe("/incidents/inc1/communications");
    expect(obligationHref("inc1", "notify-media")).toBe("/incidents/inc1/communications");
    expect(obligationHref("inc1", "notify-authority")).toBe("/incidents/inc1/notification");
    expect(obligationHref("inc1", "follow-up-notification")).toBe("/incidents/inc1/notification");
  });

  it.each(LOCALES)("has a place, link words and a label for every obligation (%s)", (locale) => {
    const t = translatorFor(locale);
    for (const obligation of OBLIGATION_IDS) {
      expect(obligationHref("x", obligation)).toMatch(/^\/incidents\/x\/(notification|communications)$/);
      expect(t(`incidentFile.places.${obligationPlace(obligation)}`)).toMatch(/^\p{Lu}/u);
      expect(obligationLabel(t, obligation)).toMatch(/^\p{Lu}/u);
    }
  });
});

describe("labels for stored values", () => {
  const english = translatorFor("en");
  const raw = /^[a-z]+([_-][a-z]+)*$/;
  const cases: Array<[string, readonly string[], Record<string, string>]> = [
    ["incident states", INCIDENT_STATES, Object.fromEntries(INCIDENT_STATES.map((state) => [state, stateLabel(english, state)]))],
    ["state moves", INCIDENT_STATES, Object.fromEntries(INCIDENT_STATES.map((state) => [state, english(`incident.transitions.${state}`)]))],
    ["communication statuses", COMMUNICATION_STATUSES, messagesOf("en").communications.status],
    ["filing kinds", FILING_KINDS, FILING_KIND_LABELS],
    ["filing channels", FILING_CHANNELS, FILING_CHANNEL_LABELS],
  ];
  it.each(cases)("words every one of the %s, never the stored id", (_name, values, labels) => {
    for (const value of values) {
      expect(labels[value], value).toBeTruthy();
      expect(labels[value], value).not.toMatch(raw);
      expect(labels[value], value).not.toContain("_");
    }
  });
});
