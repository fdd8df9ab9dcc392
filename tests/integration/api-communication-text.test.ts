import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/lib/db/client";
import { cliOperator, type Actor } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { actorFromBearer } from "@/lib/server/auth/api-actor";
import { addRecipient } from "@/lib/server/communications/add-recipient";
import { createCommunicationDraft } from "@/lib/server/communications/create-communication-draft";
import { previewForRecipient } from "@/lib/server/communications/preview-for-recipient";
import { listRecipients } from "@/lib/server/communications/list-recipients";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { addMember } from "@/lib/server/users/add-member";
import { incidentToTell, value } from "./support/communication-fixtures";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * The DPO's own wording of a letter or e-mail through the JSON API, as the page does it:
 * GET and PUT /api/v1/communications/{id}/text, with the page's schema (communicationTextSchema), per language,
 * approval then covering exactly that text, and the OpenAPI document describing it.
 */
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<"GET" | "PUT" | "POST", Handler>>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- arbitrary JSON read by expect()
type Json = Record<string, any>;

const API_ROOT = fileURLToPath(new URL("../../app/api/v1", import.meta.url));
const routeModule = async (folder: string) => (await import(path.join(API_ROOT, folder, "route.ts"))) as RouteModule;

let ctx: TestContext;
const tokens: Record<"dpo" | "manager", string> = { dpo: "", manager: "" };
let dpo: Actor;
let manager: Actor;
let incidentId = "";
let textRoute: RouteModule;
let approveRoute: RouteModule;

async function call(route: RouteModule, method: "GET" | "PUT" | "POST", communicationId: string, body?: unknown, token = tokens.dpo) {
  const headers = new Headers({ Authorization: `Bearer ${token}` });
  if (body !== undefined) headers.set("Content-Type", "application/json");
  const request = new Request(`https://breachdesk.test/api/v1/communications/${communicationId}/text`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const response = await route[method]!(request, { params: Promise.resolve({ id: communicationId }) });
  const text = await response.text();
  return { status: response.status, type: response.headers.get("content-type") ?? "", json: JSON.parse(text) as Json };
}

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date() });
  process.env.DATABASE_URL = ctx.url;
  process.env.APP_URL = "https://breachdesk.test";
  value(await createOrganization(ctx, cliOperator, { name: "Cabinet Texte", slug: "cabinet-texte" }));
  await ctx.db.organization.update({
    where: { slug: "cabinet-texte" },
    data: { dpoName: "Dr. Jana Dvořák", dpoEmail: "dpo@texte.example", dpoPhone: "+33 1 23 45 67 89" },
  });
  for (const role of ["dpo", "manager"] as const) {
    value(await addMember(ctx, cliOperator, { organization: "cabinet-texte", email: `${role}@texte.example`, role }));
    tokens[role] = value(await createApiToken(ctx, cliOperator, { email: `${role}@texte.example` })).token;
  }
  dpo = (await actorFromBearer(ctx, `Bearer ${tokens.dpo}`, null))!;
  manager = (await actorFromBearer(ctx, `Bearer ${tokens.manager}`, null))!;
  incidentId = (await incidentToTell(ctx, manager, dpo)).id;
  textRoute = await routeModule("communications/[id]/text");
  approveRoute = await routeModule("communications/[id]/approve");
});

afterAll(async () => {
  await closeDb();
  delete process.env.DATABASE_URL;
  await ctx.close();
});

async function letter(language: "en" | "fr") {
  const communicationId = value(await createCommunicationDraft(ctx, dpo, { incidentId, language, channel: "letter" })).communication.id;
  value(
    await addRecipient(ctx, dpo, { communicationId, recipient: { name: "Marie Dubois", postalAddress: "3 rue des Lilas\n75011 Paris" } }),
  );
  return communicationId;
}

