"use server";

import { getServerSession } from "next-auth";
import { enableTwoFactor } from "@/lib/server/accounts/enable-two-factor";
import { signOutEverywhere } from "@/lib/server/accounts/sign-out-everywhere";
import { failureState, formText, type FormState } from "@/lib/server/actions/form-state";
import { authOptions } from "@/lib/server/auth/auth-options";
import { currentActor } from "@/lib/server/auth/current-actor";
import { revokeSession } from "@/lib/server/auth/sessions";
import { defaultContext } from "@/lib/server/service-context";

export async function enableTwoFactorAction(_previous: FormState<{ recoveryCodes: string[] | null }>, form: FormData) {
  const actor = await currentActor({ allowWithoutTwoFactor: true });
  if (!actor) return { status: "error", message: "Your session has ended: sign in again.", fields: {} } as const;
  const result = await enableTwoFactor(await defaultContext(), actor, {
    totpSecret: formText(form, "totpSecret") ?? "",
    totpCode: formText(form, "totpCode") ?? "",
  });
  return result.ok ? ({ status: "done", value: { recoveryCodes: result.value.recoveryCodes } } as const) : failureState(result);
}

export async function signOutEverywhereAction() {
  const actor = await currentActor({ allowWithoutTwoFactor: true });
  if (actor) await signOutEverywhere(await defaultContext(), actor);
}

/** Ends this browser's server-side session; the client then clears its cookie. */
export async function endCurrentSessionAction() {
  const session = (await getServerSession(authOptions())) as { sid?: string } | null;
  const ctx = await defaultContext();
  if (session?.sid) await revokeSession(ctx.db, session.sid, ctx.now());
}
