import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IncidentIntakeInput } from "@/lib/schemas/incident";
import type { Actor } from "@/lib/server/actor";
import { getIncident } from "@/lib/server/incidents/get-incident";
import { reportIntake, saveIntakeDraft } from "@/lib/server/incidents/intake-report";
import { saveChangedFields } from "@/lib/server/incidents/save-changed-fields";
import { misdirectedResults } from "./support/facts";
import { member } from "./support/member";
import { createTestContext, type TestContext } from "./support/test-context";
import { value } from "./support/value";

/*
 * The intake's report parses the submitted answers once (strictly, naming every missing one) and hands that
 * parsed intake to the services; the edit form sends only the fields the person changed. Both on a real
 * database, read back as a page would.
 */
let ctx: TestContext;
let manager: Actor;

const complete: IncidentIntakeInput = {
  title: "  Lab results sent to the wrong patient ",
  description: "Blood test results were e-mailed to another patient.",
  discoveredAt: "2026-03-27T09:00:00+01:00",
  awareAt: "2026-03-27T09:30:00+01:00",
  timeZone: "Europe/Paris",
  facts: misdirectedResults(),
  ongoing: false,
  assumedFacts: ["facts.encryption"],
  submit: false,
};

const counts = async () => ({ incidents: await ctx.db.incident.count(), revisions: await ctx.db.incidentRevision.count() });
const read = async (id: string) => value(await getIncident(ctx, manager, { incidentId: id }));

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date("2026-03-30T12:00:00Z") });
  const org = await ctx.db.organization.create({ data: { slug: "practice-a", name: "Practice A" }, select: { id: true } });
  manager = await member(ctx, "manager", org.id, "manager");
});
afterAll(async () => ctx.close());

describe("reporting from the intake", () => {
  it("reports a new incident at once, as the strict schema parsed it", async () => {
    const reported = value(await reportIntake(ctx, manager, { id: null, version: null }, complete));
    expect(reported).toMatchObject({ state: "reported", version: 1, title: "Lab results sent to the wrong patient", ongoing: false });
    expect(reported.facts).toEqual(misdirectedResults());
    expect(reported).toEqual(await read(reported.id));
  });

  it("completes the autosaved draft and reports it", async () => {
    const draft = value(
      await saveIntakeDraft(
        ctx,
        manager,
        { id: null, version: null },
        { title: "Stolen laptop", awareAt: "2026-03-28T07:15:00Z", timeZone: "Europe/Paris" },
      ),
    );
    expect(draft.state).toBe("draft");
    const reported = value(
      await reportIntake(ctx, manager, { id: draft.id, version: draft.version }, { ...complete, title: "Stolen laptop" }),
    );
    expect(reported).toMatchObject({ id: draft.id, state: "reported", version: 3, title: "Stolen laptop" });
    const stored = await read(draft.id);
    expect(stored).toMatchObject({
      description: complete.description,
      discoveredAt: "2026-03-27T08:00:00.000Z",
      awareAt: "2026-03-27T08:30:00.000Z",
      ongoing: false,
      facts: misdirectedResults(),
    });
  });

  it("names every missing answer and writes nothing when the facts are incomplete", async () => {
    const before = await counts();
    const result = await reportIntake(ctx, manager, { id: null, version: null }, { ...complete, description: "", facts: {} });
    expect(result.ok).toBe(false);
    const fields = result.ok || result.error !== "invalid" ? [] : result.fields.map((field) => field.field);
    expect(fields).toContain("description");
    expect(fields.filter((field) => field.startsWith("facts.")).length).toBeGreaterThan(1);
    expect(await counts()).toEqual(before);
  });
});

describe("saving the edit form", () => {
  it("sends only the fields the person changed", async () => {
    const incident = value(
      await reportIntake(ctx, manager, { id: null, version: null }, { ...complete, title: "Fax to the wrong number" }),
    );
    const saved = value(
      await saveChangedFields(ctx, manager, {
        incidentId: incident.id,
        version: incident.version,
        input: { ...complete, title: "Fax to the wrong clinic", description: "Not sent: only the title changed." },
        changed: ["title"],
      }),
    );
    expect(saved).toMatchObject({ version: 2, title: "Fax to the wrong clinic", description: complete.description });
    expect(saved).toEqual(await read(incident.id));
  });
});
