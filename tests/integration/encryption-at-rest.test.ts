import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { cliOperator } from "@/lib/server/actor";
import { addComment } from "@/lib/server/incidents/comments/add-comment";
import { addTimelineEvent } from "@/lib/server/incidents/timeline/add-timeline-event";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { getIncident } from "@/lib/server/incidents/get-incident";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { addMember } from "@/lib/server/users/add-member";
import { approveCommunication } from "@/lib/server/communications/approve-communication";
import { createCommunicationDraft } from "@/lib/server/communications/create-communication-draft";
import { listRecipients } from "@/lib/server/communications/list-recipients";
import { recordOfflineDelivery } from "@/lib/server/communications/record-offline-delivery";
import { listAssessments } from "@/lib/server/assessments/list-assessments";
import { at, isSealed, sealUnbound, unseal } from "@/lib/server/crypto/sealed-text";
import { upgradeSealedValues } from "@/lib/server/crypto/upgrade-sealed-values";
import { recordFiling } from "@/lib/server/filings/record-filing";
import { listFilings } from "@/lib/server/filings/list-filings";
import { createTask } from "@/lib/server/incidents/tasks/create-task";
import { listIncidents } from "@/lib/server/incidents/list-incidents";
import { listTasks } from "@/lib/server/incidents/tasks/list-tasks";
import { updateTask } from "@/lib/server/incidents/tasks/update-task";
import { highRiskFacts, person, practice, value } from "./support/communication-fixtures";
import { createTestContext, integrationProvider, type TestContext } from "./support/test-context";
import { acceptBothSuggestions } from "./support/assessed";

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
  manager = {
    kind: "user",
    userId: member.value.userId,
    email: "manager@securite.example",
    memberships: [{ organizationId: org.value.id, role: "manager" }],
    ip: null,
    via: "web",
  };
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
    const edited = await updateIncident(ctx, manager, {
      incidentId: id,
      version: created.value.version,
      description: `Updated: ${MARKER} and more`,
    });
    expect(edited.ok).toBe(true);
    await addTimelineEvent(ctx, manager, {
      incidentId: id,
      happenedAt: "2026-06-01T10:00:00+02:00",
      kind: "note",
      summary: `Called IT. ${MARKER}`,
    });
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

/*
 * Everything a manager or a DPO may have typed a patient's name into, written through the services: no
 * marker in any row (both databases) nor in the SQLite files; the values bound to their row and column.
 */
const NAME = `Mme Zoé-${Math.random().toString(36).slice(2)}-Qw7`;
/** Every table a marker could reach: the encrypted columns' tables and the audit trail. */
const TABLES = [
  "Incident",
  "IncidentRevision",
  "IncidentEvent",
  "Task",
  "Comment",
  "Assessment",
  "Filing",
  "Communication",
  "Recipient",
  "SentMessage",
  "OutboxMessage",
  "AuditEntry",
];

async function rowsContaining(marker: string): Promise<string[]> {
  const found: string[] = [];
  for (const table of TABLES) {
    const rows = await ctx.db.$queryRawUnsafe<Array<Record<string, unknown>>>(`SELECT * FROM "${table}"`);
    for (const row of rows) if (JSON.stringify(row).includes(marker)) found.push(`${table} ${String(row.id)}`);
  }
  return found;
}

