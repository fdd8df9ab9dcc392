import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshPlannerStatistics } from "@/lib/db/planner-statistics";
import { createTestContext, integrationProvider, type TestContext } from "./support/test-context";
import { member } from "./support/member";

/*
 * SQLite gathers no statistics by itself, and without them it planned a DPO's newest incidents across their
 * practices by the practice index, reading and sorting every incident (lib/db/planner-statistics.ts). The
 * statement is the search's (lib/server/incidents/search-candidates.ts), across both of the DPO's practices.
 */
let ctx: TestContext;
const PER_PRACTICE = 1500;
let practiceIds: string[] = [];

const NEWEST =
  `SELECT "id", "reference", "title", "description" FROM "Incident" ` +
  `WHERE "organizationId" IN (SELECT value FROM json_each(?)) ORDER BY "awareAt" DESC, "id" ASC LIMIT 5001`;

async function plan(): Promise<string> {
  const steps = await ctx.db.$queryRawUnsafe<Array<{ detail: string }>>(`EXPLAIN QUERY PLAN ${NEWEST}`, JSON.stringify(practiceIds));
  return steps.map((step) => step.detail).join("\n");
}

beforeAll(async () => {
  ctx = await createTestContext();
  practiceIds = [];
  for (const slug of ["north", "south"]) practiceIds.push((await ctx.db.organization.create({ data: { slug, name: slug } })).id);
  const dpo = await member(ctx, "dpo", practiceIds[0]!, "dpo");
  const start = Date.UTC(2020, 0, 1);
  for (const [p, organizationId] of practiceIds.entries())
    await ctx.db.incident.createMany({
      data: Array.from({ length: PER_PRACTICE }, (_, i) => ({
        organizationId,
        reference: `BD-${p}-${i}`,
        title: "t",
        description: "d",
        awareAt: new Date(start + (i * 2 + p) * 3_600_000),
        timeZone: "Europe/Paris",
        state: "reported",
        createdById: dpo.userId,
      })),
    });
});
afterAll(async () => ctx?.close());

describe.runIf(integrationProvider() === "sqlite")("SQLite's planner statistics", () => {
  it("turn a read of every incident sorted into a walk of the newest-first index", async () => {
    expect(await plan()).toMatch(/USING INDEX Incident_organizationId_\w+|TEMP B-TREE FOR ORDER BY/);
    expect(await refreshPlannerStatistics(ctx.db, ctx.provider)).toBe(true);
    const after = await plan();
    expect(after).toMatch(/SCAN Incident USING INDEX Incident_awareAt_id_idx/);
    expect(after).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });
});

describe.runIf(integrationProvider() === "postgresql")("PostgreSQL's planner statistics", () => {
  it("are left to autovacuum", async () => {
    expect(await refreshPlannerStatistics(ctx.db, ctx.provider)).toBe(false);
  });
});
