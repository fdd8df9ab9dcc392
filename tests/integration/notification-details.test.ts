import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/lib/db/client";
import type { NotificationDetailsInput } from "@/lib/schemas/notification-details";
import { cliOperator, type Actor, type Role } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { at, unseal } from "@/lib/server/crypto/sealed-text";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import { exportNotification, getNotificationDraft } from "@/lib/server/notification/get-notification-draft";
import { getNotificationDetails } from "@/lib/server/notification/get-notification-details";
import { updateNotificationDetails } from "@/lib/server/notification/update-notification-details";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { addMember } from "@/lib/server/users/add-member";
import { createTestContext, integrationProvider, type TestContext } from "./support/test-context";
import { stolenRecords } from "./support/facts";
import { value } from "./support/value";
import { acceptBothSuggestions } from "./support/assessed";

/*
 * The notification details (issue #8): the facts the EDPB template asks for that the intake does not. Filled
 * in, they answer the template's rows that stayed "not recorded" for a fully documented incident; they are
 * edited like the incident (roles, version, revision, audit) and stored encrypted.
 */

/** The template rows a fully documented incident could not answer before these details existed. */
const ROWS = [38, 50, 60, 61, 63, 75, 76, 94, 95, 113];
// A string that appears nowhere unless we wrote it: found in the database, it would be plaintext.
const MARKER = `MARKER-${Math.random().toString(36).slice(2)}-Qd7`;

const facts = stolenRecords(5300, 6100);
const WHY = "Health data of thousands of patients reached unknown people.";

const details: NotificationDetailsInput = {
  reporter: { name: "Seán Kelly", email: "sean.kelly@solicitors.example", phone: null, role: "legal_representative" },
  discoveredBy: "processor",
  incidentType: "phishing_social_engineering",
  causeOrigin: "external",
  systemsInvolved: `Appointment database run by our IT provider in Dublin. ${MARKER}`,
  protectionMeasures: ["logical_access_control", "backup"],
  measuresInPlace: "Passwords and nightly backups; no two-factor sign-in yet.",
  otherParties: [{ name: "Clinic IT Ltd", role: "processor", contact: "security@clinic-it.example" }],
  reportedToPolice: true,
  otherAuthoritiesTold: true,
  otherAuthoritiesNotified: "Garda National Cyber Crime Bureau, case 2026-0412; NCSC Ireland.",
  likelyConsequences: "Patients may receive convincing fake messages about their appointments.",
  preventionMeasures: ["training", "logical_access_control"],
  measuresProposed: "Two-factor sign-in for every account; phishing training for the reception team.",
  crossBorder: false,
  communicationPlannedFor: "2026-04-02",
};

let ctx: TestContext;
const people: Record<string, Actor & { kind: "user" }> = {};
let token = "";

async function person(key: string, organization: string, organizationId: string, role: Role) {
  const email = `${key}@${organization}.example`;
  const member = value(await addMember(ctx, cliOperator, { organization, email, role }));
  people[key] = { kind: "user", userId: member.userId, email, memberships: [{ organizationId, role }], ip: null, via: "web" };
}

async function decidedIncident(): Promise<string> {
  const incident = value(
    await createIncident(ctx, people.manager!, {
      title: "Appointment database copied",
      description: "An attacker signed in with a phished password and copied the appointment database.",
      occurredAt: "2026-03-26T20:00:00Z",
      discoveredAt: "2026-03-27T08:00:00Z",
      awareAt: "2026-03-27T08:30:00Z",
      timeZone: "Europe/Dublin",
      discoveryMethod: "Our IT provider saw the download in the server logs.",
      containment: "Passwords reset and the database server isolated.",
      ongoing: false,
      containedAt: "2026-03-27T10:00:00Z",
      facts,
      submit: true,
    }),
  );
  await acceptBothSuggestions(ctx, people.dpo!, incident.id, WHY);
  return incident.id;
}

