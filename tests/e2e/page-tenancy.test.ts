import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { openDb } from "@/lib/db/client";
import { acceptInvitation } from "@/lib/server/accounts/accept-invitation";
import { anonymous, type Actor } from "@/lib/server/actor";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { readEnv } from "@/lib/config/env";
import { cli } from "./support/cli";
import { signInOverHttp } from "./support/http-session";

/*
 * Every page and download under /incidents/[id] must answer 404 to a signed-in user of another practice:
 * the existence of practice B's incident is never revealed to practice A. The list of pages is discovered
 * from app/, so a page added later is covered without anyone remembering to add it here.
 */
const baseUrl = inject("baseUrl");
const root = path.resolve(import.meta.dirname, "../..");
const incidentDir = path.join(root, "app/(workspace)/incidents/[id]");

function discoverRoutes(dir: string, prefix: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      const segment = entry.startsWith("(") ? "" : `/${entry.startsWith("[") ? "does-not-matter" : entry}`;
      found.push(...discoverRoutes(full, `${prefix}${segment}`));
    } else if (entry === "page.tsx" || entry === "route.ts") {
      found.push(prefix || "/");
    }
  }
  return found;
}

let cookieA = "";
let incidentOfB = "";

async function member(org: string, email: string) {
  const link = (await cli("user", "add", "--org", org, "--email", email, "--role", "manager")).trim();
  const { db, provider } = await openDb(inject("e2eDatabaseUrl"));
  const ctx = { db, provider, env: readEnv({ APP_URL: baseUrl }), now: () => new Date() };
  const accepted = await acceptInvitation(ctx, anonymous("test", null), { token: link.split("/").pop()!, name: email.split("@")[0]!, password: "tenancy check phrase long" });
  if (!accepted.ok) throw new Error(JSON.stringify(accepted));
  const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
  const actor: Actor = { kind: "user", userId: user.id, email, memberships: user.memberships.map((m) => ({ organizationId: m.organizationId, role: "manager" as const })), ip: null, via: "web" };
  return { ctx, actor, close: () => db.$disconnect() };
}

beforeAll(async () => {
  await cli("org", "create", "--name", "Tenancy Practice A", "--slug", "tenancy-a");
  await cli("org", "create", "--name", "Tenancy Practice B", "--slug", "tenancy-b");
  const a = await member("tenancy-a", "manager@tenancy-a.example");
  const b = await member("tenancy-b", "manager@tenancy-b.example");
  const created = await createIncident(b.ctx, b.actor, {
    title: "B's confidential incident",
    description: "Only practice B may know this exists.",
    awareAt: new Date(Date.now() - 3_600_000).toISOString(),
    timeZone: "Europe/Paris",
    facts: {},
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  incidentOfB = created.value.id;
  await a.close();
  await b.close();
  cookieA = await signInOverHttp(baseUrl, "manager@tenancy-a.example", "tenancy check phrase long");
}, 120_000);

describe("pages of another practice's incident", () => {
  const routes = discoverRoutes(incidentDir, "");

  it("are discovered (the walk found the incident pages)", () => {
    expect(routes).toContain("/");
  });

  it.each(routes)("/incidents/<B's id>%s answers 404 to practice A", async (route) => {
    const url = `${baseUrl}/incidents/${incidentOfB}${route === "/" ? "" : route}`;
    const response = await fetch(url, { headers: { cookie: cookieA }, redirect: "manual" });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("B's confidential incident");
  });

  it("while practice B's own manager can open it (the 404 is about tenancy, not a broken page)", async () => {
    const cookieB = await signInOverHttp(baseUrl, "manager@tenancy-b.example", "tenancy check phrase long");
    const response = await fetch(`${baseUrl}/incidents/${incidentOfB}`, { headers: { cookie: cookieB }, redirect: "manual" });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("confidential incident");
  });
});
