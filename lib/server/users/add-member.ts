import { memberAddSchema, type MemberAddInput } from "@/lib/schemas/admin";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { hasRole } from "@/lib/server/access";
import { actorId, type Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { invalid, notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { mailServerConfigured } from "@/lib/mail/mail-server";
import { enqueueEmail } from "@/lib/mail/outbox";
import { invitationEmail, invitationLocale } from "./invitation-email";
import { issueInvitation } from "./invitation-link";

export interface AddedMember {
  userId: string;
  email: string;
  organization: string;
  role: string;
  newAccount: boolean;
  /** True for an existing account: the role is given only when the person, signed in, accepts the link. */
  pendingAcceptance: boolean;
  invitationLink: string;
  expiresAt: Date;
  /**
   * True when whoever asked is to see the link and pass it on: always without e-mail (the CLI), and when the
   * e-mail cannot leave for want of a mail server. The link is never stored, so this is its only showing.
   */
  linkShown: boolean;
}

/**
 * Invites a person to a role in an organisation with a one-time link. A new e-mail gets an account without
 * a password and the role at once: nothing can be done with either until the person chooses their password
 * through the link (nobody, the operator included, sets it). An existing account is another practice's
 * person too: they join only by accepting the link while signed in, so no administrator (nor the operator)
 * can add someone to a practice without their consent.
 */
export async function addMember(
  ctx: ServiceContext,
  actor: Actor,
  input: MemberAddInput,
  options: { emailInvitation?: boolean } = {},
): Promise<ServiceResult<AddedMember>> {
  const parsed = memberAddSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { organization: slug, email, role, language } = parsed.data;

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const organization = await tx.organization.findUnique({ where: { slug }, select: { id: true, slug: true, country: true } });
    // Another organisation's existence is not revealed to someone who is not its administrator.
    if (!organization || !hasRole(actor, organization.id, "admin")) {
      return actor.kind === "operator"
        ? invalid([{ field: "organization", problem: `no organisation has the slug "${slug}"` }])
        : notFound();
    }
    const existing = await tx.user.findUnique({
      where: { email },
      select: {
        id: true,
        passwordHash: true,
        locale: true,
        memberships: { where: { organizationId: organization.id, role }, select: { id: true } },
      },
    });
    const alreadyHasRole = (existing?.memberships.length ?? 0) > 0;
    // Someone who never joined may need a fresh link (the first expired); someone who did has the role.
    if (alreadyHasRole && existing!.passwordHash !== null) {
      return invalid([{ field: "email", problem: `already has the role "${role}" in this organisation` }]);
    }
    const user =
      existing ??
      (await tx.user.create({
        // An existing account keeps the language its holder chose: only a new one takes the invitation's.
        data: { email, name: parsed.data.name ?? email.split("@")[0]!, locale: language ?? null },
        select: { id: true },
      }));
    const signsInToAccept = existing !== null && existing.passwordHash !== null;
    if (!existing) await tx.membership.create({ data: { userId: user.id, organizationId: organization.id, role } });
    const { link, expiresAt } = await issueInvitation(tx, ctx.env, ctx.now(), {
      email,
      organizationId: organization.id,
      role,
      purpose: "invite",
      createdById: actorId(actor),
    });
    const linkShown = options.emailInvitation !== true || !mailServerConfigured(ctx.env);
    if (options.emailInvitation) {
      // Through the outbox, in this transaction: the e-mail exists if and only if the invitation does.
      await enqueueEmail(tx, {
        idempotencyKey: `invitation:${link.split("/").pop()!.slice(0, 24)}`,
        ...invitationEmail({
          locale: invitationLocale({ userLocale: existing?.locale, language, practiceCountry: organization.country }),
          to: email,
          practice: organization.slug,
          role,
          signsInToAccept,
          link,
        }),
        organizationId: organization.id,
      });
    }
    await appendAudit(
      tx,
      actor,
      {
        action: "member.add",
        organizationId: organization.id,
        detail: { email, role, newAccount: !existing, emailed: options.emailInvitation === true, linkShown, language: language ?? null },
      },
      ctx.now(),
    );
    return ok({
      userId: user.id,
      email,
      organization: organization.slug,
      role,
      newAccount: !existing,
      pendingAcceptance: existing !== null && !alreadyHasRole,
      invitationLink: link,
      expiresAt,
      linkShown,
    });
  });
}
