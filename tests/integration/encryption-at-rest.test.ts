import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { cliOperator } from "@/lib/server/actor";
import { addComment } from "@/lib/server/incidents/add-comment";
import { addTimelineEvent } from "@/lib/server/incidents/add-timeline-event";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { getIncident } from "@/lib/server/incidents/get-incident";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { addMember } from "@/lib/server/users/add-member";
import { createTestContext, integrationProvider, type TestContext } from "./support/test-context";

// A string that appears nowhere unless we wrote it: if it shows up in the database files, plaintext leaked.
const MARKER = `MARKER-${Math.random().toString(36).slice(2)}-Zx9Q`;

let ctx: TestContext;
let manager: Actor;

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date("2026-06-01T12:00:00Z") });
  const org = await createOrganization(ctx, cliOperator, { name: "Cabinet Sécurité" });
  if (!org.ok) throw new Error("setup");
  const member = await addMember(ctx, cliOperator, { organization: org.value.slug, email: "manager@securite.example", role: "manager" });
  if (!member.ok) throw new Error("setup");
  manager = { kind: "user", userId: member.value.userId, email: "manager@securite.example", memberships: [{ organizationId: org.value.id, role: "manager" }], ip: null, via: "web" };
});
afterAll(async () => ctx.close());

describe.runIf(integrationProvider() === "sqlite")("encryption at rest (SQLite files)", () => {
  it("keeps a marker written into description, notes, events and comments out of every database file", async () => {
    const created = await createIncident(ctx, manager, {
      title: "Scans visible online",
      description: `Patient files of Mme Dupont were visible. ${MARKER}`,
      discoveryMethod: `A patient called us. ${MARKER}`,
      containment: `Server unplugged. ${MARKER}`,
      awareAt: "2026-06-01T09:00:00+02:00",
      discoveredAt: "2026-06-01T08:30:00+02:00",
      timeZone: "Europe/Paris",
      facts: {},
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.value.id;
    const edited = await updateIncident(ctx, manager, { incidentId: id, version: created.value.version, description: `Updated: ${MARKER} and more` });
    expect(edited.ok).toBe(true);
    await addTimelineEvent(ctx, manager, { incidentId: id, happenedAt: "2026-06-01T10:00:00+02:00", kind: "note", summary: `Called IT. ${MARKER}` });
    await addComment(ctx, manager, { incidentId: id, body: `Please check ${MARKER}` });
    // It reads back decrypted for the people allowed to read it.
    const read = await getIncident(ctx, manager, { incidentId: id });
    expect(read.ok && read.value.description).toContain(MARKER);

    await ctx.db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    const file = ctx.url.slice("file:".length);
    const dir = path.dirname(file);
    const files = readdirSync(dir).filter((name) => name.startsWith(path.basename(file)));
    expect(files.length).toBeGreaterThanOrEqual(1);
    for (const name of files) {
      const bytes = readFileSync(path.join(dir, name));
      expect(bytes.includes(Buffer.from(MARKER, "utf8")), `${name} contains the marker`).toBe(false);
      expect(bytes.includes(Buffer.from(MARKER, "utf16le")), `${name} contains the marker (UTF-16)`).toBe(false);
    }
  });

  it("would notice plaintext: the same check finds a marker stored unencrypted", async () => {
    await ctx.db.organization.update({ where: { slug: "cabinet-securite" }, data: { address: MARKER } });
    await ctx.db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    const file = ctx.url.slice("file:".length);
    expect(readFileSync(file).includes(Buffer.from(MARKER, "utf8"))).toBe(true);
  });
});
