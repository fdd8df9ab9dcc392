import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assessBreach } from "@/lib/domain/risk";
import { closeDb } from "@/lib/db/client";
import { cliOperator } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { withApi } from "@/lib/server/api/with-api";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { addMember } from "@/lib/server/users/add-member";
import { createTestContext, type TestContext } from "./support/test-context";
import { stolenRecords } from "./support/facts";
import { value } from "./support/value";

/*
 * The incident and register endpoints of the JSON API, called as route handlers on a real database:
 * what comes back (status, headers, body) and what is, or is not, written.
 */

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<"GET" | "POST" | "PATCH", Handler>>;
/** The answers' JSON, walked freely by the assertions (which check its shape). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- arbitrary JSON read by expect()
type Json = Record<string, any>;

const API_ROOT = fileURLToPath(new URL("../../app/api/v1", import.meta.url));
const routeModule = async (folder: string) => (await import(path.join(API_ROOT, folder, "route.ts"))) as RouteModule;

let ctx: TestContext;
let token = "";
let routes: Record<"incidents" | "incident" | "deadlines" | "register" | "me" | "openapi", RouteModule>;

const facts = stolenRecords(5300, 5300, { confidentiality: { recipients: "public", exfiltration: "unknown" } });

const goodBody = {
  title: "Patient portal database published online",
  description: "A misconfigured backup of the portal database was reachable from the internet.",
  occurredAt: "2026-03-25T10:00:00Z",
  discoveredAt: "2026-03-27T22:00:00Z",
  awareAt: "2026-03-27T22:30:00Z",
  timeZone: "Europe/Paris",
  facts,
};

interface Call {
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  /** Sent as it is (for malformed JSON); otherwise `body` is JSON.stringify'd. */
  rawBody?: string;
  headers?: Record<string, string>;
}

