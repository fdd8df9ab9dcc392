"use server";

import { headers } from "next/headers";
import { anonymous } from "@/lib/server/actor";
import { acceptInvitation } from "@/lib/server/accounts/accept-invitation";
import { joinOrganization } from "@/lib/server/accounts/join-organization";
import { failureState, formText, type FormState } from "@/lib/server/actions/form-state";
import { clientIp } from "@/lib/server/auth/client-ip";
import { currentActor } from "@/lib/server/auth/current-actor";
import { defaultContext } from "@/lib/server/service-context";

export async function acceptInvitationAction(_previous: FormState<{ recoveryCodes: string[] | null }>, form: FormData) {
  const ctx = await defaultContext();
  const result = await acceptInvitation(ctx, anonymous("invitation", clientIp(await headers())), {
    token: formText(form, "token") ?? "",
    name: formText(form, "name") ?? "",
    password: formText(form, "password"),
    totpSecret: formText(form, "totpSecret"),
    totpCode: formText(form, "totpCode") || undefined,
  });
  return result.ok ? ({ status: "done", value: { recoveryCodes: result.value.recoveryCodes } } as const) : failureState(result, form);
}

export async function joinOrganizationAction(
  _previous: FormState<{ organizationName: string }>,
  form: FormData,
): Promise<FormState<{ organizationName: string }>> {
  const actor = await currentActor();
  if (!actor) return { status: "error", message: "Your session has ended: sign in again, then open the link again.", fields: {} };
  const ctx = await defaultContext();
  const result = await joinOrganization(ctx, actor, { token: formText(form, "token") ?? "" });
  if (!result.ok) return failureState(result);
  return { status: "done", value: { organizationName: result.value.organizationName } };
}
