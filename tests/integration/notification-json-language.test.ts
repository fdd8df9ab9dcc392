import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FACT_GAPS } from "@/lib/domain/notification/edpb-template-answers";
import type { Actor } from "@/lib/server/actor";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { exportNotification } from "@/lib/server/notification/get-notification-draft";
import { createTestContext, type TestContext } from "./support/test-context";
import { stolenRecords } from "./support/facts";
import { member } from "./support/member";
import { value } from "./support/value";

/*
 * The notification JSON (the packet's and the download's) for the CNIL, the ÚOOÚ or a German authority asks
 * the EDPB template's questions in the document's language; its keys, ids and values are those of the English.
 */
let ctx: TestContext;
const lawyers: Record<string, Actor & { kind: "user" }> = {};
const incidents: Record<string, string> = {};

type TemplateJson = {
  authority: { id: string; language: string };
  templateAnswers: {
    answers: Array<{ questionId: string; question: string; value: unknown }>;
    missing: Array<{ questionId: string; question: string; reason: string; gap: string | null }>;
  };
};

beforeAll(async () => {
  ctx = await createTestContext();
  for (const [slug, country, timeZone] of [
    ["cabinet", "FR", "Europe/Paris"],
    ["ordinace", "CZ", "Europe/Prague"],
    ["praxis", "DE", "Europe/Berlin"],
    ["surgery", "IE", "Europe/Dublin"],
  ] as const) {
    const org = await ctx.db.organization.create({
      data: { slug, name: slug, country, timeZone, region: country === "DE" ? "DE-BE" : null },
    });
    const manager = await member(ctx, `manager-${slug}`, org.id, "manager");
    lawyers[slug] = await member(ctx, `lawyer-${slug}`, org.id, "lawyer");
    incidents[slug] = value(
      await createIncident(ctx, manager, {
        title: "Dossiers",
        description: "x",
        awareAt: "2026-03-20T09:30:00+01:00",
        timeZone,
        facts: stolenRecords(40, 40),
        submit: true,
      }),
    ).id;
  }
});
afterAll(async () => ctx.close());

async function templateJson(slug: string): Promise<TemplateJson> {
  const file = value(await exportNotification(ctx, lawyers[slug]!, { incidentId: incidents[slug]!, format: "json" }));
  return JSON.parse(Buffer.from(file.bytes).toString("utf8")) as TemplateJson;
}

describe("the notification JSON's template questions", () => {
  it.each([
    ["cabinet", "fr", "Quand l’organisme a-t-il pris connaissance de la violation\u00a0?", "Breachdesk n’enregistre pas"],
    ["ordinace", "cs", "Kdy se organizace o porušení dozvěděla?", "Breachdesk nezaznamenává"],
    ["praxis", "de", "Wann hat die Organisation von der Verletzung Kenntnis erlangt?", "Breachdesk erfasst"],
  ] as const)(
    "%s: in the authority's language (%s), with the English JSON's keys and values",
    async (slug, language, awareAt, gapStart) => {
      const json = await templateJson(slug);
      const english = await templateJson("surgery");
      expect(json.authority.language).toBe(language);
      expect(json.templateAnswers.answers.find((answer) => answer.questionId === "timeline.awareAt")?.question).toBe(awareAt);
      const gaps = json.templateAnswers.missing.filter((item) => item.gap !== null);
      expect(gaps.length).toBeGreaterThan(0);
      for (const gap of gaps) expect(Object.values(FACT_GAPS)).not.toContain(gap.reason);
      expect(gaps.some((gap) => gap.reason.startsWith(gapStart))).toBe(true);
      expect(Object.keys(json.templateAnswers).sort()).toEqual(Object.keys(english.templateAnswers).sort());
      expect(Object.keys(json.templateAnswers.answers[0]!).sort()).toEqual(Object.keys(english.templateAnswers.answers[0]!).sort());
    },
  );

  it("for an English-language authority (the DPC): the questions as they always read", async () => {
    const json = await templateJson("surgery");
    expect(json.authority.language).toBe("en");
    expect(json.templateAnswers.answers.find((answer) => answer.questionId === "timeline.awareAt")?.question).toBe(
      "When did the organisation become aware of the breach?",
    );
  });
});
