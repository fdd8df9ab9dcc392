import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import { createIncident } from "@/lib/server/incidents/create-incident";
import type { IncidentDto } from "@/lib/server/incidents/incident-dto";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import { createTestContext, type TestContext } from "./support/test-context";
import { misdirectedResults } from "./support/facts";
import { value } from "./support/value";
import { member } from "./support/member";

/*
 * Issue #5: the answers a reporter left at the intake's cautious default are recorded as assumed, stored
 * beside the facts, and leave the list once someone changes or confirms them; each step is audited.
 */
let ctx: TestContext;
let manager: Actor;
let dpo: Actor;

async function person(key: string, organizationId: string, role: "manager" | "dpo"): Promise<Actor> {
  return member(ctx, key, organizationId, role, { ip: "127.0.0.1" });
}

/** The misdirected lab-results letter, with the wizard's cautious answers left as they were. */
const facts = misdirectedResults({ records: null });

const UNTOUCHED = [
  "discoveredAt",
  "awareAt",
  "facts.role",
  "facts.identifiability",
  "facts.encryption",
  "facts.confidentiality.exfiltration",
  "facts.mitigation.dataRetrievedOrDeleted",
  "facts.mitigation.highRiskNoLongerLikely",
  "facts.mitigation.individualContactDisproportionate",
  "facts.subjects.categories",
];

const report = {
  title: "Lab results sent to the wrong patient",
  description: "A letter with one patient's results was posted to another patient.",
  discoveredAt: "2026-03-27T21:00:00Z",
  awareAt: "2026-03-27T21:00:00Z",
  timeZone: "Europe/Paris",
  facts,
  submit: true as const,
};

const stored = async (id: string) => JSON.parse((await ctx.db.incident.findUniqueOrThrow({ where: { id } })).assumedFacts) as string[];
const lastAudit = async (incidentId: string, action: string) =>
  JSON.parse((await ctx.db.auditEntry.findFirstOrThrow({ where: { incidentId, action }, orderBy: { seq: "desc" } })).detail) as Record<
    string,
    unknown
  >;

beforeAll(async () => {
  ctx = await createTestContext();
  const org = await ctx.db.organization.create({ data: { slug: "cabinet-martin", name: "Cabinet Martin" }, select: { id: true } });
  manager = await person("manager", org.id, "manager");
  dpo = await person("dpo", org.id, "dpo");
});
afterAll(async () => ctx.close());

describe("answers assumed at intake", () => {
  it("stores the untouched answers with the incident, in its DTO and its creation audit", async () => {
    const incident = value(await createIncident(ctx, manager, { ...report, assumedFacts: UNTOUCHED }));
    expect(incident.assumedFacts).toEqual(UNTOUCHED);
    expect(await stored(incident.id)).toEqual(UNTOUCHED);
    expect(await lastAudit(incident.id, "incident.create")).toMatchObject({ assumedFacts: UNTOUCHED });
    // The facts themselves keep the contract's shape: nothing was added to them.
    expect(Object.keys(incident.facts).sort()).toEqual(Object.keys(facts).sort());
  });

  it("stores none for a caller that sends none, and leaves out assumptions about answers not given", async () => {
    expect(value(await createIncident(ctx, manager, report)).assumedFacts).toEqual([]);
    const draft = value(
      await createIncident(ctx, manager, {
        title: "Letter",
        awareAt: "2026-03-27T21:00:00Z",
        timeZone: "Europe/Paris",
        facts: { encryption: "none" },
        assumedFacts: ["facts.encryption", "facts.confidentiality.exfiltration", "discoveredAt"],
      }),
    );
    expect(draft.assumedFacts).toEqual(["facts.encryption"]);
  });

  it("takes an answer off the list when it is changed, keeps the others, and audits the change", async () => {
    const created = value(await createIncident(ctx, manager, { ...report, assumedFacts: UNTOUCHED }));
    const edited = value(
      await updateIncident(ctx, dpo, {
        incidentId: created.id,
        version: created.version,
        facts: { ...facts, encryption: "weak", subjects: { count: 1, categories: ["patients", "children"] } },
        awareAt: "2026-03-27T21:30:00Z",
      }),
    );
    const left = UNTOUCHED.filter((path) => !["facts.encryption", "facts.subjects.categories", "awareAt"].includes(path));
    expect(edited.assumedFacts).toEqual(left);
    expect(await stored(created.id)).toEqual(left);
    const audit = await lastAudit(created.id, "incident.update");
    expect(audit).toMatchObject({ changes: { assumedFacts: { before: UNTOUCHED, after: left } } });
    const revision = await ctx.db.incidentRevision.findFirstOrThrow({ where: { incidentId: created.id, version: edited.version } });
    expect(JSON.parse(revision.changed)).toEqual(expect.arrayContaining(["facts", "awareAt", "assumedFacts"]));
  });

  it("takes an answer off the list when it is confirmed as it is, without changing the facts", async () => {
    const created = value(await createIncident(ctx, manager, { ...report, assumedFacts: UNTOUCHED }));
    const confirmed = value(
      await updateIncident(ctx, dpo, {
        incidentId: created.id,
        version: created.version,
        confirmedFacts: ["facts.confidentiality.exfiltration", "discoveredAt"],
      }),
    );
    expect(confirmed.version).toBe(created.version + 1);
    expect(confirmed.facts).toEqual(created.facts);
    expect(confirmed.assumedFacts).toEqual(
      UNTOUCHED.filter((path) => path !== "facts.confidentiality.exfiltration" && path !== "discoveredAt"),
    );
    expect(await lastAudit(created.id, "incident.update")).toMatchObject({ changes: { assumedFacts: { after: confirmed.assumedFacts } } });
    // Confirming what is not assumed, or saving the same facts again, changes nothing.
    const again = value(
      await updateIncident(ctx, dpo, { incidentId: created.id, version: confirmed.version, confirmedFacts: ["facts.cause"], facts }),
    );
    expect(again.version).toBe(confirmed.version);
  });

  it("lets a draft's wizard restate its list, but not a reported incident's editor", async () => {
    const draft = value(
      await createIncident(ctx, manager, {
        ...report,
        submit: false,
        facts: { ...facts, confidentiality: undefined },
        assumedFacts: ["facts.encryption"],
      }),
    );
    const restated = value(
      await updateIncident(ctx, manager, {
        incidentId: draft.id,
        version: draft.version,
        facts,
        assumedFacts: ["facts.encryption", "facts.confidentiality.exfiltration"],
      }),
    );
    expect(restated.assumedFacts).toEqual(["facts.encryption", "facts.confidentiality.exfiltration"]);
    const reported: IncidentDto = value(
      await changeIncidentState(ctx, manager, { incidentId: draft.id, to: "reported", version: restated.version }),
    );
    expect(reported.assumedFacts).toEqual(restated.assumedFacts);
    const refused = await updateIncident(ctx, manager, {
      incidentId: draft.id,
      version: reported.version,
      assumedFacts: ["facts.encryption", "facts.role"],
    });
    expect(refused).toMatchObject({ ok: false, error: "invalid", fields: [{ field: "assumedFacts" }] });
    expect(await stored(draft.id)).toEqual(restated.assumedFacts);
  });
});
