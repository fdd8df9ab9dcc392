"use server";

import { firstAdminSchema } from "@/lib/schemas/accounts";
import { completeFirstAdmin } from "@/lib/server/accounts/complete-first-admin";
import { publicFormAction } from "@/lib/server/actions/form-action";

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
  }),
  run: ({ ctx, actor }, input) => completeFirstAdmin(ctx, actor, input),
  answer: (created): { recoveryCodes: string[] | null } => ({ recoveryCodes: created.recoveryCodes }),
});
