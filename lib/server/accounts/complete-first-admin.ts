import { newRowId } from "@/lib/server/crypto/new-row-id";
import { firstAdminSchema, type FirstAdminInput } from "@/lib/schemas/accounts";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { hashPassword } from "@/lib/server/auth/password-hash";
import { slugFromName } from "@/lib/server/organizations/create-organization";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { newPasswordErrors } from "./check-new-password";
import { EXPIRED_LINK, findUsableInvitation } from "./find-invitation";
import { confirmTwoFactorSetup } from "./two-factor-setup";

export async function isFirstAdminLinkUsable(ctx: ServiceContext, token: string): Promise<boolean> {
  return (await findUsableInvitation(ctx.db, token, "first-admin", ctx.now())) !== null;
}

/**
 * The first administrator, through the link `breachdesk setup` printed: creates their organisation and
 * their account (own password, two-factor authentication set up on the spot). The link works once.
 */
export async function completeFirstAdmin(
  ctx: ServiceContext,
  actor: Actor,
  input: FirstAdminInput,
): Promise<ServiceResult<{ email: string; organizationSlug: string; recoveryCodes: string[] }>> {
  const now = ctx.now();
  if (typeof input.token !== "string" || !(await isFirstAdminLinkUsable(ctx, input.token)))
    return invalid([{ field: "token", problem: EXPIRED_LINK }]);
  // Every problem at once: a person setting up alone should not fix the form one field per submission.
  const parsed = firstAdminSchema.safeParse(input);
  const problems = parsed.success ? [] : toFieldErrors(parsed.error);
  const refused = (field: string) => problems.some((problem) => problem.field === field);
  if (!refused("password")) {
    const email = typeof input.email === "string" ? input.email.trim().toLowerCase() : "";
    const organizationName = typeof input.organizationName === "string" ? input.organizationName.trim() : "";
    problems.push(...newPasswordErrors(input.password, email, organizationName ? [organizationName] : []));
  }
  const twoFactor =
    refused("totpCode") || refused("totpSecret") ? null : confirmTwoFactorSetup(input.totpSecret ?? "", input.totpCode ?? "", now);
  if (!twoFactor && !refused("totpCode"))
    problems.push({ field: "totpCode", problem: "does not match: enter the 6-digit code your authenticator app shows now" });
  if (!parsed.success || !twoFactor || problems.length > 0) return invalid(problems);
  const data = parsed.data;
  const passwordHash = await hashPassword(data.password);

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const invitation = await findUsableInvitation(tx, data.token, "first-admin", now);
    if (!invitation) return invalid([{ field: "token", problem: EXPIRED_LINK }]);
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      return invalid([{ field: "email", problem: "already has an account: sign in instead" }]);
    }
    let slug = slugFromName(data.organizationName);
    if (await tx.organization.findUnique({ where: { slug }, select: { id: true } })) slug = `${slug}-${now.getTime().toString(36)}`;
    const organization = await tx.organization.create({
      data: { name: data.organizationName, slug, country: data.country, timeZone: data.timeZone },
    });
    const userId = newRowId();
    const user = await tx.user.create({
      data: { id: userId, email: data.email, name: data.name, locale: data.language ?? null, passwordHash, ...twoFactor.userData(userId) },
    });
    await tx.membership.create({ data: { userId: user.id, organizationId: organization.id, role: "admin" } });
    await tx.invitation.update({ where: { id: invitation.id }, data: { usedAt: now, email: data.email, organizationId: organization.id } });
    const who: Actor = {
      kind: "user",
      userId: user.id,
      email: data.email,
      memberships: [],
      ip: actor.kind === "anonymous" ? actor.ip : null,
      via: "web",
    };
    await appendAudit(
      tx,
      who,
      {
        action: "setup.first_admin",
        organizationId: organization.id,
        detail: { organization: slug, email: data.email, language: data.language ?? null },
      },
      now,
    );
    return ok({ email: data.email, organizationSlug: slug, recoveryCodes: twoFactor.recoveryCodes });
  });
}
