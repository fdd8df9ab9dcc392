import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { cli } from "./support/cli";
import { signInOverHttp } from "./support/http-session";
import { appContext, joinedMember } from "./support/people";

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
  const actor = await joinedMember(org, email, "manager", "quiet orchard bicycle rain");
  const ctx = await appContext();
  return { ctx, actor, close: () => ctx.close() };
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
  cookieA = await signInOverHttp(baseUrl, "manager@tenancy-a.example", "quiet orchard bicycle rain");
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
    const cookieB = await signInOverHttp(baseUrl, "manager@tenancy-b.example", "quiet orchard bicycle rain");
    const response = await fetch(`${baseUrl}/incidents/${incidentOfB}`, { headers: { cookie: cookieB }, redirect: "manual" });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("confidential incident");
  });
});
