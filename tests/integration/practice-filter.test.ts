import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/server/actor";
import { organizationFilter } from "@/lib/server/incidents/organization-filter";
import { listIncidents } from "@/lib/server/incidents/list-incidents";
import { listMyOrganizations } from "@/lib/server/workspace/workspace-directory";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * A list's practice filter, as a person with more practices than a list of choices holds types it
 * (components/forms/practice-filter.tsx): a slug, a name or a part of one, resolved among their own practices only.
 */
let ctx: TestContext;
let dpo: Actor;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  const practices = [
    ["lyon", "Cabinet Lyon"],
    ["lyon-2", "Cabinet Lyon Part-Dieu"],
    ["brno", "Ordinace Brno"],
    ["percent", "100% Santé Nantes"],
    ["foreign", "Klinik Ausland"],
  ];
  for (const [slug, name] of practices) ids[slug!] = (await ctx.db.organization.create({ data: { slug: slug!, name: name! } })).id;
  const user = await ctx.db.user.create({ data: { email: "dpo@firm.example", name: "Firm DPO" } });
  const memberships = ["lyon", "lyon-2", "brno", "percent"].map((slug) => ({ organizationId: ids[slug]!, role: "dpo" as Role }));
  for (const membership of memberships) await ctx.db.membership.create({ data: { userId: user.id, ...membership } });
  dpo = { kind: "user", userId: user.id, email: user.email, memberships, ip: null, via: "web" };
});
afterAll(async () => ctx.close());

const chosen = async (text: string) => {
  const result = await organizationFilter(ctx, dpo, text);
  return result.ok ? result.value.organizationId : result;
};

describe("the practice filter", () => {
  it("takes a slug, an exact name or the one name containing the text, case aside", async () => {
    expect(await chosen("brno")).toBe(ids.brno);
    expect(await chosen("ordinace brno")).toBe(ids.brno);
    expect(await chosen("BRN")).toBe(ids.brno);
    // "Cabinet Lyon" is also part of "Cabinet Lyon Part-Dieu": the exact name wins.
    expect(await chosen("cabinet lyon")).toBe(ids.lyon);
    expect(await chosen("part-dieu")).toBe(ids["lyon-2"]);
  });

  it("names the practices a text matches when it matches several, for the person to type more", async () => {
    expect(await chosen("cabinet")).toEqual({
      ok: false,
      error: "invalid",
      fields: [
        {
          field: "organization",
          problem: "matches several of your organisations (Cabinet Lyon, Cabinet Lyon Part-Dieu): type more of the name",
        },
      ],
    });
  });

  it("never finds another organisation's practice, by slug, name or part of it, and says so as for an unknown one", async () => {
    for (const text of ["foreign", "Klinik Ausland", "ausland"]) {
      expect(await chosen(text)).toEqual({
        ok: false,
        error: "invalid",
        fields: [{ field: "organization", problem: `is not one of your organisations: "${text}"` }],
      });
    }
  });

  it("reads % and _ as the characters they are", async () => {
    expect(await chosen("100%")).toBe(ids.percent);
    expect((await organizationFilter(ctx, dpo, "%")).ok).toBe(true);
    expect((await organizationFilter(ctx, dpo, "_")).ok).toBe(false);
  });

  it("narrows a list the same way", async () => {
    const refused = await listIncidents(ctx, dpo, { organization: "Klinik" });
    expect(refused).toMatchObject({ ok: false, error: "invalid", fields: [{ field: "organization" }] });
    expect((await listIncidents(ctx, dpo, { organization: "Ordinace" })).ok).toBe(true);
  });

  it("lists the actor's practices by name, each with the actor's roles there", async () => {
    const memberships = [...(dpo.kind === "user" ? dpo.memberships : []), { organizationId: ids.brno!, role: "admin" as Role }];
    const twoRoles: Actor = { kind: "user", userId: "u", email: "dpo@firm.example", memberships, ip: null, via: "web" };
    const listed = await listMyOrganizations(ctx, twoRoles);
    expect(listed.ok && listed.value.map(({ slug, roles }) => [slug, roles])).toEqual([
      ["percent", ["dpo"]],
      ["lyon", ["dpo"]],
      ["lyon-2", ["dpo"]],
      ["brno", ["dpo", "admin"]],
    ]);
  });
});
