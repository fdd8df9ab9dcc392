"use server";

import { accountLanguageSchema } from "@/lib/schemas/account-language";
import { confirmTwoFactorSchema } from "@/lib/schemas/accounts";
import { chooseLanguageParsed } from "@/lib/server/accounts/choose-language";
import { enableTwoFactor } from "@/lib/server/accounts/enable-two-factor";
import { signOutEverywhere } from "@/lib/server/accounts/sign-out-everywhere";
import { sessionAction } from "@/lib/server/actions/action-session";
import { formAction } from "@/lib/server/actions/form-action";
import { endCurrentSession } from "@/lib/server/auth/end-current-session";

/** Setting up two-factor authentication and leaving are what a person may do before it is set up. */
const beforeTwoFactor = { allowWithoutTwoFactor: true };

export const enableTwoFactorAction = formAction(
  {
    schema: confirmTwoFactorSchema,
    read: (form) => ({ totpSecret: form.text("totpSecret"), totpCode: form.text("totpCode") }),
    run: ({ ctx, actor }, input) => enableTwoFactor(ctx, actor, input),
    answer: (enabled): { recoveryCodes: string[] | null } => ({ recoveryCodes: enabled.recoveryCodes }),
  },
  beforeTwoFactor,
);

/** The interface language; an empty choice follows the practice's country, then the browser (docs/I18N.md). */
export const chooseLanguageAction = formAction({
  schema: accountLanguageSchema,
  read: (form) => ({ locale: form.filled("locale") ?? null }),
  runParsed: ({ ctx, actor }, input) => chooseLanguageParsed(ctx, actor, input),
  revalidate: () => ["/account"],
  answer: (chosen) => chosen.locale,
});

export const signOutEverywhereAction = sessionAction(
  async ({ ctx, actor }) => {
    await signOutEverywhere(ctx, actor);
  },
  () => undefined,
  beforeTwoFactor,
);

/** Ends this browser's server-side session; the client then clears its cookie. */
export async function endCurrentSessionAction() {
  await endCurrentSession();
}
