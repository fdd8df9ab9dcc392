import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/server/actor";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { exportRegisterCsv } from "@/lib/server/register/export-register-csv";
import { queryRegister } from "@/lib/server/register/query-register";
import { createTestContext, type TestContext } from "./support/test-context";
import { misdirectedResults } from "./support/facts";
import { value } from "./support/value";

/* The register shows Breachdesk's suggestion beside the DPO's decision, and marks overrides (issue: risk assessment). */
let ctx: TestContext;
const people: Record<string, Actor & { kind: "user" }> = {};

const trustedRecipient = misdirectedResults({
  confidentiality: { recipients: "known_trusted", exfiltration: "ruled_out" },
  mitigation: { dataRetrievedOrDeleted: true, highRiskNoLongerLikely: false, individualContactDisproportionate: false },
});
const OVERRIDE_WHY = "The receiving GP is outside our network; we notify to be safe.";
const ACCEPT_WHY = "The receiving GP confirmed deletion in writing the same day.";

beforeAll(async () => {
  ctx = await createTestContext();
  const org = await ctx.db.organization.create({ data: { slug: "practice-r", name: "Practice R" } });
  for (const role of ["manager", "dpo"] as Role[]) {
    const user = await ctx.db.user.create({ data: { email: `${role}@r.example`, name: role } });
    await ctx.db.membership.create({ data: { userId: user.id, organizationId: org.id, role } });
    people[role] = {
      kind: "user",
      userId: user.id,
      email: user.email,
      memberships: [{ organizationId: org.id, role }],
      ip: null,
      via: "web",
    };
  }
  const incident = value(
    await createIncident(ctx, people.manager!, {
      title: "Referral letter sent to the wrong GP",
      description: "A referral letter went to a GP who is not the patient's.",
      awareAt: "2026-03-27T09:30:00+01:00",
      timeZone: "Europe/Paris",
      facts: trustedRecipient,
      submit: true,
    }),
  );
  value(await changeIncidentState(ctx, people.dpo!, { incidentId: incident.id, to: "under_assessment" }));
  value(
    await createAssessment(ctx, people.dpo!, {
      incidentId: incident.id,
      authorityDecision: "override",
      authorityRationale: OVERRIDE_WHY,
      subjectsDecision: "accept",
      subjectsRationale: ACCEPT_WHY,
    }),
  );
});
afterAll(async () => ctx.close());

describe("suggestion and decision in the register", () => {
  it("shows the suggestion, the DPO's decision and marks the override, per audience", async () => {
    const [row] = value(await queryRegister(ctx, people.dpo!, {})).rows;
    expect(row!.decision.forAuthority).toEqual({
      suggested: "do_not_notify",
      decided: "notify",
      overridden: true,
      rationale: OVERRIDE_WHY,
    });
    expect(row!.decision.forPeople).toMatchObject({
      decided: row!.decision.forPeople!.suggested,
      overridden: false,
      rationale: ACCEPT_WHY,
    });
  });

  it("carries both into the CSV export", async () => {
    const csv = value(await exportRegisterCsv(ctx, people.dpo!, {})).body.replace(/^\uFEFF/, "");
    const [header, line] = csv.split("\r\n");
    const columns = header!.split(",");
    const cells = line!
      .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
      .map((cell) => cell.replace(/,$/, "").replace(/^"|"$/g, "").replace(/""/g, '"'));
    const cell = (name: string) => cells[columns.indexOf(name)];
    expect(cell("Authority: suggested")).toBe("do_not_notify");
    expect(cell("Authority decision")).toBe("notify");
    expect(cell("Authority decision overrides the suggestion")).toBe("yes");
    expect(cell("People decision overrides the suggestion")).toBe("no");
    expect(cell("Decision rationale")).toBe(OVERRIDE_WHY);
  });
});
