"use server";

import { acceptInvitationSchema } from "@/lib/schemas/accounts";
import { joinOrganizationSchema } from "@/lib/schemas/memberships";
import { acceptInvitation } from "@/lib/server/accounts/accept-invitation";
import { joinOrganization } from "@/lib/server/accounts/join-organization";
import { SIGNED_OUT_OPEN_LINK_AGAIN } from "@/lib/server/actions/action-session";
import { formAction, publicFormAction } from "@/lib/server/actions/form-action";

/** The service checks the schema, the password rules and the code together, so every problem is named at once. */
export const acceptInvitationAction = publicFormAction("invitation", {
  schema: acceptInvitationSchema,
  readChecked: (form) => ({
    token: form.text("token"),
    name: form.text("name"),
    password: form.optional("password"),
    totpSecret: form.optional("totpSecret"),
    totpCode: form.optional("totpCode") || undefined,
  }),
  run: ({ ctx, actor }, input) => acceptInvitation(ctx, actor, input),
  answer: (accepted): { recoveryCodes: string[] | null } => ({ recoveryCodes: accepted.recoveryCodes }),
});

/** Signed out meanwhile: the person is told, in their language (the action client's), to sign in and open the link again. */
export const joinOrganizationAction = formAction(
  {
    schema: joinOrganizationSchema,
    read: (reader) => ({ token: reader.text("token") }),
    run: ({ ctx, actor }, input) => joinOrganization(ctx, actor, input),
    answer: (joined) => ({ organizationName: joined.organizationName }),
  },
  { signedOutMessage: SIGNED_OUT_OPEN_LINK_AGAIN },
);
