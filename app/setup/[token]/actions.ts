"use server";

import { headers } from "next/headers";
import { anonymous } from "@/lib/server/actor";
import { completeFirstAdmin } from "@/lib/server/accounts/complete-first-admin";
import { failureState, formText, type FormState } from "@/lib/server/actions/form-state";
import { clientIp } from "@/lib/server/auth/client-ip";
import { defaultContext } from "@/lib/server/service-context";

export async function completeSetupAction(_previous: FormState<{ recoveryCodes: string[] | null }>, form: FormData) {
  const ctx = await defaultContext();
  const result = await completeFirstAdmin(ctx, anonymous("setup", clientIp(await headers())), {
    token: formText(form, "token") ?? "",
    organizationName: formText(form, "organizationName") ?? "",
    country: formText(form, "country") ?? "",
    timeZone: formText(form, "timeZone") ?? "",
    name: formText(form, "name") ?? "",
    email: formText(form, "email") ?? "",
    password: formText(form, "password") ?? "",
    totpSecret: formText(form, "totpSecret") ?? "",
    totpCode: formText(form, "totpCode") ?? "",
  });
  return result.ok ? ({ status: "done", value: { recoveryCodes: result.value.recoveryCodes } } as const) : failureState(result, form);
}
