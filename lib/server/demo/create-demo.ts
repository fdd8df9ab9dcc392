import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { insertIncident } from "@/lib/server/incidents/insert-incident";
import { forbidden, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { issueInvitation } from "@/lib/server/users/invitation-link";
import { slugFromName } from "@/lib/server/organizations/create-organization";
import { demoIncidents } from "./demo-incidents";

export interface DemoPractice {
  organization: { id: string; slug: string; name: string };
  people: Array<{ email: string; role: string; invitationLink: string }>;
  incidents: Array<{ reference: string; title: string; state: string }>;
}

const demoPeople = [
  { role: "manager", name: "Marie Laurent", local: "manager" },
  { role: "dpo", name: "Jan Novák", local: "dpo" },
  { role: "lawyer", name: "Claire Dubois", local: "lawyer" },
  { role: "admin", name: "Paul Martin", local: "admin" },
] as const;

/**
 * A sample practice for people evaluating Breachdesk: four people (one per role) who each get a
 * one-time link to set their own password, and incidents in every state. Run again, it adds another.
 */
export async function createDemoPractice(ctx: ServiceContext, actor: Actor): Promise<ServiceResult<DemoPractice>> {
  if (actor.kind !== "operator") return forbidden("Only the operator can create demo data.");
  const now = ctx.now();
  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const existing = await tx.organization.count({ where: { slug: { startsWith: "demo-practice" } } });
    const suffix = existing === 0 ? "" : `-${existing + 1}`;
    const name = `Demo Practice${suffix ? ` ${existing + 1}` : ""}`;
    const organization = await tx.organization.create({
      data: {
        name,
        slug: slugFromName(name),
        country: "FR",
        timeZone: "Europe/Paris",
        dpoName: "Jan Novák",
        dpoEmail: `dpo${suffix}@demo.breachdesk.invalid`,
        dpoPhone: "+33 1 00 00 00 00",
        address: "1 rue de la Santé, 75013 Paris",
      },
      select: { id: true, slug: true, name: true },
    });

    const people: DemoPractice["people"] = [];
    const userIds: Record<string, string> = {};
    for (const person of demoPeople) {
      const email = `${person.local}${suffix}@demo.breachdesk.invalid`;
      const user = await tx.user.upsert({ where: { email }, create: { email, name: person.name }, update: {}, select: { id: true } });
      userIds[person.role] = user.id;
      await tx.membership.create({ data: { userId: user.id, organizationId: organization.id, role: person.role } });
      const { link } = await issueInvitation(tx, ctx.env, now, {
        email,
        organizationId: organization.id,
        role: person.role,
        purpose: "invite",
        createdById: null,
      });
      people.push({ email, role: person.role, invitationLink: link });
    }

    const incidents: DemoPractice["incidents"] = [];
    for (const sample of demoIncidents) {
      const at = (ago: number) => new Date(now.getTime() - ago);
      const incident = await insertIncident(
        tx,
        {
          organizationId: organization.id,
          title: sample.title,
          description: sample.description,
          occurredAt: at(sample.occurredAgo),
          discoveredAt: at(sample.discoveredAgo),
          awareAt: at(sample.awareAgo),
          timeZone: "Europe/Paris",
          facts: sample.facts,
          regimes: ["gdpr"],
          state: sample.state,
          createdById: userIds.manager!,
          dpoId: userIds.dpo!,
          discoveryMethod: sample.discoveryMethod,
          containment: sample.containment,
          awarenessDelayReason:
            sample.awareAgo < sample.discoveredAgo ? "We first checked whether patient data was really involved." : null,
        },
        now,
      );
      incidents.push({ reference: incident.reference, title: sample.title, state: incident.state });
    }
    await appendAudit(
      tx,
      actor,
      {
        action: "demo.create",
        organizationId: organization.id,
        detail: { incidents: incidents.length, people: people.map((p) => p.email) },
      },
      now,
    );
    return ok({ organization, people, incidents });
  });
}
