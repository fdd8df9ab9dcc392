import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import "@/lib/cli/register-admin";
import { closeCliResources } from "@/lib/cli/resources";
import { closeDb } from "@/lib/db/client";
import { cliOperator, type Actor } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { getNotificationDraft } from "@/lib/server/notification/get-notification-draft";
import { updateOrganizationSettings } from "@/lib/server/organizations/update-organization-settings";
import { incidentIn, person, practice, value } from "./support/communication-fixtures";
import { createTestContext, type TestContext } from "./support/test-context";
import { cli } from "./support/cli";

/*
 * The practice's address, registration number, country and zone, set the same way from Settings (the
 * service), `breachdesk org update` and PATCH /api/v1/organizations/{slug}, and read by the authority forms.
 */

let ctx: TestContext;
let admin: Actor;
let dpo: Actor;
let organizationId = "";
let incidentId = "";
let adminToken = "";
const SLUG = "cabinet-details";
const GOOD_SIRET = "73282932000074";
const BAD_SIRET = "73282932000075";

const stored = () => ctx.db.organization.findUniqueOrThrow({ where: { id: organizationId } });
const addressMissing = async () =>
  value(await getNotificationDraft(ctx, dpo, { incidentId })).missing.some((item) => item.id === "organisation.address");

async function api(method: "GET" | "PATCH", slug: string, body?: unknown, token = adminToken) {
  const { GET, PATCH } = await import("@/app/api/v1/organizations/[slug]/route");
  const headers = new Headers({ Authorization: `Bearer ${token}` });
  if (body !== undefined) headers.set("Content-Type", "application/json");
  const request = new Request(`https://breachdesk.test/api/v1/organizations/${slug}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const response = await (method === "GET" ? GET : PATCH)(request, { params: Promise.resolve({ slug }) });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  // The route handlers read the real clock, so the token's expiry is counted from it.
  ctx = await createTestContext({ now: new Date() });
  process.env.DATABASE_URL = ctx.url;
  process.env.APP_URL = "https://breachdesk.test";
  organizationId = (await practice(ctx, SLUG)).id;
  admin = await person(ctx, "admin-details", organizationId, "admin");
  dpo = await person(ctx, "dpo-details", organizationId, "dpo");
  incidentId = await incidentIn(ctx, organizationId, dpo.kind === "user" ? dpo.userId : "", "BD-2026-0001");
  adminToken = value(await createApiToken(ctx, cliOperator, { email: "admin-details@example.org" })).token;
});
afterEach(async () => closeCliResources());
afterAll(async () => {
  await closeDb();
  delete process.env.DATABASE_URL;
  await ctx.close();
});

describe("the practice's details", () => {
  it("settings: a bad SIRET is refused naming the field, and nothing is stored", async () => {
    const refused = await updateOrganizationSettings(ctx, admin, { organizationId, registrationNumber: BAD_SIRET });
    expect(refused).toEqual({
      ok: false,
      error: "invalid",
      fields: [{ field: "registrationNumber", problem: "is not a valid SIRET: its check digit does not match" }],
    });
    expect((await stored()).registrationNumber).toBeNull();
  });

  it("settings: the address and number are stored, and the notification no longer asks for the address", async () => {
    expect(await addressMissing()).toBe(true);
    value(
      await updateOrganizationSettings(ctx, admin, {
        organizationId,
        address: "12 rue de la Paix\n75002 Paris",
        registrationNumber: "732 829 320 00074",
      }),
    );
    const row = await stored();
    expect(row).toMatchObject({
      address: "12 rue de la Paix\n75002 Paris",
      registrationNumber: GOOD_SIRET,
      name: `Practice ${SLUG}`,
      country: "FR",
    });
    expect(await addressMissing()).toBe(false);
    const draft = value(await getNotificationDraft(ctx, dpo, { incidentId }));
    expect(draft.authority.id).toBe("cnil");
    expect(draft.content.controller).toMatchObject({ address: "12 rue de la Paix\n75002 Paris", registrationId: GOOD_SIRET });
    expect(JSON.stringify(draft.document)).toContain(GOOD_SIRET);
    const entry = await ctx.db.auditEntry.findFirstOrThrow({ where: { action: "organization.update" }, orderBy: { seq: "desc" } });
    expect(JSON.parse(entry.detail).changed.registrationNumber).toEqual({ before: null, after: GOOD_SIRET });
  });

  it("settings: a new country checks the stored number against it", async () => {
    const refused = await updateOrganizationSettings(ctx, admin, { organizationId, country: "CZ", timeZone: "Europe/Prague" });
    expect(refused).toMatchObject({ ok: false, fields: [{ field: "registrationNumber", problem: "must be an IČO of 8 digits" }] });
    expect(await updateOrganizationSettings(ctx, dpo, { organizationId, address: "elsewhere" })).toMatchObject({
      ok: false,
      error: "not_found",
    });
  });

  it("CLI: org update sets the details, and names the option that is wrong", async () => {
    const bad = await cli("org", "update", "--slug", SLUG, "--registration", "25596642", "--country", "CZ", "--tz", "Europe/Prague");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--registration");
    expect(bad.stderr).toContain("IČO");
    const town = await cli("org", "update", "--slug", SLUG, "--tz", "Paris");
    expect(town.code).toBe(2);
    expect(town.stderr).toContain("--tz");
    const good = await cli(
      "org",
      "update",
      "--slug",
      SLUG,
      "--country",
      "CZ",
      "--tz",
      "Europe/Prague",
      "--registration",
      "25596641",
      "--address",
      "Vodičkova 1, 110 00 Praha 1",
      "--json",
    );
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({
      slug: SLUG,
      country: "CZ",
      timeZone: "Europe/Prague",
      registrationNumber: "25596641",
      address: "Vodičkova 1, 110 00 Praha 1",
    });
    const draft = value(await getNotificationDraft(ctx, dpo, { incidentId }));
    expect(draft.authority.id).toBe("uoou");
    expect(draft.content.controller.registrationId).toBe("25596641");
    const unknown = await cli("org", "update", "--slug", "no-such-practice", "--address", "x");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--slug");
  });

  it("CLI: org create takes the country's usual zone when none is given, and refuses an unknown country", async () => {
    const created = await cli("org", "create", "--name", "Ordinace Praha", "--country", "CZ", "--json");
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ country: "CZ", timeZone: "Europe/Prague" });
    const unknown = await cli("org", "create", "--name", "Somewhere", "--country", "XX");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--country");
  });

  it("API: GET and PATCH for the practice's administrators, errors naming the field", async () => {
    const read = await api("GET", SLUG);
    expect(read).toMatchObject({ status: 200, body: { slug: SLUG, country: "CZ", registrationNumber: "25596641" } });
    const bad = await api("PATCH", SLUG, { registrationNumber: "1234" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([{ field: "registrationNumber", problem: "must be an IČO of 8 digits" }]);
    const stray = await api("PATCH", SLUG, { slug: "taken-over" });
    expect(stray.status).toBe(422);
    expect(stray.body.errors[0].field).toBe("slug");
    const changed = await api("PATCH", SLUG, { country: "FR", timeZone: "Europe/Paris", registrationNumber: GOOD_SIRET, address: null });
    expect(changed).toMatchObject({
      status: 200,
      body: { country: "FR", registrationNumber: GOOD_SIRET, address: null, name: `Practice ${SLUG}` },
    });
    expect(await addressMissing()).toBe(true);
  });
});