describe("GET and PUT /api/v1/communications/{id}/text", () => {
  it("reads the generated text, saves the DPO's wording in the letter's language, and approval covers exactly it", async () => {
    const communicationId = await letter("fr");
    const generated = await call(textRoute, "GET", communicationId);
    expect(generated.status).toBe(200);
    expect(generated.json).toMatchObject({ edited: false, sha256: null });
    expect(generated.json.text).toContain("Si vous avez des questions");

    const ownWords = generated.json.text.replace(/^[^\n]*\n/, "Madame, Monsieur {name},\n\nNous vous devons une explication.\n");
    const saved = await call(textRoute, "PUT", communicationId, { subject: "Vos rendez-vous", text: ownWords });
    expect(saved.status).toBe(200);
    expect(saved.json).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), approvalVoided: false });
    expect((await call(textRoute, "GET", communicationId)).json).toEqual({
      subject: "Vos rendez-vous",
      text: ownWords,
      edited: true,
      sha256: saved.json.sha256,
    });

    expect((await call(approveRoute, "POST", communicationId)).status).toBe(200);
    const approval = await ctx.db.auditEntry.findFirstOrThrow({ where: { action: "communication.approve" }, orderBy: { seq: "desc" } });
    expect(JSON.parse(approval.detail)).toMatchObject({ communicationId, language: "fr", textSha256: saved.json.sha256 });
    const [person] = value(await listRecipients(ctx, dpo, { communicationId })).recipients;
    expect(value(await previewForRecipient(ctx, dpo, { communicationId, recipientId: person!.id })).text).toBe(
      ownWords.replace("{name}", "Marie Dubois"),
    );

    // An edit after approval takes it back.
    const again = await call(textRoute, "PUT", communicationId, { subject: "Vos rendez-vous", text: `${ownWords}\n\nPS` });
    expect(again.json.approvalVoided).toBe(true);
  });

  it("refuses with the page's schema, naming each bad field, and lets only the DPO write", async () => {
    const communicationId = await letter("en");
    const bad = await call(textRoute, "PUT", communicationId, { subject: "Line one\nline two", text: "   ", extra: 1 });
    expect(bad.status).toBe(422);
    expect(bad.type).toContain("application/problem+json");
    const fields = Object.fromEntries(bad.json.errors.map((error: { field: string; problem: string }) => [error.field, error.problem]));
    expect(Object.keys(fields).sort()).toEqual(["(input)", "subject", "text"]);
    // An unknown member is named in the problem of the input as a whole, as everywhere in the API.
    expect(fields["(input)"]).toContain("extra");
    const byManager = await call(textRoute, "PUT", communicationId, { subject: "Hello", text: "Dear {name}" }, tokens.manager);
    expect(byManager.status).toBe(403);
    // The path decides which communication: an id in the body cannot redirect the edit.
    const other = await letter("en");
    const redirected = await call(textRoute, "PUT", communicationId, { communicationId: other, subject: "S", text: "T" });
    expect(redirected.status).toBe(200);
    expect((await call(textRoute, "GET", other)).json.edited).toBe(false);
  });

  it("approval refuses an edited text that dropped the contact point, naming it", async () => {
    const communicationId = await letter("en");
    const generated = (await call(textRoute, "GET", communicationId)).json.text as string;
    const start = generated.indexOf("If you have questions");
    const shortened = generated.slice(0, start) + generated.slice(generated.indexOf("We are sorry"));
    expect((await call(textRoute, "PUT", communicationId, { subject: "Your data", text: shortened })).status).toBe(200);
    const refused = await call(approveRoute, "POST", communicationId);
    expect(refused.status).toBe(422);
    expect(refused.json.errors).toEqual([
      { field: "text", problem: expect.stringMatching(/^Your text no longer gives the contact point/) },
    ]);
  });

  it("is in the OpenAPI document, GET and PUT, with the body's fields", async () => {
    const openapi = await routeModule("openapi.json");
    const response = await openapi.GET!(new Request("https://breachdesk.test/api/v1/openapi.json"), { params: Promise.resolve({}) });
    const document = (await response.json()) as Json;
    const path = document.paths["/communications/{id}/text"];
    expect(Object.keys(path)).toEqual(expect.arrayContaining(["get", "put"]));
    const body = path.put.requestBody.content["application/json"].schema;
    expect(body.required).toEqual(["subject", "text"]);
    expect(Object.keys(body.properties)).toEqual(["subject", "text"]);
  });
});
