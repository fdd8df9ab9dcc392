"use server";

import type { InvitationSent } from "@/components/settings/invitation-sent";
import { apiTokenCreateSchema, memberAddSchema, organizationSettingsSchema } from "@/lib/schemas/admin";
import { apiTokenRefSchema } from "@/lib/schemas/api-token-ref";
import { clockSettingsFromForm } from "@/lib/schemas/clock-settings";
import { removeRoleSchema, suspendMemberSchema } from "@/lib/schemas/memberships";
import type { SessionOptions } from "@/lib/server/actions/action-session";
import { formAction, formPost } from "@/lib/server/actions/form-action";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/manage-api-tokens";
import { updateOrganizationSettings } from "@/lib/server/organizations/update-organization-settings";
import { addMember } from "@/lib/server/users/add-member";
import { removeRole } from "@/lib/server/users/remove-role";
import { setMemberSuspended } from "@/lib/server/users/suspend-member";

/** The settings page is for signed-in people only: a person signed out meanwhile goes to the sign-in page. */
const settingsPage: SessionOptions = { whenSignedOut: "sign-in" };
const revalidateSettings = () => ["/settings"];

export const inviteAction = formAction(
  {
    schema: memberAddSchema,
    read: (form) => ({
      organization: form.text("organization"),
      email: form.text("email"),
      role: form.text("role"),
      name: form.filled("name")?.trim(),
      // None chosen: the new person reads their practice's language, then their browser's (docs/I18N.md).
      language: form.filled("language"),
    }),
    run: ({ ctx, actor }, input) => addMember(ctx, actor, input, { emailInvitation: true }),
    revalidate: revalidateSettings,
    // The link reaches the browser only when the service recorded it as shown: nobody can ask for it again.
    answer: ({ email, linkShown, invitationLink, expiresAt }): InvitationSent => ({
      email,
      link: linkShown ? { url: invitationLink, expiresAt: expiresAt.toISOString() } : null,
    }),
  },
  settingsPage,
);

export const organizationSettingsAction = formAction(
  {
    schema: organizationSettingsSchema,
    read: (form) => ({
      organizationId: form.text("organizationId"),
      name: form.text("name"),
      country: form.text("country"),
      // Sent only for a country whose authority depends on it (a German Land); absent, the stored one stays.
      region: form.optional("region"),
      timeZone: form.text("timeZone"),
      address: form.optional("address"),
      registrationNumber: form.optional("registrationNumber"),
      dpoName: form.optional("dpoName"),
      dpoEmail: form.optional("dpoEmail"),
      dpoPhone: form.optional("dpoPhone"),
      regimes: form.all("regimes"),
      ...clockSettingsFromForm(form.form),
    }),
    run: ({ ctx, actor }, input) => updateOrganizationSettings(ctx, actor, input),
    revalidate: revalidateSettings,
    answer: () => null,
  },
  settingsPage,
);

export const setSuspendedAction = formPost(
  {
    schema: suspendMemberSchema,
    read: (form) => ({ organizationId: form.text("organizationId"), userId: form.text("userId"), suspended: form.flag("suspended") }),
    run: ({ ctx, actor }, input) => setMemberSuspended(ctx, actor, input),
    revalidate: revalidateSettings,
    answer: () => null,
  },
  settingsPage,
);

export const removeRoleAction = formPost(
  {
    schema: removeRoleSchema,
    read: (form) => ({ organizationId: form.text("organizationId"), userId: form.text("userId"), role: form.text("role") }),
    run: ({ ctx, actor }, input) => removeRole(ctx, actor, input),
    revalidate: revalidateSettings,
    answer: () => null,
  },
  settingsPage,
);

/** The token is made for the signed-in person: the e-mail comes from the session, not from the form. */
export const createTokenAction = formAction(
  {
    schema: apiTokenCreateSchema.omit({ email: true }),
    read: (form) => ({ name: form.optional("name") || undefined, expiresDays: Number(form.optional("expiresDays") ?? "90") }),
    run: ({ ctx, actor }, input) => createApiToken(ctx, actor, { ...input, email: actor.email }),
    revalidate: revalidateSettings,
    answer: (created) => ({ token: created.token }),
  },
  settingsPage,
);

export const revokeTokenAction = formPost(
  {
    schema: apiTokenRefSchema,
    read: (form) => ({ tokenId: form.text("tokenId") }),
    run: ({ ctx, actor }, input) => revokeApiToken(ctx, actor, input.tokenId),
    revalidate: revalidateSettings,
    answer: () => null,
  },
  settingsPage,
);