const versionOf = async (id: string) => (await ctx.db.incident.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const missingRows = (draft: { templateAnswers: { missing: Array<{ edpbField: number }> } }) =>
  draft.templateAnswers.missing
    .map((item) => item.edpbField)
    .filter((row) => ROWS.includes(row))
    .sort((a, b) => a - b);

async function putDetails(id: string, body: unknown) {
  const route = (await import(
    path.join(fileURLToPath(new URL("../../app/api/v1", import.meta.url)), "incidents/[id]/notification/details/route.ts")
  )) as {
    PUT: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
  };
  const request = new Request(`https://breachdesk.test/api/v1/incidents/${id}/notification/details`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const response = await route.PUT(request, { params: Promise.resolve({ id }) });
  return {
    status: response.status,
    type: response.headers.get("content-type") ?? "",
    json: (await response.json()) as Record<string, unknown>,
  };
}

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date("2026-03-28T10:00:00Z") });
  process.env.DATABASE_URL = ctx.url;
  const a = value(await createOrganization(ctx, cliOperator, { name: "Dublin Family Practice", slug: "practice-a", country: "IE" }));
  await ctx.db.organization.update({
    where: { id: a.id },
    data: { address: "1 Main Street, Dublin", dpoName: "Aoife Byrne", dpoEmail: "dpo@practice.ie" },
  });
  const b = value(await createOrganization(ctx, cliOperator, { name: "Practice B", slug: "practice-b", country: "IE" }));
  for (const role of ["manager", "dpo", "lawyer", "admin"] as const) await person(role, "practice-a", a.id, role);
  await person("stranger", "practice-b", b.id, "dpo");
  // The API answers on the real clock: the token is made on it too, or it would have expired long ago.
  const testNow = ctx.clock.now;
  ctx.clock.now = new Date();
  token = value(await createApiToken(ctx, cliOperator, { email: people.dpo!.email })).token;
  ctx.clock.now = testNow;
});
afterAll(async () => {
  await closeDb();
  delete process.env.DATABASE_URL;
  await ctx.close();
});

