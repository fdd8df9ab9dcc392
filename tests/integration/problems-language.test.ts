import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cliOperator } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { createSession } from "@/lib/server/auth/sessions";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { addMember } from "@/lib/server/users/add-member";
import { createTestContext, type TestContext } from "./support/test-context";
import { value } from "./support/value";

/*
 * One bad input, two readers (docs/I18N.md, "Problems"): the form's server action answers a person of a French
 * practice in French, and a person who chose English in English, while the JSON API answers the same input
 * with the schema's and the service's English words, as it always has.
 */
const session: { sid: string | null } = { sid: null };
let ctx: TestContext;

vi.mock("next-auth", () => ({ getServerSession: async () => (session.sid ? { sid: session.sid } : null) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("@/lib/server/service-context", async (original) => ({
  ...(await original<typeof import("@/lib/server/service-context")>()),
  defaultContext: async () => ctx,
}));

const { confirmAnswerAction, discardDraftAction } = await import("@/app/(workspace)/incidents/[id]/actions");
const { saveDraftAction } = await import("@/app/(workspace)/incidents/new/actions");

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const API_ROOT = fileURLToPath(new URL("../../app/api/v1", import.meta.url));
const incidentRoute = (await import(path.join(API_ROOT, "incidents/[id]/route.ts"))) as Record<"GET" | "PATCH", Handler>;

const idle = { status: "idle" } as const;
let incidentId = "";
let token = "";
const sessions: Record<"claire" | "emma", string> = { claire: "", emma: "" };

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, text] of Object.entries(values)) data.set(name, text);
  return data;
}

async function api(method: "GET" | "PATCH", id: string, body?: unknown) {
  const request = new Request(`https://breachdesk.test/api/v1/incidents/${id}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const response = await incidentRoute[method](request, { params: Promise.resolve({ id }) });
  return {
    status: response.status,
    json: (await response.json()) as { detail?: string; errors?: Array<{ field: string; problem: string }> },
  };
}

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date("2026-04-01T10:00:00Z") });
  // A practice in France (the default country): its people read French unless they chose otherwise.
  value(await createOrganization(ctx, cliOperator, { name: "Cabinet Lumière", slug: "cabinet-lumiere" }));
  value(await addMember(ctx, cliOperator, { organization: "cabinet-lumiere", email: "claire@lumiere.example", role: "manager" }));
  value(await addMember(ctx, cliOperator, { organization: "cabinet-lumiere", email: "emma@lumiere.example", role: "manager" }));
  const claire = await ctx.db.user.findUniqueOrThrow({ where: { email: "claire@lumiere.example" }, include: { memberships: true } });
  const emma = await ctx.db.user.update({ where: { email: "emma@lumiere.example" }, data: { locale: "en" } });
  token = value(await createApiToken(ctx, cliOperator, { email: "claire@lumiere.example" })).token;
  const manager = {
    kind: "user" as const,
    userId: claire.id,
    email: claire.email,
    memberships: claire.memberships.map((m) => ({ organizationId: m.organizationId, role: "manager" as const })),
    ip: null,
    via: "web" as const,
  };
  incidentId = value(
    await createIncident(ctx, manager, {
      title: "Fax envoyé au mauvais numéro",
      awareAt: "2026-03-30T09:00:00Z",
      timeZone: "Europe/Paris",
      facts: { breachTypes: ["confidentiality"] },
    }),
  ).id;
  sessions.claire = await createSession(ctx.db, claire.id, ctx.now(), null, null);
  sessions.emma = await createSession(ctx.db, emma.id, ctx.now(), null, null);
});
afterAll(async () => ctx.close());

const badVersion = () => form({ incidentId, version: "0", path: "facts.encryption" });

describe("a problem with a field", () => {
  it("is said in French to a person of a French practice, on its field", async () => {
    session.sid = sessions.claire;
    const state = await confirmAnswerAction(idle, badVersion());
    expect(state).toMatchObject({
      status: "error",
      message: "Corrigez les champs signalés ci-dessous.",
      fields: { version: "doit valoir au moins 1" },
    });
  });

  it("is said in English to a person who chose English", async () => {
    session.sid = sessions.emma;
    const state = await confirmAnswerAction(idle, badVersion());
    expect(state).toMatchObject({
      status: "error",
      message: "Please correct the fields marked below.",
      fields: { version: "must be 1 or more" },
    });
  });

  it("is answered by the API in English, to the same French person", async () => {
    const { status, json } = await api("PATCH", incidentId, { version: 0, confirmedFacts: ["facts.encryption"] });
    expect(status).toBe(422);
    expect(json.errors).toContainEqual({ field: "version", problem: "must be 1 or more" });
  });
});

describe("a service's refusal", () => {
  it("is the form's message in French for a French reader, and the API's detail in English", async () => {
    session.sid = sessions.claire;
    const state = await discardDraftAction(idle, form({ incidentId: "no-such-incident" }));
    expect(state).toMatchObject({ status: "error", message: "Cet incident n’existe pas.", fields: {} });
    const { status, json } = await api("GET", "no-such-incident");
    expect(status).toBe(404);
    expect(json.detail).toBe("No such incident.");
  });
});

describe("an action that is not a form post", () => {
  it("answers its problems in the reader's language too", async () => {
    session.sid = sessions.claire;
    const draft = { title: "Fax", awareAt: "2026-03-30T09:00:00Z", timeZone: "Europe/Paris", submit: false as const };
    const state = await saveDraftAction({ id: "no-such-incident", version: 1 }, draft);
    expect(state).toMatchObject({ status: "error", message: "Cet incident n’existe pas." });
  });
});
