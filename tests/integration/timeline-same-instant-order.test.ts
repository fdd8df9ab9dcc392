import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { listTimelineEvents } from "@/lib/server/incidents/timeline/list-timeline-events";
import { member } from "./support/member";
import { createTestContext, type TestContext } from "./support/test-context";
import { value } from "./support/value";

/*
 * The events an incident's intake writes share their recordedAt; when they also happened at the same instant
 * (discovered and became aware at once), only their ids tell them apart, and those must keep the order they
 * were written in: the breach began, was discovered, the practice became aware, it was contained.
 */
let ctx: TestContext;
let manager: Actor;

beforeAll(async () => {
  ctx = await createTestContext();
  const practice = await ctx.db.organization.create({ data: { slug: "practice-timeline", name: "Practice T" } });
  manager = await member(ctx, "manager", practice.id, "manager", { via: "api" });
});
afterAll(async () => ctx.close());

describe("events of the same instant on the timeline", () => {
  it("are listed in the order the intake wrote them, for every incident", async () => {
    const at = "2026-03-27T10:00:00Z";
    for (let n = 0; n < 6; n++) {
      const incident = value(
        await createIncident(ctx, manager, {
          title: `Laptop stolen ${n}`,
          occurredAt: at,
          discoveredAt: at,
          awareAt: at,
          containedAt: at,
          timeZone: "Europe/Paris",
          facts: { breachTypes: ["confidentiality"] },
        }),
      );
      const timeline = value(await listTimelineEvents(ctx, manager, { incidentId: incident.id }));
      expect(timeline.map((event) => event.kind)).toEqual(["occurred", "discovered", "aware", "contained"]);
    }
  });
});
