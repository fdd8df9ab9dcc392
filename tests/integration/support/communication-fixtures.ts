import type { Actor, Role } from "@/lib/server/actor";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { newRowId } from "@/lib/server/crypto/new-row-id";
import { at, seal } from "@/lib/server/crypto/sealed-text";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import { updateNotificationDetails } from "@/lib/server/notification/update-notification-details";
import type { TestContext } from "./test-context";
import { stolenRecords } from "./facts";
import { member } from "./member";
import { value } from "./value";

export { value };

/* A practice with a DPO contact, people in each role, and a high-risk incident whose letter can be written. */

export const highRiskFacts = stolenRecords(1000, 1000, { confidentiality: { recipients: "public", exfiltration: "confirmed" } });

export async function person(ctx: TestContext, key: string, organizationId: string, role: Role): Promise<Actor> {
  return member(ctx, key, organizationId, role, { ip: "127.0.0.1" });
}

export async function practice(ctx: TestContext, slug: string) {
  return ctx.db.organization.create({
    data: { slug, name: `Practice ${slug}`, dpoName: "Dr. Jana Dvořák", dpoEmail: `dpo@${slug}.example`, dpoPhone: "+33 1 23 45 67 89" },
    select: { id: true, slug: true },
  });
}

/** Practice A with a manager, a DPO and a lawyer, and practice B with a DPO who must find nothing of A's. */
export async function twoPractices(ctx: TestContext) {
  const a = await practice(ctx, "practice-a");
  const b = await practice(ctx, "practice-b");
  return {
    a,
    b,
    manager: await person(ctx, "manager", a.id, "manager"),
    dpo: await person(ctx, "dpo", a.id, "dpo"),
    lawyer: await person(ctx, "lawyer", a.id, "lawyer"),
    strangerDpo: await person(ctx, "stranger-dpo", b.id, "dpo"),
  };
}

export async function incidentIn(ctx: TestContext, organizationId: string, createdById: string, reference: string): Promise<string> {
  const id = newRowId();
  const incident = await ctx.db.incident.create({
    data: {
      id,
      organizationId,
      reference,
      title: seal("Patient records exposed", at("incident", "title", id)),
      description: seal("A misconfigured server exposed patient records.", at("incident", "description", id)),
      awareAt: new Date("2026-03-27T09:30:00Z"),
      discoveredAt: new Date("2026-03-27T09:00:00Z"),
      timeZone: "Europe/Paris",
      facts: JSON.stringify(highRiskFacts),
      containment: seal("We closed the server and reset all access keys.", at("incident", "containment", id)),
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

/**
 * A high-risk incident reported by `manager` and assessed by `dpo`, whose people must be told (Art. 34):
 * through the services, so it has its own deadlines, clock and records.
 */
export async function incidentToTell(
  ctx: TestContext,
  manager: Actor,
  dpo: Actor,
  withHipaa = false,
): Promise<{ id: string; reference: string }> {
  const why = "Health data of patients was published on the internet.";
  const created = value(
    await createIncident(ctx, manager, {
      title: "Patient list published",
      description: "The appointment list with diagnoses was on the public website for a day.",
      awareAt: "2026-03-27T09:30:00+01:00",
      discoveredAt: "2026-03-27T09:30:00+01:00",
      timeZone: "Europe/Paris",
      containment: "The page was taken down and the list removed from the web server.",
      facts: highRiskFacts,
      submit: true,
    }),
  );
  if (withHipaa) {
    // A HIPAA notice needs the date of the breach, a toll-free number and what will prevent a repeat (45 CFR 164.404(c)).
    const updated = value(
      await updateIncident(ctx, manager, {
        incidentId: created.id,
        version: created.version,
        regimes: ["gdpr", "hipaa"],
        occurredAt: "2026-03-26T08:00:00+01:00",
      }),
    );
    value(
      await updateNotificationDetails(ctx, dpo, {
        incidentId: created.id,
        version: updated.version,
        tollFreePhone: "1-800-555-0100",
        measuresProposed: "Publish the website only after a second person has checked it.",
      }),
    );
  }
  value(await changeIncidentState(ctx, dpo, { incidentId: created.id, to: "under_assessment" }));
  value(
    await createAssessment(ctx, dpo, {
      incidentId: created.id,
      authorityDecision: "accept",
      authorityRationale: why,
      subjectsDecision: "accept",
      subjectsRationale: why,
    }),
  );
  return { id: created.id, reference: created.reference };
}
