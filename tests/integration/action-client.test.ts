import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { newTwoFactorSetup } from "@/lib/server/accounts/two-factor-setup";
import { cliOperator } from "@/lib/server/actor";
import { createSession } from "@/lib/server/auth/sessions";
import { issueFirstAdminLink } from "@/lib/server/setup/first-admin-link";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { incidentPatchSchema } from "@/lib/schemas/incident";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * The action client (lib/server/actions/form-action.ts) as a person meets it through real actions: the
 * signed-out answer, every problem named by the form's own field names with what was typed sent back, and on
 * success the service's answer with the page revalidated.
 */
class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

const session: { sid: string | null } = { sid: null };
const revalidated: string[] = [];
let ctx: TestContext;
let incidentId = "";

vi.mock("next-auth", () => ({ getServerSession: async () => (session.sid ? { sid: session.sid } : null) }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => revalidated.push(path), revalidateTag: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new RedirectSignal(url);
  },
}));
vi.mock("@/lib/server/service-context", async (original) => ({
  ...(await original<typeof import("@/lib/server/service-context")>()),
  defaultContext: async () => ctx,
}));

const { addCommentAction, addEventAction, addTaskAction, changeStateAction, confirmAnswerAction, discardDraftAction } =
  await import("@/app/(workspace)/incidents/[id]/actions");

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

const { completeSetupAction } = await import("@/app/setup/[token]/actions");
const { setSuspendedAction } = await import("@/app/(workspace)/settings/actions");

const idle = { status: "idle" } as const;

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date("2026-04-01T10:00:00Z") });
  const org = await ctx.db.organization.create({ data: { slug: "praxis-aktion", name: "Praxis Aktion" } });
  // English by choice: the practice is in France (the default country), whose people otherwise read French.
  const user = await ctx.db.user.create({ data: { email: "manager@aktion.example", name: "Mia Manager", locale: "en" } });
  await ctx.db.membership.create({ data: { userId: user.id, organizationId: org.id, role: "manager" } });
  const manager = {
    kind: "user" as const,
    userId: user.id,
    email: "manager@aktion.example",
    memberships: [{ organizationId: org.id, role: "manager" as const }],
    ip: null,
    via: "web" as const,
  };
  const incident = await createIncident(ctx, manager, {
    title: "Fax sent to the wrong number",
    awareAt: "2026-03-30T09:00:00Z",
    timeZone: "Europe/Berlin",
    facts: { breachTypes: ["confidentiality"] },
  });
  if (!incident.ok) throw new Error(JSON.stringify(incident));
  incidentId = incident.value.id;
  session.sid = await createSession(ctx.db, user.id, ctx.now(), null, null);
});
afterAll(async () => ctx.close());

describe("a form action", () => {
  it("answers a person whose session ended without changing anything, and keeps the page's text", async () => {
    const sid = session.sid;
    session.sid = null;
    try {
      const state = await addCommentAction(idle, form({ incidentId, body: "Called the recipient." }));
      expect(state).toMatchObject({ status: "error", message: expect.stringContaining("sign in again"), fields: {} });
      expect(await ctx.db.comment.count()).toBe(0);
    } finally {
      session.sid = sid;
    }
  });

  it("names every bad field at once, by the form's names, and sends back what was typed", async () => {
    const state = await addTaskAction(
      idle,
      // 02:30 on 29 March 2026 does not exist in Berlin (the clocks went forward).
      form({ incidentId, title: "x", dueAt: "2026-03-29T02:30", timeZone: "Europe/Berlin" }),
    );
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(state.fields.title).toBe("must be at least 2 characters");
    expect(state.fields.dueAt).toContain("does not exist in Europe/Berlin");
    expect(state.values).toMatchObject({ incidentId, title: "x", dueAt: "2026-03-29T02:30" });
    expect(await ctx.db.task.count()).toBe(0);
  });

  it("says a required time is required, and a value outside the schema's choices is named", async () => {
    const event = await addEventAction(idle, form({ incidentId, happenedAt: "", kind: "note", summary: "Fax found", timeZone: "UTC" }));
    expect(event).toMatchObject({ status: "error", fields: { happenedAt: "is required" } });
    const state = await changeStateAction(idle, form({ incidentId, to: "archived", version: "1" }));
    expect(state).toMatchObject({ status: "error", fields: { to: expect.stringContaining("must be one of") } });
  });

  it("runs the service on a valid form, answers with its value and revalidates the page", async () => {
    revalidated.length = 0;
    const state = await addCommentAction(idle, form({ incidentId, body: "Called the recipient: the fax was shredded." }));
    expect(state.status).toBe("done");
    expect(await ctx.db.comment.count()).toBe(1);
    expect(revalidated).toEqual([`/incidents/${incidentId}`]);
  });

  it("hands a service's parsed entry the value it checked: the input is parsed once", async () => {
    const parses = vi.spyOn(incidentPatchSchema, "safeParse");
    try {
      const state = await confirmAnswerAction(idle, form({ incidentId, version: "1", path: "facts.breachTypes" }));
      expect(parses).toHaveBeenCalledTimes(1);
      expect(state).toMatchObject({ status: "done" });
    } finally {
      parses.mockRestore();
    }
  });

  it("passes a service's refusal on as the form's message", async () => {
    const discarded = await discardDraftAction(idle, form({ incidentId: "no-such-incident" }));
    expect(discarded).toMatchObject({ status: "error", fields: {} });
    expect(discarded.status === "error" && discarded.message.length).toBeGreaterThan(0);
  });
});

describe("a form before sign-in", () => {
  it("lets the service name the schema's, the password's and the code's problems together, and sends no secret back", async () => {
    const link = await issueFirstAdminLink(ctx, cliOperator);
    if (!link.ok || link.value.administratorExists) throw new Error(JSON.stringify(link));
    const setup = await newTwoFactorSetup("administrator");
    const state = await completeSetupAction(
      idle,
      form({
        token: link.value.link.split("/").pop()!,
        organizationName: "Cabinet Soleil",
        country: "F1",
        timeZone: "Europe/Paris",
        name: "Anne Soleil",
        email: "anne@soleil.example",
        password: "password1234",
        totpSecret: setup.sealedSecret,
        totpCode: "000000",
      }),
    );
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(Object.keys(state.fields).sort()).toEqual(["country", "password", "totpCode"]);
    expect(state.values).toMatchObject({ organizationName: "Cabinet Soleil", country: "F1" });
    expect(Object.keys(state.values ?? {})).not.toContain("password");
    expect(await ctx.db.organization.count({ where: { name: "Cabinet Soleil" } })).toBe(0);
  });
});

describe("a plain form post", () => {
  it("sends a person whose session ended to the sign-in page when the page asks for it", async () => {
    const sid = session.sid;
    session.sid = null;
    try {
      const outcome = await setSuspendedAction(form({ organizationId: "x", userId: "y", suspended: "true" })).catch(
        (error: unknown) => error,
      );
      expect(outcome instanceof RedirectSignal ? outcome.url : outcome).toBe("/signin");
    } finally {
      session.sid = sid;
    }
  });
});
