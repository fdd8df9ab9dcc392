import type { BreachFacts } from "@/lib/schemas/breach-facts";
import type { Actor, Role } from "@/lib/server/actor";
import { seal } from "@/lib/server/crypto/sealed-text";
import type { ServiceResult } from "@/lib/server/result";
import type { TestContext } from "./test-context";

/* A practice with a DPO contact, people in each role, and a high-risk incident whose letter can be written. */

export const highRiskFacts: BreachFacts = {
  role: "controller",
  breachTypes: ["confidentiality"],
  cause: "malicious",
  dataCategories: ["identification", "health"],
  subjects: { count: 1000, categories: ["patients"] },
  records: 1000,
  identifiability: "direct",
  encryption: "none",
  confidentiality: { recipients: "public", exfiltration: "confirmed" },
  availability: null,
  integrity: null,
  mitigation: { dataRetrievedOrDeleted: false, highRiskNoLongerLikely: false, individualContactDisproportionate: false },
};

export function value<T>(result: ServiceResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.value;
}

export async function person(ctx: TestContext, key: string, organizationId: string, role: Role): Promise<Actor> {
  const email = `${key}@example.org`;
  const user = await ctx.db.user.create({ data: { email, name: key } });
  await ctx.db.membership.create({ data: { userId: user.id, organizationId, role } });
  return { kind: "user", userId: user.id, email, memberships: [{ organizationId, role }], ip: "127.0.0.1", via: "web" };
}

export async function practice(ctx: TestContext, slug: string) {
  return ctx.db.organization.create({
    data: { slug, name: `Practice ${slug}`, dpoName: "Dr. Jana Dvořák", dpoEmail: `dpo@${slug}.example`, dpoPhone: "+33 1 23 45 67 89" },
    select: { id: true, slug: true },
  });
}

export async function incidentIn(ctx: TestContext, organizationId: string, createdById: string, reference: string): Promise<string> {
  const incident = await ctx.db.incident.create({
    data: {
      organizationId,
      reference,
      title: "Patient records exposed",
      description: seal("A misconfigured server exposed patient records."),
      awareAt: new Date("2026-03-27T09:30:00Z"),
      discoveredAt: new Date("2026-03-27T09:00:00Z"),
      timeZone: "Europe/Paris",
      facts: JSON.stringify(highRiskFacts),
      containment: seal("We closed the server and reset all access keys."),
      state: "decided",
      createdById,
    },
    select: { id: true },
  });
  return incident.id;
}

/** A CSV of `count` people: "Patient 0001 Name", patient.1@example.org. */
export function peopleCsv(count: number, separator = ","): string {
  const lines = ["name,email".replace(",", separator)];
  for (let i = 1; i <= count; i++) lines.push(`Patient ${String(i).padStart(4, "0")} Nováková${separator}patient.${i}@example.org`);
  return `${lines.join("\r\n")}\r\n`;
}
