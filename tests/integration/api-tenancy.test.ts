import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/lib/db/client";
import { cliOperator, type Actor } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { actorFromBearer } from "@/lib/server/auth/api-actor";
import { sealApprovedContent, sealDraftContent } from "@/lib/server/communications/frozen-content";
import { loadMessageInput } from "@/lib/server/communications/message-input";
import { emailDigestOf } from "@/lib/server/communications/recipients-store";
import { newRowId } from "@/lib/server/crypto/new-row-id";
import { at, seal } from "@/lib/server/crypto/sealed-text";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { exportPacket } from "@/lib/server/packet/export-packet";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { addMember } from "@/lib/server/users/add-member";
import { createTestContext, type TestContext } from "./support/test-context";
import { misdirectedResults } from "./support/facts";
import { value } from "./support/value";

/*
 * The security table of the JSON API. It DISCOVERS every route file under app/api/v1 and fails when a
 * route and method has no row here, so an endpoint added later cannot skip these checks.
 *
 * To add an endpoint: add a row to ROUTE_TABLE with
 *   - route: the folder path as discovered ("/api/v1/incidents/[id]/notification"), method: the export name;
 *   - request(target): the params/query/body of a request on practice A's own data ("own") or on practice
 *     B's ("foreign", which a user of A must get 404 for; a filter naming B's slug gets 422 as an unknown one);
 *   - expected: the status for each role of practice A (manager, dpo, lawyer, admin) on its own data, and
 *     `foreign`: the status every one of them gets on B's data. Anonymous calls always expect 401
 *     (public: true, the OpenAPI document only, expects 200).
 * Every answer must also be Cache-Control: no-store, every error problem+json, and no answer to practice
 * A may contain practice B's incident id or title.
 */

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Role = "manager" | "dpo" | "lawyer" | "admin";
const ROLES: readonly Role[] = ["manager", "dpo", "lawyer", "admin"];
const METHODS: readonly Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

interface ApiRequest {
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
}

interface RouteCase {
  route: string;
  method: Method;
  public?: boolean;
  request(target: "own" | "foreign"): Promise<ApiRequest> | ApiRequest;
  expected: Record<Role | "foreign", number>;
}

const ALL_OK = { manager: 200, dpo: 200, lawyer: 200, admin: 200 };
/** What a change of the incident file expects: the lawyer advises and the administrator supports, neither edits. */
const EDITORS_ONLY = { manager: 200, dpo: 200, lawyer: 403, admin: 403 };

const BREACH_B_TITLE = "Practice B imaging server exposed";

const completeFacts = misdirectedResults({ subjects: { count: 3, categories: ["patients"] }, records: 3 });

const incidentBody = (title: string) => ({
  title,
  description: "Lab results e-mailed to the wrong patient.",
  awareAt: "2026-03-27T22:30:00Z",
  timeZone: "Europe/Paris",
  facts: completeFacts,
});

let ctx: TestContext;
const tokens = {} as Record<Role, string>;
let incidentA = "";
let incidentB = "";

const incidentOf = (target: "own" | "foreign") => (target === "own" ? incidentA : incidentB);
const RATIONALE = "Explained in writing for the register and the authority.";

/** A fresh incident of practice A brought to the given state by its DPO, so each call meets a valid state. */
async function incidentOfA(state: "under_assessment" | "decided"): Promise<string> {
  const manager = await actorFor(tokens.manager);
  const dpo = await actorFor(tokens.dpo);
  const id = value(await createIncident(ctx, manager, { ...incidentBody("Practice A follow-up case"), submit: true })).id;
  value(await changeIncidentState(ctx, dpo, { incidentId: id, to: "under_assessment" }));
  if (state === "decided") {
    value(
      await createAssessment(ctx, dpo, {
        incidentId: id,
        authorityDecision: "accept",
        authorityRationale: RATIONALE,
        subjectsDecision: "accept",
        subjectsRationale: RATIONALE,
      }),
    );
  }
  return id;
}

