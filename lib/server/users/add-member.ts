import { memberAddSchema, type MemberAddInput } from "@/lib/schemas/admin";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { hasRole } from "@/lib/server/access";
import { actorId, type Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { invalid, notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { enqueueEmail } from "@/lib/mail/outbox";
import { issueInvitation } from "./invitation-link";

export interface AddedMember {
  userId: string;
  email: string;
  organization: string;
  role: string;
  newAccount: boolean;
  invitationLink: string;
  expiresAt: Date;
}

/**
 * Gives a person a role in an organisation and issues their one-time invitation link. A new person gets
 * an account without a password: they choose it through the link. Nobody, the operator included, sets it.
 */
export async function addMember(
  ctx: ServiceContext,
  actor: Actor,
  input: MemberAddInput,
  options: { emailInvitation?: boolean } = {},
): Promise<ServiceResult<AddedMember>> {
  const parsed = memberAddSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { organization: slug, email, role } = parsed.data;

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const organization = await tx.organization.findUnique({ where: { slug }, select: { id: true, slug: true } });
    // Another organisation's existence is not revealed to someone who is not its administrator.
    if (!organization || !hasRole(actor, organization.id, "admin")) {
      return actor.kind === "operator"
        ? invalid([{ field: "organization", problem: `no organisation has the slug "${slug}"` }])
        : notFound();
    }
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    const user =
      existing ??
      (await tx.user.create({ data: { email, name: parsed.data.name ?? email.split("@")[0]! }, select: { id: true } }));
    await tx.membership.upsert({
      where: { userId_organizationId_role: { userId: user.id, organizationId: organization.id, role } },
      create: { userId: user.id, organizationId: organization.id, role },
      update: {},
    });
    const { link, expiresAt } = await issueInvitation(tx, ctx.env, ctx.now(), {
      email,
      organizationId: organization.id,
      role,
      purpose: "invite",
      createdById: actorId(actor),
    });
    if (options.emailInvitation) {
      // Through the outbox, in this transaction: the e-mail exists if and only if the invitation does.
      await enqueueEmail(tx, {
        idempotencyKey: `invitation:${link.split("/").pop()!.slice(0, 24)}`,
        to: email,
        subject: `Your invitation to Breachdesk (${organization.slug})`,
        text: [
          `You have been given the role "${role}" in Breachdesk for ${organization.slug}.`,
          "",
          "Open this link to choose your own password (it works once, for 72 hours):",
          link,
          "",
          "If you did not expect this, ignore this e-mail.",
        ].join("\n"),
        organizationId: organization.id,
      });
    }
    await appendAudit(tx, actor, {
      action: "member.add",
      organizationId: organization.id,
      detail: { email, role, newAccount: !existing, emailed: options.emailInvitation === true },
    }, ctx.now());
    return ok({
      userId: user.id,
      email,
      organization: organization.slug,
      role,
      newAccount: !existing,
      invitationLink: link,
      expiresAt,
    });
  });
}