describe("the notification details", () => {
  it("answer the template rows a fully documented incident left unrecorded, in the draft and the JSON export", async () => {
    const incidentId = await decidedIncident();
    const before = value(await getNotificationDraft(ctx, people.dpo!, { incidentId }));
    // Without them, every one of the ten rows is missing and required: the check below can fail.
    expect(missingRows(before)).toEqual(ROWS);
    expect(
      before.templateAnswers.missing.filter((item) => ROWS.includes(item.edpbField)).every((item) => item.required && item.gap === null),
    ).toBe(true);

    const saved = value(
      await updateNotificationDetails(ctx, people.dpo!, { incidentId, version: await versionOf(incidentId), ...details }),
    );
    expect(saved.details.protectionMeasures).toEqual(["logical_access_control", "backup"]);
    const after = value(await getNotificationDraft(ctx, people.dpo!, { incidentId }));
    expect(missingRows(after)).toEqual([]);
    // Nothing that Breachdesk has a place for is still missing (what remains are the facts it cannot hold).
    expect(after.templateAnswers.missing.filter((item) => item.required && item.gap === null).map((item) => item.questionId)).toEqual([]);
    expect(after.missing.map((item) => item.id)).not.toEqual(expect.arrayContaining(["crossBorder"]));
    expect(after.missing.map((item) => item.id)).not.toContain("measures.proposed");

    const json = JSON.parse(
      Buffer.from(value(await exportNotification(ctx, people.lawyer!, { incidentId, format: "json" })).bytes).toString("utf8"),
    ) as {
      templateAnswers: { answers: Array<{ edpbField: number; value: unknown; derived: boolean }> };
    };
    const answer = (row: number) => json.templateAnswers.answers.find((item) => item.edpbField === row);
    expect(answer(21)).toMatchObject({ value: "Seán Kelly", derived: false });
    expect(answer(38)?.value).toBe(true);
    expect(answer(39)?.value).toBe("Clinic IT Ltd: processor");
    expect(answer(50)?.value).toBe("processor");
    expect(answer(60)?.value).toBe("phishing_social_engineering");
    expect(answer(61)?.value).toBe("external_malicious");
    expect(answer(63)?.value).toContain("Appointment database run by our IT provider");
    expect(answer(75)).toMatchObject({ value: ["logical_access_control", "backup"], derived: false });
    expect(answer(94)).toMatchObject({ value: ["training", "logical_access_control"], derived: false });
    expect(answer(95)?.value).toBe(details.measuresProposed);
    expect(answer(86)?.value).toBe(details.likelyConsequences);
    expect(answer(109)?.value).toBe("yes");
    expect(answer(110)?.value).toBe("yes");
    expect(answer(113)?.value).toBe("no");
    // The DPO decided to tell the patients and nobody has been told yet: the planned date is the one recorded.
    expect(answer(97)?.value).toBe("planned");
    expect(answer(99)?.value).toBe("2026-04-02");
  });

  it("are read back as saved, by anyone who may read the incident, and the read is audited", async () => {
    const incidentId = await decidedIncident();
    value(await updateNotificationDetails(ctx, people.manager!, { incidentId, version: await versionOf(incidentId), ...details }));
    const read = value(await getNotificationDetails(ctx, people.lawyer!, { incidentId }));
    expect(read).toMatchObject({
      incidentId,
      version: await versionOf(incidentId),
      details: { ...details, reporter: { ...details.reporter } },
    });
    expect(await ctx.db.auditEntry.count({ where: { incidentId, action: "notification.details.read" } })).toBe(1);
    expect(await getNotificationDetails(ctx, people.stranger!, { incidentId })).toMatchObject({ ok: false, error: "not_found" });
  });

  it("refuse wrong answers, each named by its field, and save nothing", async () => {
    const incidentId = await decidedIncident();
    const version = await versionOf(incidentId);
    const result = await updateNotificationDetails(ctx, people.dpo!, {
      incidentId,
      version,
      discoveredBy: "the cleaner" as "other",
      reporter: { name: "Seán Kelly", role: "other" },
      otherParties: [{ name: " ", role: "processor" }],
      communicationPlannedFor: "2026-02-30",
    });
    expect(result.ok).toBe(false);
    const fields = result.ok || result.error !== "invalid" ? [] : result.fields.map((error) => error.field).sort();
    expect(fields).toEqual(["communicationPlannedFor", "discoveredBy", "otherParties.0.name", "reporter.email"]);
    expect(await versionOf(incidentId)).toBe(version);

    const api = await putDetails(incidentId, {
      version,
      otherAuthoritiesTold: false,
      otherAuthoritiesNotified: "NCSC",
      crossBorder: "maybe",
    });
    expect(api.status).toBe(422);
    expect(api.type).toContain("application/problem+json");
    expect((api.json.errors as Array<{ field: string }>).map((error) => error.field).sort()).toEqual([
      "crossBorder",
      "otherAuthoritiesNotified",
    ]);
    expect(await versionOf(incidentId)).toBe(version);
  });

  it("share the incident's version: a stale one is a conflict (409 by the API) that saves nothing", async () => {
    const incidentId = await decidedIncident();
    const read = await versionOf(incidentId);
    value(
      await updateIncident(ctx, people.manager!, {
        incidentId,
        version: read,
        containment: "Passwords reset, server isolated, logs kept.",
      }),
    );
    const stale = await updateNotificationDetails(ctx, people.dpo!, { incidentId, version: read, ...details });
    expect(stale).toMatchObject({
      ok: false,
      error: "conflict",
      current: { yourVersion: read, currentVersion: read + 1, changedSince: ["containment"] },
    });
    const api = await putDetails(incidentId, { version: read, ...details });
    expect(api.status).toBe(409);
    expect(api.json).toMatchObject({
      currentVersion: read + 1,
      changedSince: ["containment"],
      notificationDetails: { systemsInvolved: null },
    });
    expect((await ctx.db.incident.findUniqueOrThrow({ where: { id: incidentId } })).notificationDetails).toBeNull();

    // And the other way round: once the details are saved, an incident edit at the older version conflicts.
    const saved = value(await updateNotificationDetails(ctx, people.dpo!, { incidentId, version: read + 1, ...details }));
    expect(saved.version).toBe(read + 2);
    expect(
      await updateIncident(ctx, people.manager!, { incidentId, version: read + 1, title: "Appointment database copied again" }),
    ).toMatchObject({
      ok: false,
      error: "conflict",
      current: { changedSince: ["notificationDetails"] },
    });
    // Saving the same answers again changes nothing: no new version.
    expect(value(await updateNotificationDetails(ctx, people.dpo!, { incidentId, version: read + 2, ...details })).version).toBe(read + 2);
  });

  it("are changed only by a manager or the DPO of the practice; a lawyer or another practice is refused", async () => {
    const incidentId = await decidedIncident();
    const version = await versionOf(incidentId);
    expect(await updateNotificationDetails(ctx, people.lawyer!, { incidentId, version, ...details })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await updateNotificationDetails(ctx, people.admin!, { incidentId, version, ...details })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await updateNotificationDetails(ctx, people.stranger!, { incidentId, version, ...details })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    expect(await versionOf(incidentId)).toBe(version);
    expect(value(await updateNotificationDetails(ctx, people.manager!, { incidentId, version, ...details })).version).toBe(version + 1);
  });

  it("are recorded as a revision and an audit entry that name the fields, never the text", async () => {
    const incidentId = await decidedIncident();
    const version = await versionOf(incidentId);
    value(await updateNotificationDetails(ctx, people.dpo!, { incidentId, version, ...details }));
    const revision = await ctx.db.incidentRevision.findFirstOrThrow({ where: { incidentId, version: version + 1 } });
    expect(JSON.parse(revision.changed)).toEqual(["notificationDetails"]);
    expect(revision.snapshot).not.toContain(MARKER);
    expect(
      JSON.parse(unseal(revision.snapshot, at("incidentRevision", "snapshot", revision.id))).notificationDetails.systemsInvolved,
    ).toContain(MARKER);
    const audit = await ctx.db.auditEntry.findFirstOrThrow({ where: { incidentId, action: "notification.details.update" } });
    expect(audit.detail).not.toContain(MARKER);
    const changes = (JSON.parse(audit.detail) as { changes: Record<string, unknown> }).changes;
    expect(changes.systemsInvolved).toBe("changed");
    expect(changes.reporter).toBe("changed");
    expect(changes.discoveredBy).toEqual({ before: null, after: "processor" });
    expect(Object.keys(changes).sort()).toEqual(Object.keys(details).sort());
  });

  it("are stored encrypted: the column is sealed and holds no plaintext", async () => {
    const incidentId = await decidedIncident();
    value(await updateNotificationDetails(ctx, people.dpo!, { incidentId, version: await versionOf(incidentId), ...details }));
    const stored = (await ctx.db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { notificationDetails: true } }))
      .notificationDetails!;
    expect(stored.startsWith("enc2:")).toBe(true);
    expect(stored).not.toContain(MARKER);
    expect(stored).not.toContain("Clinic IT");
    expect(unseal(stored, at("incident", "notificationDetails", incidentId))).toContain(MARKER);
  });

  it.runIf(integrationProvider() === "sqlite")("leave no plaintext in any SQLite database file", async () => {
    await ctx.db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    const file = ctx.url.slice("file:".length);
    const files = readdirSync(path.dirname(file)).filter((name) => name.startsWith(path.basename(file)));
    expect(files.length).toBeGreaterThanOrEqual(1);
    for (const name of files) {
      const bytes = readFileSync(path.join(path.dirname(file), name));
      expect(bytes.includes(Buffer.from(MARKER, "utf8")), `${name} contains the marker`).toBe(false);
    }
  });
});
