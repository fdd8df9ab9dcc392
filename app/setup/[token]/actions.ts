"use server";

import { isLocale, type Locale } from "@/lib/i18n/locales";
import { firstAdminSchema } from "@/lib/schemas/accounts";
import { completeFirstAdmin } from "@/lib/server/accounts/complete-first-admin";
import { publicFormAction } from "@/lib/server/actions/form-action";

const languageOf = (value: string | undefined): Locale | undefined => (isLocale(value) ? value : undefined);

/** The service checks the schema, the password rules and the code together, so every problem is named at once. */
export const completeSetupAction = publicFormAction("setup", {
  schema: firstAdminSchema,
  readChecked: (form) => ({
    token: form.text("token"),
    organizationName: form.text("organizationName"),
    country: form.text("country"),
    timeZone: form.text("timeZone"),
    name: form.text("name"),
    email: form.text("email"),
    password: form.text("password"),
    totpSecret: form.text("totpSecret"),
    totpCode: form.text("totpCode"),
    // A hidden input: the page's own language, or none (then the practice's country decides).
    language: languageOf(form.optional("language")),
  }),
  run: ({ ctx, actor }, input) => completeFirstAdmin(ctx, actor, input),
  answer: (created): { recoveryCodes: string[] | null } => ({ recoveryCodes: created.recoveryCodes }),
});
