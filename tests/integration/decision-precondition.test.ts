import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { getIncident } from "@/lib/server/incidents/get-incident";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import { highRiskFacts, incidentToTell, person, practice, value } from "./support/communication-fixtures";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * "Record the decision as made" (moving an incident to "decided") needs a decision taken on the facts as they
 * are now, as the risk assessment page judges it; its refusal names the decision, the field the file links to
 * the decision form for, not the state change.
 */
let ctx: TestContext;
let manager: Actor;
let dpo: Actor;

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date() });
  const a = await practice(ctx, "practice-decision");
  manager = await person(ctx, "manager", a.id, "manager");
  dpo = await person(ctx, "dpo", a.id, "dpo");
});
afterAll(async () => ctx.close());

const refusal = (result: Awaited<ReturnType<typeof changeIncidentState>>) =>
  !result.ok && result.error === "invalid" ? result.fields : [{ field: "(none)", problem: JSON.stringify(result) }];

describe("recording the decision as made", () => {
  it("is refused on the decision when none was recorded", async () => {
    const created = value(
      await createIncident(ctx, manager, {
        title: "Server open",
        description: "An open server.",
        awareAt: new Date(Date.now() - 3_600_000).toISOString(),
        timeZone: "Europe/Paris",
        facts: highRiskFacts,
        submit: true,
      }),
    );
    value(await changeIncidentState(ctx, dpo, { incidentId: created.id, to: "under_assessment" }));
    expect(refusal(await changeIncidentState(ctx, dpo, { incidentId: created.id, to: "decided" }))).toEqual([
      { field: "decision", problem: "is missing: record the risk assessment and decision first" },
    ]);
  });

  it("is refused on the decision when the facts changed after it, and goes through on a current one", async () => {
    const { id } = await incidentToTell(ctx, manager, dpo);
    value(await changeIncidentState(ctx, dpo, { incidentId: id, to: "under_assessment" }));
    // Reopened with the decision still current: it can be recorded as made again.
    value(await changeIncidentState(ctx, dpo, { incidentId: id, to: "decided" }));
    value(await changeIncidentState(ctx, dpo, { incidentId: id, to: "under_assessment" }));
    const incident = value(await getIncident(ctx, dpo, { incidentId: id }));
    value(await updateIncident(ctx, manager, { incidentId: id, version: incident.version, facts: { ...highRiskFacts, records: 2000 } }));
    expect(refusal(await changeIncidentState(ctx, dpo, { incidentId: id, to: "decided" }))).toEqual([
      { field: "decision", problem: "is out of date: the facts changed after version 1; record a new decision" },
    ]);
    expect(value(await getIncident(ctx, dpo, { incidentId: id })).state).toBe("under_assessment");
  });
});