async function call(route: RouteModule, method: "GET" | "POST" | "PATCH", pathname: string, options: Call = {}) {
  const handler = route[method];
  if (!handler) throw new Error(`${pathname} has no ${method}`);
  const headers = new Headers({ Authorization: `Bearer ${token}`, ...options.headers });
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined && !headers.has("content-type")) headers.set("Content-Type", "application/json");
  const request = new Request(`https://breachdesk.test${pathname}${options.query ?? ""}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  expect(response.headers.get("cache-control")).toBe("no-store");
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  return { status: response.status, headers: response.headers, text, json: type.includes("json") ? (JSON.parse(text) as Json) : null };
}

const counts = async () => ({
  incidents: await ctx.db.incident.count(),
  audit: await ctx.db.auditEntry.count(),
  revisions: await ctx.db.incidentRevision.count(),
});

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date() });
  process.env.DATABASE_URL = ctx.url;
  process.env.APP_URL = "https://breachdesk.test";
  value(await createOrganization(ctx, cliOperator, { name: "Cabinet Dupont", slug: "cabinet-dupont" }));
  value(await addMember(ctx, cliOperator, { organization: "cabinet-dupont", email: "dpo@dupont.example", role: "dpo" }));
  token = value(await createApiToken(ctx, cliOperator, { email: "dpo@dupont.example" })).token;
  routes = {
    incidents: await routeModule("incidents"),
    incident: await routeModule("incidents/[id]"),
    deadlines: await routeModule("incidents/[id]/deadlines"),
    register: await routeModule("register"),
    me: await routeModule("me"),
    openapi: await routeModule("openapi.json"),
  };
});

afterAll(async () => {
  await closeDb();
  delete process.env.DATABASE_URL;
  await ctx.close();
});

describe("POST /api/v1/incidents", () => {
  it("creates a reported incident: 201, Location, and the fields sent plus id and version", async () => {
    const { status, headers, json } = await call(routes.incidents, "POST", "/api/v1/incidents", { body: goodBody });
    expect(status).toBe(201);
    expect(json).toMatchObject({
      title: goodBody.title,
      description: goodBody.description,
      occurredAt: "2026-03-25T10:00:00.000Z",
      discoveredAt: "2026-03-27T22:00:00.000Z",
      awareAt: "2026-03-27T22:30:00.000Z",
      timeZone: "Europe/Paris",
      facts,
      version: 1,
      state: "reported",
      organization: { slug: "cabinet-dupont" },
      // An integration states its facts: without `assumedFacts`, none is recorded as assumed.
      assumedFacts: [],
    });
    expect(json!.id).toEqual(expect.any(String));
    expect((await ctx.db.incident.findUniqueOrThrow({ where: { id: json!.id as string } })).assumedFacts).toBe("[]");
    expect(headers.get("location")).toBe(`/api/v1/incidents/${json!.id}`);
  });

  it('saves a draft with partial facts when "submit" is false', async () => {
    const { status, json } = await call(routes.incidents, "POST", "/api/v1/incidents", {
      body: {
        title: "Laptop missing",
        awareAt: "2026-03-20T09:00:00+01:00",
        timeZone: "Europe/Paris",
        facts: { breachTypes: ["confidentiality"] },
        submit: false,
      },
    });
    expect(status).toBe(201);
    expect(json).toMatchObject({ state: "draft", factsComplete: false, facts: { breachTypes: ["confidentiality"] } });
  });

  it.each([
    ["awareness before the breach began", { occurredAt: "2026-03-28T10:00:00Z", discoveredAt: null }, "awareAt", /before occurredAt/],
    ["awareness in the future", { awareAt: "2099-01-01T00:00:00Z" }, "awareAt", /future/],
    [
      "a negative count of people",
      { facts: { ...facts, subjects: { count: -1, categories: ["patients"] } } },
      "facts.subjects.count",
      /0 or more/,
    ],
    [
      "an unknown data category",
      { facts: { ...facts, dataCategories: ["health", "shoe_size"] } },
      "facts.dataCategories.1",
      /must be one of/,
    ],
    ["incomplete facts without submit: false", { facts: { role: "controller" } }, "facts.cause", /./],
    ["a time without an offset", { awareAt: "2026-03-27T22:30:00" }, "awareAt", /offset/],
    [
      "an unknown assumed answer",
      { assumedFacts: ["facts.encryption", "facts.horoscope"] },
      "assumedFacts.1",
      /not an answer that can be assumed: "facts\.horoscope"/,
    ],
  ])("answers 422 problem+json naming the field for %s, and writes nothing", async (_label, change, field, problem) => {
    const before = await counts();
    const { status, headers, json } = await call(routes.incidents, "POST", "/api/v1/incidents", { body: { ...goodBody, ...change } });
    expect(status).toBe(422);
    expect(headers.get("content-type")).toBe("application/problem+json");
    expect(json).toMatchObject({ type: "about:blank", title: "Unprocessable Content", status: 422, instance: "/api/v1/incidents" });
    expect(json!.detail).toEqual(expect.any(String));
    const named = (json!.errors as Array<{ field: string; problem: string }>).find((error) => error.field === field);
    expect(named, JSON.stringify(json!.errors)).toBeDefined();
    expect(named!.problem).toMatch(problem);
    expect(await counts()).toEqual(before);
  });

  it("answers 400 naming the body for malformed JSON, 415 for a body that is not JSON, 422 for JSON that is not an object", async () => {
    const before = await counts();
    const malformed = await call(routes.incidents, "POST", "/api/v1/incidents", { rawBody: '{"title": "Unclosed' });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get("content-type")).toBe("application/problem+json");
    expect(malformed.json!.errors).toEqual([{ field: "body", problem: expect.stringMatching(/not valid JSON/) }]);

    const form = await call(routes.incidents, "POST", "/api/v1/incidents", {
      rawBody: "title=x",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(form.status).toBe(415);
    expect(form.json!.errors).toEqual([{ field: "body", problem: expect.any(String) }]);

    const list = await call(routes.incidents, "POST", "/api/v1/incidents", { body: [goodBody] });
    expect(list.status).toBe(422);
    expect(list.json!.errors).toEqual([{ field: "body", problem: "must be a JSON object" }]);
    expect(await counts()).toEqual(before);
  });
});

describe("GET and PATCH /api/v1/incidents/{id}", () => {
  let id = "";
  beforeAll(async () => {
    id = (await call(routes.incidents, "POST", "/api/v1/incidents", { body: { ...goodBody, title: "Fax sent to the wrong number" } })).json!
      .id as string;
  });

  it("reads the incident, and an unknown id is 404 problem+json", async () => {
    const { status, json } = await call(routes.incident, "GET", `/api/v1/incidents/${id}`, { params: { id } });
    expect(status).toBe(200);
    expect(json).toMatchObject({ id, title: "Fax sent to the wrong number", version: 1, facts });
    const missing = await call(routes.incident, "GET", "/api/v1/incidents/nope", { params: { id: "nope" } });
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ status: 404, instance: "/api/v1/incidents/nope" });
  });

  it("saves a change made at the version read, then answers 409 with what changed to a stale version, overwriting nothing", async () => {
    const saved = await call(routes.incident, "PATCH", `/api/v1/incidents/${id}`, {
      params: { id },
      body: { version: 1, title: "Fax with lab results sent to the wrong number", facts: { ...facts, records: 12 } },
    });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({ version: 2, title: "Fax with lab results sent to the wrong number", facts: { records: 12 } });

    const before = await ctx.db.incident.findUniqueOrThrow({ where: { id }, select: { title: true, version: true, facts: true } });
    const stale = await call(routes.incident, "PATCH", `/api/v1/incidents/${id}`, {
      params: { id },
      body: { version: 1, title: "Someone else's idea" },
    });
    expect(stale.status).toBe(409);
    expect(stale.headers.get("content-type")).toBe("application/problem+json");
    expect(stale.json).toMatchObject({ status: 409, yourVersion: 1, currentVersion: 2, incident: { version: 2 } });
    expect(stale.json!.changedSince).toEqual(expect.arrayContaining(["title", "facts"]));
    expect(await ctx.db.incident.findUniqueOrThrow({ where: { id }, select: { title: true, version: true, facts: true } })).toEqual(before);
  });

  it("answers 422 naming the fields of a bad change, and for a missing version", async () => {
    const negative = await call(routes.incident, "PATCH", `/api/v1/incidents/${id}`, {
      params: { id },
      body: { version: 2, facts: { ...facts, records: -5 } },
    });
    expect(negative.status).toBe(422);
    expect(negative.json!.errors).toContainEqual({ field: "facts.records", problem: "must be 0 or more" });
    const noVersion = await call(routes.incident, "PATCH", `/api/v1/incidents/${id}`, {
      params: { id },
      body: { title: "No version given" },
    });
    expect(noVersion.status).toBe(422);
    expect(noVersion.json!.errors.map((error: { field: string }) => error.field)).toContain("version");
  });
});

describe("GET /api/v1/incidents/{id}/deadlines", () => {
  it("lists the GDPR 72 hours from awareAt in the incident's zone, with their standing", async () => {
    const id = (await call(routes.incidents, "POST", "/api/v1/incidents", { body: goodBody })).json!.id as string;
    const { status, json } = await call(routes.deadlines, "GET", `/api/v1/incidents/${id}/deadlines`, { params: { id } });
    expect(status).toBe(200);
    expect(json).toMatchObject({
      incidentId: id,
      awareAt: "2026-03-27T22:30:00.000Z",
      timeZone: "Europe/Paris",
      regimes: ["gdpr"],
      role: "controller",
    });
    const authority = json!.deadlines.find((deadline: { obligation: string }) => deadline.obligation === "notify-authority");
    expect(authority).toMatchObject({
      regime: "gdpr",
      basis: "GDPR Art. 33(1)",
      due: "2026-03-30T22:30:00.000Z",
      dueLocal: "2026-03-31T00:30:00+02:00",
      dueUnder1182: "2026-03-30T23:00:00.000Z",
      status: Date.now() > Date.parse("2026-03-30T22:30:00Z") ? "overdue" : expect.any(String),
    });
    expect(authority.remainingMs).toBeCloseTo(Date.parse("2026-03-30T22:30:00Z") - Date.now(), -5);
    expect(await ctx.db.auditEntry.count({ where: { action: "incident.deadlines.read", incidentId: id } })).toBe(1);
  });
});

describe("GET /api/v1/incidents/{id}/deadlines after an assessment and a filing", () => {
  it("adds Art. 34 for a high risk, marks the authority notification met, counts the follow-up from the filing", async () => {
    const id = (await call(routes.incidents, "POST", "/api/v1/incidents", { body: goodBody })).json!.id as string;
    const { id: userId } = await ctx.db.user.findUniqueOrThrow({ where: { email: "dpo@dupont.example" }, select: { id: true } });
    // The assessment and filing services belong to other endpoints; rows written directly stand in for them here.
    await ctx.db.assessment.create({
      data: {
        incidentId: id,
        version: 1,
        factsSnapshot: JSON.stringify(facts),
        suggestion: JSON.stringify(assessBreach(facts)),
        riskLevel: "high",
        authorityDecision: "notify",
        authorityRationale: "health data published",
        subjectsDecision: "communicate",
        subjectsRationale: "high risk",
        decidedById: userId,
      },
    });
    await ctx.db.filing.create({
      data: {
        incidentId: id,
        authority: "cnil",
        kind: "initial",
        channel: "online_form",
        filedAt: new Date("2026-03-29T10:00:00Z"),
        content: "{}",
        filedById: userId,
      },
    });
    const { status, json } = await call(routes.deadlines, "GET", `/api/v1/incidents/${id}/deadlines`, { params: { id } });
    expect(status).toBe(200);
    expect(json!.highRisk).toBe(true);
    const byObligation = Object.fromEntries(json!.deadlines.map((deadline: { obligation: string }) => [deadline.obligation, deadline]));
    expect(byObligation["notify-authority"]).toMatchObject({ due: "2026-03-30T22:30:00.000Z", status: "met", inWords: "met" });
    // Nothing was sent to the people yet: Art. 34 stays open (and, in November 2026, overdue).
    expect(byObligation["communicate-subjects"]).toMatchObject({
      basis: expect.stringContaining("Art. 34"),
      due: "2026-03-30T22:30:00.000Z",
      status: "overdue",
    });
    expect(byObligation["follow-up-notification"]).toMatchObject({
      due: "2026-04-01T10:00:00.000Z",
      provisional: false,
      internalTarget: true,
    });
  });
});

describe("GET /api/v1/register", () => {
  it("answers JSON by default, and a CSV attachment for Accept: text/csv or ?format=csv", async () => {
    const json = await call(routes.register, "GET", "/api/v1/register", { query: "?state=reported" });
    expect(json.status).toBe(200);
    expect(json.json!.rows.length).toBeGreaterThan(0);
    expect(json.json!.rows.every((row: { state: string }) => row.state === "reported")).toBe(true);
    expect(json.json!.filters).toMatchObject({ state: ["reported"] });

    for (const options of [{ headers: { Accept: "text/csv" } }, { query: "?format=csv" }]) {
      const csv = await call(routes.register, "GET", "/api/v1/register", options);
      expect(csv.status).toBe(200);
      expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
      expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="breach-register-.*\.csv"$/);
      const lines = csv.text.trim().split(/\r?\n/);
      // Every incident but drafts (never reported, so not in the Art. 33(5) register), plus the header.
      expect(lines.length).toBe(
        json.json!.rows.length + (await ctx.db.incident.count({ where: { state: { notIn: ["reported", "draft"] } } })) + 1,
      );
      expect(csv.text).toContain("Patient portal database published online");
    }
  });

  it("names a bad filter: an unknown parameter, a year that is not a number, an unknown format", async () => {
    for (const [query, field] of [
      ["?colour=red", "colour"],
      ["?year=last", "year"],
      ["?format=xml", "format"],
    ] as const) {
      const { status, json } = await call(routes.register, "GET", "/api/v1/register", { query });
      expect(status).toBe(422);
      expect(json!.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
  });
});

describe("GET /api/v1/me and the wrapper", () => {
  it("says who the token acts as", async () => {
    const { status, json } = await call(routes.me, "GET", "/api/v1/me");
    expect(status).toBe(200);
    expect(json).toMatchObject({ email: "dpo@dupont.example", memberships: [{ organization: { slug: "cabinet-dupont" }, role: "dpo" }] });
  });

  it("turns an unexpected exception into a 500 problem that reveals nothing of it", async () => {
    const failing = withApi(async () => {
      throw new Error("connection string postgres://secret@db");
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const response = await failing(new Request("https://breachdesk.test/api/v1/boom", { headers: { Authorization: `Bearer ${token}` } }));
      const text = await response.text();
      expect(response.status).toBe(500);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(text).not.toContain("secret");
      expect(JSON.parse(text)).toMatchObject({ status: 500, errorId: expect.any(String) });
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document, readable without a token, describing every route file and method", async () => {
    const handler = routes.openapi.GET!;
    const response = await handler(new Request("https://breachdesk.test/api/v1/openapi.json"), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    const document = JSON.parse(await response.text()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: Json;
    };
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.components.securitySchemes.bearerToken).toMatchObject({ type: "http", scheme: "bearer" });
    // Every $ref points at something the document defines.
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((match) => match[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of new Set(refs)) {
      const target = ref.split("/").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
      expect(target, `#/${ref}`).toBeDefined();
    }
    // Request bodies come from the shared zod schemas: the contract's facts vocabulary is in them.
    expect(JSON.stringify(document.components.schemas.BreachFacts)).toContain("state_of_the_art");

    const discovered = readdirSync(API_ROOT, { recursive: true, encoding: "utf8" }).filter((file) => /(^|\/)route\.ts$/.test(file));
    expect(discovered.length).toBeGreaterThan(0);
    for (const file of discovered) {
      const folder = path.dirname(file).split(path.sep).join("/");
      const documentedPath = `/${folder}`.replace(/\[(\w+)\]/g, "{$1}");
      expect(Object.keys(document.paths), `${documentedPath} is not in openapi.json`).toContain(documentedPath);
      const exported = (await import(path.join(API_ROOT, file))) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        if (typeof exported[method] === "function")
          expect(document.paths[documentedPath], `${method} ${documentedPath}`).toHaveProperty(method.toLowerCase());
      }
    }
  });
});
