import type { Db } from "../../lib/db/client";

/*
 * What the benches that write letters or packets start from. lib/ is loaded inside the functions, not at the
 * top: a bench sets its environment (the scratch data folder) before lib/ loads.
 */

/** A DPO of the practice, as a signed-in person's actor. */
export async function benchDpo(db: Db, organizationId: string, email: string, name: string) {
  const user = await db.user.create({ data: { email, name } });
  await db.membership.create({ data: { userId: user.id, organizationId, role: "dpo" } });
  return {
    kind: "user" as const,
    userId: user.id,
    email: user.email,
    memberships: [{ organizationId, role: "dpo" as const }],
    ip: null,
    via: "web" as const,
  };
}

/** A practice, its DPO and a high-risk incident of `patients` people (a list made public) whose letter can be written. */
export async function letterIncident(db: Db, patients: number) {
  const { at, seal } = await import("../../lib/server/crypto/sealed-text");
  const { newRowId } = await import("../../lib/server/crypto/new-row-id");
  const org = await db.organization.create({
    data: { slug: "bench", name: "Cabinet Bench", dpoName: "Dr. Jana Dvořák", dpoEmail: "dpo@practice.example" },
  });
  const dpo = await benchDpo(db, org.id, "dpo@practice.example", "DPO");
  const incidentId = newRowId();
  await db.incident.create({
    data: {
      id: incidentId,
      organizationId: org.id,
      reference: "BD-2026-0001",
      title: seal("Bench", at("incident", "title", incidentId)),
      description: seal("bench", at("incident", "description", incidentId)),
      awareAt: new Date(),
      timeZone: "Europe/Paris",
      facts: JSON.stringify({
        breachTypes: ["confidentiality"],
        dataCategories: ["identification", "health"],
        subjects: { count: patients, categories: ["patients"] },
        encryption: "none",
        confidentiality: { recipients: "public", exfiltration: "confirmed" },
      }),
      containment: seal("We closed the server.", at("incident", "containment", incidentId)),
      createdById: dpo.userId,
    },
  });
  return { dpo, incidentId };
}