describe("titles, tasks, rationales, filing references and failure reasons at rest", () => {
  let incidentId = "";
  let otherIncidentId = "";

  beforeAll(async () => {
    const a = await practice(ctx, "bound-a");
    const b = await practice(ctx, "bound-b");
    const boundManager = await person(ctx, "bound-manager", a.id, "manager");
    const boundDpo = await person(ctx, "bound-dpo", a.id, "dpo");
    const incident = value(
      await createIncident(ctx, boundManager, {
        title: `Letter for ${NAME} sent to a neighbour`,
        description: "A results letter went to the wrong address.",
        containment: "The neighbour returned the letter unopened.",
        awareAt: "2026-05-20T09:00:00+02:00",
        discoveredAt: "2026-05-20T09:00:00+02:00",
        timeZone: "Europe/Paris",
        facts: highRiskFacts,
        submit: true,
      }),
    );
    incidentId = incident.id;
    value(
      await updateIncident(ctx, boundManager, { incidentId, version: incident.version, title: `Results letter for ${NAME} misdelivered` }),
    );
    const task = value(await createTask(ctx, boundManager, { incidentId, title: `Call ${NAME}` }));
    value(await updateTask(ctx, boundManager, { taskId: task.id, title: `Call ${NAME} back` }));
    await acceptBothSuggestions(ctx, boundDpo, incidentId, `${NAME}'s diagnosis was read`, `${NAME} must be told`);
    // Filed twelve days after awareness: late, so the reasons are required.
    value(
      await recordFiling(ctx, boundDpo, {
        incidentId,
        kind: "initial",
        channel: "online_form",
        filedAt: "2026-06-01T10:00:00Z",
        authorityReference: `CNIL-${NAME}`,
        lateReason: `${NAME} told us only on 31 May`,
      }),
    );
    const recipients = [
      { name: "Anna Bell", postalAddress: "1 Rue A\n75001 Paris" },
      { name: "Bruno Carré", postalAddress: "2 Rue B\n75002 Paris" },
    ];
    const communicationId = value(
      await createCommunicationDraft(ctx, boundManager, { incidentId, language: "en", channel: "letter", recipients }),
    ).communication.id;
    value(await approveCommunication(ctx, boundDpo, { communicationId }));
    const people = value(await listRecipients(ctx, boundDpo, { communicationId })).recipients;
    const anna = people.find((p) => p.name === "Anna Bell")!;
    value(
      await recordOfflineDelivery(ctx, boundDpo, {
        communicationId,
        sentAt: "2026-06-01T12:00:00Z",
        notPosted: [{ recipientId: anna.id, reason: `Returned: ${NAME} moved` }],
      }),
    );

    const other = await person(ctx, "bound-other-manager", b.id, "manager");
    otherIncidentId = value(
      await createIncident(ctx, other, {
        title: "Laptop stolen",
        description: "Stolen from a car.",
        awareAt: "2026-05-30T09:00:00+02:00",
        timeZone: "Europe/Paris",
        facts: {},
      }),
    ).id;
  });

  it("reads back in clear for the people allowed, and a title search still finds the incident", async () => {
    const dpo = await person(ctx, "bound-reader", (await ctx.db.organization.findUniqueOrThrow({ where: { slug: "bound-a" } })).id, "dpo");
    expect(value(await getIncident(ctx, dpo, { incidentId })).title).toBe(`Results letter for ${NAME} misdelivered`);
    expect(value(await listTasks(ctx, dpo, { incidentId })).map((t) => t.title)).toEqual([`Call ${NAME} back`]);
    expect(value(await listAssessments(ctx, dpo, { incidentId }))[0]!.authority.rationale).toBe(`${NAME}'s diagnosis was read`);
    expect(value(await listFilings(ctx, dpo, { incidentId }))[0]).toMatchObject({
      authorityReference: `CNIL-${NAME}`,
      lateReason: `${NAME} told us only on 31 May`,
    });
    const found = value(await listIncidents(ctx, dpo, { search: NAME }));
    expect(found.items.map((item) => [item.id, item.title])).toEqual([[incidentId, `Results letter for ${NAME} misdelivered`]]);
    expect(value(await listIncidents(ctx, dpo, { search: `letter FOR ${NAME.toUpperCase()}` })).total).toBe(1);
    expect(value(await listIncidents(ctx, dpo, { search: "misdelivered letter" })).total).toBe(0);
  });

  it("leaves the name in no row of any table, audit trail included (both databases)", async () => {
    expect(await rowsContaining(NAME)).toEqual([]);
    const recipient = await ctx.db.recipient.findFirstOrThrow({ where: { status: "failed", communication: { incidentId } } });
    expect(unseal(recipient.lastError!, at("recipient", "lastError", recipient.id))).toBe(`Returned: ${NAME} moved`);
  });

  it.runIf(integrationProvider() === "sqlite")("leaves the name in no SQLite file", async () => {
    await ctx.db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    const file = ctx.url.slice("file:".length);
    const dir = path.dirname(file);
    for (const name of readdirSync(dir).filter((entry) => entry.startsWith(path.basename(file)))) {
      const bytes = readFileSync(path.join(dir, name));
      expect(bytes.includes(Buffer.from(NAME, "utf8")), `${name} contains the name`).toBe(false);
    }
  });

  it("refuses a value copied from another practice's row, or into another column, naming where it was read", async () => {
    const source = await ctx.db.incident.findUniqueOrThrow({ where: { id: incidentId } });
    await ctx.db.incident.update({ where: { id: otherIncidentId }, data: { title: source.title } });
    await expect(getIncident(ctx, cliOperator, { incidentId: otherIncidentId })).rejects.toThrow(
      `The encrypted value of incident.title for row ${otherIncidentId} cannot be decrypted: it was not sealed for this row and column`,
    );
    const other = await ctx.db.incident.findUniqueOrThrow({ where: { id: otherIncidentId } });
    await ctx.db.incident.update({ where: { id: otherIncidentId }, data: { title: "Laptop stolen", containment: other.description } });
    await expect(getIncident(ctx, cliOperator, { incidentId: otherIncidentId })).rejects.toThrow(
      `incident.containment for row ${otherIncidentId} cannot be decrypted`,
    );
    await ctx.db.incident.update({ where: { id: otherIncidentId }, data: { containment: null } });
    expect(value(await getIncident(ctx, cliOperator, { incidentId: otherIncidentId })).title).toBe("Laptop stolen");
  });
});

