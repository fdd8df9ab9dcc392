"use server";

import { revalidatePath } from "next/cache";
import { clockSettingsFromForm } from "@/lib/schemas/clock-settings";
import { failureState, formText, type FormState } from "@/lib/server/actions/form-state";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/manage-api-tokens";
import { requireActor } from "@/lib/server/auth/current-actor";
import { updateOrganizationSettings } from "@/lib/server/organizations/update-organization-settings";
import { defaultContext } from "@/lib/server/service-context";
import { addMember } from "@/lib/server/users/add-member";
import { removeRole } from "@/lib/server/users/remove-role";
import { setMemberSuspended } from "@/lib/server/users/suspend-member";
import type { InvitationSent } from "@/components/settings/invitation-sent";

export async function inviteAction(_previous: FormState<InvitationSent>, form: FormData): Promise<FormState<InvitationSent>> {
  const actor = await requireActor();
  const result = await addMember(
    await defaultContext(),
    actor,
    {
      organization: formText(form, "organization") ?? "",
      email: formText(form, "email") ?? "",
      role: (formText(form, "role") ?? "") as "manager",
      name: formText(form, "name")?.trim() || undefined,
    },
    { emailInvitation: true },
  );
  if (!result.ok) return failureState(result, form);
  revalidatePath("/settings");
  const { email, linkShown, invitationLink, expiresAt } = result.value;
  // The link reaches the browser only when the service recorded it as shown: nobody can ask for it again.
  return { status: "done", value: { email, link: linkShown ? { url: invitationLink, expiresAt: expiresAt.toISOString() } : null } };
}

export async function organizationSettingsAction(_previous: FormState<null>, form: FormData): Promise<FormState<null>> {
  const actor = await requireActor();
  const result = await updateOrganizationSettings(await defaultContext(), actor, {
    organizationId: formText(form, "organizationId") ?? "",
    name: formText(form, "name") ?? "",
    country: formText(form, "country") ?? "",
    timeZone: formText(form, "timeZone") ?? "",
    address: formText(form, "address"),
    registrationNumber: formText(form, "registrationNumber"),
    dpoName: formText(form, "dpoName"),
    dpoEmail: formText(form, "dpoEmail"),
    dpoPhone: formText(form, "dpoPhone"),
    regimes: form.getAll("regimes").map(String) as ["gdpr"],
    ...clockSettingsFromForm(form),
  });
  if (!result.ok) return failureState(result, form);
  revalidatePath("/settings");
  return { status: "done", value: null };
}

export async function setSuspendedAction(form: FormData) {
  const actor = await requireActor();
  await setMemberSuspended(await defaultContext(), actor, {
    organizationId: formText(form, "organizationId") ?? "",
    userId: formText(form, "userId") ?? "",
    suspended: formText(form, "suspended") === "true",
  });
  revalidatePath("/settings");
}

export async function removeRoleAction(form: FormData) {
  const actor = await requireActor();
  await removeRole(await defaultContext(), actor, {
    organizationId: formText(form, "organizationId") ?? "",
    userId: formText(form, "userId") ?? "",
    role: (formText(form, "role") ?? "") as "manager",
  });
  revalidatePath("/settings");
}

export async function createTokenAction(_previous: FormState<{ token: string }>, form: FormData): Promise<FormState<{ token: string }>> {
  const actor = await requireActor();
  const days = Number(formText(form, "expiresDays") ?? "90");
  const result = await createApiToken(await defaultContext(), actor, {
    email: actor.email,
    name: formText(form, "name") || undefined,
    expiresDays: Number.isFinite(days) ? days : Number.NaN,
  });
  if (!result.ok) return failureState(result, form);
  revalidatePath("/settings");
  return { status: "done", value: { token: result.value.token } };
}

export async function revokeTokenAction(form: FormData) {
  const actor = await requireActor();
  await revokeApiToken(await defaultContext(), actor, formText(form, "tokenId") ?? "");
  revalidatePath("/settings");
}