let exportA: string | undefined;
async function exportOfA(): Promise<string> {
  exportA ??= value(await exportPacket(ctx, await actorFor(tokens.dpo), { incidentId: incidentA })).exportId;
  return exportA;
}
const slugOf = (target: "own" | "foreign") => (target === "own" ? "practice-a" : "practice-b");
async function versionOf(id: string) {
  return (await ctx.db.incident.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

/**
 * A communication of practice A ("own") or B ("foreign") with one person on it, written directly (the routes
 * are what is tested here). Its practice gets a contact point and its incident the measures taken, so the
 * letter is complete (Art. 34(2)) and approval can succeed.
 */
async function communicationOf(
  target: "own" | "foreign",
  state: "draft" | "approved" | "partially_failed",
  channel: "email" | "letter" = "email",
): Promise<string> {
  const incidentId = incidentOf(target);
  const slug = slugOf(target);
  await ctx.db.organization.update({ where: { slug }, data: { dpoName: "Dr. Jana Dvořák", dpoEmail: `dpo@${slug}.example` } });
  const incident = await ctx.db.incident.update({
    where: { id: incidentId },
    data: { containment: seal("Access was closed.", at("incident", "containment", incidentId)) },
    select: { createdById: true },
  });
  const messageInput = await loadMessageInput(ctx.db, incidentId);
  const communicationId = newRowId();
  const recipientId = newRowId();
  const communication = await ctx.db.communication.create({
    data: {
      id: communicationId,
      incidentId,
      language: "en",
      channel,
      status: state,
      subject: "Important information about your personal data",
      content:
        state !== "draft" && messageInput
          ? sealApprovedContent(communicationId, messageInput, new Date())
          : sealDraftContent(communicationId),
      createdById: incident.createdById,
    },
    select: { id: true },
  });
  const person =
    channel === "email"
      ? { email: seal("anna@example.org", at("recipient", "email", recipientId)), emailDigest: emailDigestOf("anna@example.org") }
      : { postalAddress: seal("3 Main Street, Dublin", at("recipient", "postalAddress", recipientId)) };
  // Partly failed: the one person was not reached (a letter not posted, an e-mail bounced).
  await ctx.db.recipient.create({
    data: {
      id: recipientId,
      communicationId: communication.id,
      name: seal("Anna Bell", at("recipient", "name", recipientId)),
      position: 1,
      ...person,
      ...(state === "partially_failed" ? { status: "failed" } : {}),
    },
  });
  return communication.id;
}

const ROUTE_TABLE: RouteCase[] = [
  {
    route: "/api/v1/incidents",
    method: "GET",
    // Unfiltered, so the leak check sees everything A's people can list; filtered on B's slug for "foreign".
    request: (target) => (target === "own" ? {} : { query: "?organization=practice-b" }),
    expected: { ...ALL_OK, foreign: 422 },
  },
  {
    route: "/api/v1/incidents",
    method: "POST",
    request: (target) => ({ body: { ...incidentBody("Letter sent to the wrong address"), organization: slugOf(target) } }),
    expected: { manager: 201, dpo: 201, lawyer: 403, admin: 403, foreign: 422 },
  },
  {
    route: "/api/v1/incidents/[id]",
    method: "GET",
    request: (target) => ({ params: { id: incidentOf(target) } }),
    expected: { ...ALL_OK, foreign: 404 },
  },
  {
    route: "/api/v1/incidents/[id]",
    method: "PATCH",
    request: async (target) => {
      const id = incidentOf(target);
      const version = await versionOf(id);
      return { params: { id }, body: { version, facts: { ...completeFacts, records: 3 + version } } };
    },
    expected: { ...EDITORS_ONLY, foreign: 404 },
  },
  {
    route: "/api/v1/incidents/[id]/deadlines",
    method: "GET",
    request: (target) => ({ params: { id: incidentOf(target) } }),
    expected: { ...ALL_OK, foreign: 404 },
  },
  {
    route: "/api/v1/register",
    method: "GET",
    // Unfiltered, so the leak check sees everything A's people can list; filtered on B's slug for "foreign".
    request: (target) => (target === "own" ? {} : { query: "?organization=practice-b" }),
    expected: { ...ALL_OK, foreign: 422 },
  },
  {
    route: "/api/v1/organizations/[slug]",
    method: "GET",
    request: (target) => ({ params: { slug: slugOf(target) } }),
    expected: { manager: 403, dpo: 403, lawyer: 403, admin: 200, foreign: 404 },
  },
  {
    route: "/api/v1/organizations/[slug]",
    method: "PATCH",
    request: (target) => ({ params: { slug: slugOf(target) }, body: { address: "1 rue de la Paix, 75002 Paris" } }),
    expected: { manager: 403, dpo: 403, lawyer: 403, admin: 200, foreign: 404 },
  },
  {
    route: "/api/v1/me",
    method: "GET",
    // Only the token's own person: there is nothing of B's to ask for, and the leak check still applies.
    request: () => ({}),
    expected: { ...ALL_OK, foreign: 200 },
  },
  {
    route: "/api/v1/incidents/[id]/communications",
    method: "GET",
    request: (target) => ({ params: { id: incidentOf(target) } }),
    expected: { ...ALL_OK, foreign: 404 },
  },
  {
    route: "/api/v1/incidents/[id]/communications",
    method: "POST",
    request: (target) => ({
      params: { id: incidentOf(target) },
      body: { language: "en", channel: "email", recipients: [{ name: "Anna Bell", email: "anna@example.org" }] },
    }),
    expected: { manager: 201, dpo: 201, lawyer: 403, admin: 403, foreign: 404 },
  },
  {
    route: "/api/v1/communications/[id]",
    method: "GET",
    request: async (target) => ({ params: { id: await communicationOf(target, "draft") } }),
    expected: { ...ALL_OK, foreign: 404 },
  },
  {
    route: "/api/v1/communications/[id]/recipients",
    method: "GET",
    request: async (target) => ({ params: { id: await communicationOf(target, "draft") } }),
    expected: { ...ALL_OK, foreign: 404 },
  },
  {
    route: "/api/v1/communications/[id]/recipients",
    method: "POST",
    request: async (target) => ({
      params: { id: await communicationOf(target, "draft") },
      body: { csv: "name,email\nBob Brun,bob@example.org\n" },
    }),
    expected: { ...EDITORS_ONLY, foreign: 404 },
  },
  {
    route: "/api/v1/communications/[id]/text",
    method: "GET",
    request: async (target) => ({ params: { id: await communicationOf(target, "draft") } }),
    expected: { ...ALL_OK, foreign: 404 },
  },
  {
    route: "/api/v1/communications/[id]/text",
    method: "PUT",
    // Only the DPO words the message.
    request: async (target) => ({
      params: { id: await communicationOf(target, "draft") },
      body: { subject: "About your data", text: "Dear {name},\n\nWe are writing to you about an incident." },
    }),
    expected: { manager: 403, dpo: 200, lawyer: 403, admin: 403, foreign: 404 },
  },
  {
    route: "/api/v1/communications/[id]/approve",
    method: "POST",
    // A fresh complete draft for every call: only the DPO approves.
    request: async (target) => ({ params: { id: await communicationOf(target, "draft") } }),
    expected: { manager: 403, dpo: 200, lawyer: 403, admin: 403, foreign: 404 },
  },
  {
    route: "/api/v1/communications/[id]/send",
    method: "POST",
    // A fresh approved communication for every call: only the DPO sends, and the answer is 202 (queued).
    request: async (target) => ({ params: { id: await communicationOf(target, "approved") } }),
    expected: { manager: 403, dpo: 202, lawyer: 403, admin: 403, foreign: 404 },
  },
  {
    route: "/api/v1/communications/[id]/follow-up",
    method: "POST",
    // A fresh partly failed letter communication for every call: a manager or the DPO prepares the follow-up.
    request: async (target) => ({
      params: { id: await communicationOf(target, "partially_failed", "letter") },
      body: { channel: "letter" },
    }),
    expected: { manager: 201, dpo: 201, lawyer: 403, admin: 403, foreign: 404 },
  },
  {
    route: "/api/v1/communications/[id]/delivered",
    method: "POST",
    // A fresh approved letter communication for every call: only the DPO records that the letters were posted.
    request: async (target) => ({
      params: { id: await communicationOf(target, "approved", "letter") },
      body: { sentAt: new Date().toISOString(), how: "registered mail" },
    }),
    expected: { manager: 403, dpo: 200, lawyer: 403, admin: 403, foreign: 404 },
  },
  {
    route: "/api/v1/incidents/[id]/assessments",
    method: "GET",
    request: (target) => ({ params: { id: incidentOf(target) } }),
    expected: { ...ALL_OK, foreign: 404 },
  },
  {
    route: "/api/v1/incidents/[id]/assessments",
    method: "POST",
    // A fresh incident under assessment for every call: only the DPO decides.
    request: async (target) => ({
      params: { id: target === "own" ? await incidentOfA("under_assessment") : incidentB },
      body: { authorityDecision: "accept", authorityRationale: RATIONALE, subjectsDecision: "accept", subjectsRationale: RATIONALE },
    }),
    expected: { manager: 403, dpo: 201, lawyer: 403, admin: 403, foreign: 404 },
  },
  {
    route: "/api/v1/incidents/[id]/notification",
    method: "GET",
    request: (target) => ({ params: { id: incidentOf(target) } }),
    expected: { ...ALL_OK, foreign: 404 },
  },
  {
    route: "/api/v1/incidents/[id]/notification/details",
    method: "GET",
    request: (target) => ({ params: { id: incidentOf(target) } }),
    expected: { ...ALL_OK, foreign: 404 },
  },
  {
    route: "/api/v1/incidents/[id]/notification/details",
    method: "PUT",
    // A different answer each time at the current version, so every allowed call really saves.
    request: async (target) => {
      const id = incidentOf(target);
      const version = await versionOf(id);
      return { params: { id }, body: { version, systemsInvolved: `Practice server, saved at version ${version}`, crossBorder: false } };
    },
    expected: { ...EDITORS_ONLY, foreign: 404 },
  },
  {
    route: "/api/v1/incidents/[id]/filings",
    method: "GET",
    request: (target) => ({ params: { id: incidentOf(target) } }),
    expected: { ...ALL_OK, foreign: 404 },
  },
  {
    route: "/api/v1/incidents/[id]/filings",
    method: "POST",
    // Aware in March 2026, filed now: late, so the reasons for the delay come with it. Only the DPO files.
    request: async (target) => ({
      params: { id: target === "own" ? await incidentOfA("decided") : incidentB },
      body: { kind: "initial", channel: "online_form", filedAt: new Date().toISOString(), lateReason: RATIONALE },
    }),
    expected: { manager: 403, dpo: 201, lawyer: 403, admin: 403, foreign: 404 },
  },
  {
    route: "/api/v1/incidents/[id]/packet",
    method: "POST",
    request: (target) => ({ params: { id: incidentOf(target) } }),
    expected: { manager: 403, dpo: 201, lawyer: 201, admin: 403, foreign: 404 },
  },
  {
    route: "/api/v1/incidents/[id]/packet/[exportId]",
    method: "GET",
    // An export of A's incident made by A's DPO; B's incident with an export id that is not its own.
    request: async (target) => ({ params: { id: incidentOf(target), exportId: await exportOfA() } }),
    expected: { manager: 403, dpo: 200, lawyer: 200, admin: 403, foreign: 404 },
  },
  {
    route: "/api/v1/openapi.json",
    method: "GET",
    public: true,
    request: () => ({}),
    expected: { ...ALL_OK, foreign: 200 },
  },
];

const API_ROOT = fileURLToPath(new URL("../../app/api/v1", import.meta.url));

/** Every route file under app/api/v1, as its route path ("/api/v1/incidents/[id]") and file. */
function discoverRouteFiles(): Array<{ route: string; file: string }> {
  return readdirSync(API_ROOT, { recursive: true, encoding: "utf8" })
    .filter((relative) => /(^|\/)route\.(ts|tsx|js)$/.test(relative))
    .map((relative) => {
      const folder = path.dirname(relative);
      return { route: folder === "." ? "/api/v1" : `/api/v1/${folder.split(path.sep).join("/")}`, file: path.join(API_ROOT, relative) };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function discoverRoutes(): Promise<Array<{ route: string; method: Method; handler: Handler }>> {
  const found = [];
  for (const { route, file } of discoverRouteFiles()) {
    const exported = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) {
      const handler = exported[method];
      if (typeof handler === "function") found.push({ route, method, handler: handler as Handler });
    }
  }
  return found;
}

let routes: Awaited<ReturnType<typeof discoverRoutes>> = [];

async function call(route: string, method: Method, token: string | null, request: ApiRequest): Promise<Response> {
  const entry = routes.find((candidate) => candidate.route === route && candidate.method === method);
  if (!entry) throw new Error(`no handler for ${method} ${route}`);
  const params = request.params ?? {};
  const pathname = route.replace(/\[(\w+)\]/g, (_all, name: string) => encodeURIComponent(params[name] ?? ""));
  const headers = new Headers();
  if (token) headers.set("Authorization", `Bearer ${token}`);
  if (request.body !== undefined) headers.set("Content-Type", "application/json");
  const init: RequestInit = { method, headers };
  if (request.body !== undefined) init.body = JSON.stringify(request.body);
  return entry.handler(new Request(`https://breachdesk.test${pathname}${request.query ?? ""}`, init), { params: Promise.resolve(params) });
}

/** The checks every answer must pass, whatever its status. */
async function checkAnswer(response: Response, label: string): Promise<string> {
  const text = await response.text();
  expect(response.headers.get("cache-control"), `${label}: Cache-Control`).toBe("no-store");
  if (response.status >= 400) {
    expect(response.headers.get("content-type"), `${label}: problem+json`).toBe("application/problem+json");
    expect(JSON.parse(text), `${label}: problem body`).toMatchObject({
      status: response.status,
      type: expect.any(String),
      title: expect.any(String),
    });
  }
  return text;
}

async function actorFor(token: string): Promise<Actor> {
  const actor = await actorFromBearer(ctx, `Bearer ${token}`, "127.0.0.1");
  if (!actor) throw new Error("token did not resolve");
  return actor;
}

beforeAll(async () => {
  // Route handlers use defaultContext(): point it at this file's database before the first route import.
  // The clock is the real one, since the handlers' is.
  ctx = await createTestContext({ now: new Date() });
  process.env.DATABASE_URL = ctx.url;
  process.env.APP_URL = "https://breachdesk.test";

  value(await createOrganization(ctx, cliOperator, { name: "Practice A", slug: "practice-a" }));
  value(await createOrganization(ctx, cliOperator, { name: "Practice B", slug: "practice-b" }));
  for (const role of ROLES) {
    const email = `${role}@practice-a.example`;
    value(await addMember(ctx, cliOperator, { organization: "practice-a", email, role }));
    tokens[role] = value(await createApiToken(ctx, cliOperator, { email })).token;
  }
  value(await addMember(ctx, cliOperator, { organization: "practice-b", email: "manager@practice-b.example", role: "manager" }));
  const tokenB = value(await createApiToken(ctx, cliOperator, { email: "manager@practice-b.example" })).token;

  incidentA = value(
    await createIncident(ctx, await actorFor(tokens.manager), { ...incidentBody("Practice A wrong recipient"), submit: true }),
  ).id;
  incidentB = value(await createIncident(ctx, await actorFor(tokenB), { ...incidentBody(BREACH_B_TITLE), submit: true })).id;
  routes = await discoverRoutes();
});

afterAll(async () => {
  await closeDb();
  delete process.env.DATABASE_URL;
  await ctx.close();
});

describe("the API route table", () => {
  it("discovers the route files under app/api/v1", () => {
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.map((route) => `${route.method} ${route.route}`)).toContain("GET /api/v1/incidents/[id]");
  });

  it("has a row for every discovered route and method, and no row for a route that does not exist", () => {
    const discovered = routes.map((route) => `${route.method} ${route.route}`).sort();
    const listed = ROUTE_TABLE.map((row) => `${row.method} ${row.route}`).sort();
    expect(
      discovered.filter((key) => !listed.includes(key)),
      "routes missing from ROUTE_TABLE",
    ).toEqual([]);
    expect(
      listed.filter((key) => !discovered.includes(key)),
      "rows without a route",
    ).toEqual([]);
    expect(new Set(listed).size, "duplicate rows").toBe(listed.length);
  });

  it.each(ROUTE_TABLE.map((row) => [`${row.method} ${row.route}`, row] as const))(
    "%s: no token, or a wrong one, is 401",
    async (label, row) => {
      const noToken = await call(row.route, row.method, null, await row.request("own"));
      await checkAnswer(noToken, `${label} without a token`);
      expect(noToken.status).toBe(row.public ? 200 : 401);
      if (!row.public) expect(noToken.headers.get("www-authenticate")).toMatch(/^Bearer\b/);

      const wrongToken = await call(row.route, row.method, "bdt_not-a-real-token", await row.request("own"));
      await checkAnswer(wrongToken, `${label} with a wrong token`);
      expect(wrongToken.status).toBe(row.public ? 200 : 401);
      if (!row.public) expect(wrongToken.headers.get("www-authenticate")).toMatch(/^Bearer\b.*invalid_token/);
    },
  );

  it.each(ROUTE_TABLE.map((row) => [`${row.method} ${row.route}`, row] as const))(
    "%s: each role of practice A gets its expected status",
    async (label, row) => {
      const actual: Partial<Record<Role | "foreign", number>> = {};
      for (const role of ROLES) {
        const response = await call(row.route, row.method, tokens[role], await row.request("own"));
        const text = await checkAnswer(response, `${label} as ${role}`);
        expect(text, `${label} as ${role} leaks practice B`).not.toContain(incidentB);
        expect(text, `${label} as ${role} leaks practice B`).not.toContain(BREACH_B_TITLE);
        actual[role] = response.status;
      }
      const foreign: number[] = [];
      for (const role of ROLES) {
        const response = await call(row.route, row.method, tokens[role], await row.request("foreign"));
        const text = await checkAnswer(response, `${label} as ${role} on practice B`);
        expect(text, `${label} as ${role} on practice B leaks it`).not.toContain(BREACH_B_TITLE);
        foreign.push(response.status);
      }
      // Every role of A gets the same answer on B's data; one differing would itself reveal something.
      expect(new Set(foreign).size, `${label}: roles differ on practice B: ${foreign.join(", ")}`).toBe(1);
      actual.foreign = foreign[0];
      expect(actual).toEqual(row.expected);
    },
  );

  it("lists practice A's own incident but never B's (the leak check above would see it)", async () => {
    for (const route of ["/api/v1/incidents", "/api/v1/register"]) {
      const text = await (await call(route, "GET", tokens.lawyer, {})).text();
      expect(text, route).toContain(incidentA);
      expect(text, route).not.toContain(incidentB);
    }
  });

  it("left practice B's incident untouched by everything practice A sent", async () => {
    const b = await ctx.db.incident.findUniqueOrThrow({ where: { id: incidentB }, select: { version: true, facts: true } });
    expect(b.version).toBe(1);
    expect(JSON.parse(b.facts)).toEqual(completeFacts);
    expect(await ctx.db.incident.count({ where: { organization: { slug: "practice-b" } } })).toBe(1);
  });
});
