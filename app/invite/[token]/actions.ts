"use server";

import { headers } from "next/headers";
import { anonymous } from "@/lib/server/actor";
import { acceptInvitation } from "@/lib/server/accounts/accept-invitation";
import { failureState, formText, type FormState } from "@/lib/server/actions/form-state";
import { clientIp } from "@/lib/server/auth/client-ip";
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