describe("values stored before the upgrade", () => {
  it("still read (in clear, or sealed without the row binding) and are sealed bound to their row at start-up, once", async () => {
    const legacy = `Legacy-${Math.random().toString(36).slice(2)}`;
    const row = await ctx.db.incident.create({
      data: {
        organizationId: (await ctx.db.organization.findUniqueOrThrow({ where: { slug: "bound-b" } })).id,
        reference: "BD-2025-0001",
        title: `${legacy} title in clear`,
        description: sealUnbound(`${legacy} description, enc1`),
        awareAt: new Date("2025-11-02T09:00:00Z"),
        timeZone: "Europe/Paris",
        createdById: (await ctx.db.user.findFirstOrThrow()).id,
      },
    });
    await ctx.db.task.create({ data: { incidentId: row.id, title: `${legacy} task in clear`, createdById: row.createdById } });
    const before = value(await getIncident(ctx, cliOperator, { incidentId: row.id }));
    expect([before.title, before.description]).toEqual([`${legacy} title in clear`, `${legacy} description, enc1`]);

    const first = await upgradeSealedValues(ctx, { batchSize: 3 });
    expect(first).toMatchObject({ ran: true, unfinished: 0 });
    expect(first.values).toBeGreaterThanOrEqual(3);
    const stored = await ctx.db.incident.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.title.startsWith("enc2:")).toBe(true);
    expect(stored.description.startsWith("enc2:")).toBe(true);
    const task = await ctx.db.task.findFirstOrThrow({ where: { incidentId: row.id } });
    expect(isSealed(task.title)).toBe(true);
    expect(await rowsContaining(legacy)).toEqual([]);
    const after = value(await getIncident(ctx, cliOperator, { incidentId: row.id }));
    expect([after.title, after.description]).toEqual([before.title, before.description]);
    // Once finished, later starts skip it.
    expect(await upgradeSealedValues(ctx)).toEqual({ ran: false, values: 0, files: 0, unfinished: 0 });
  });
});
