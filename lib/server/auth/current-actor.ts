import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { isLocale, resolveLocale, type Locale } from "@/lib/i18n/locales";
import type { Actor, Role } from "@/lib/server/actor";
import { defaultContext } from "@/lib/server/service-context";
import { authOptions } from "./auth-options";
import { clientIp } from "./client-ip";
import { practiceCountries } from "./practice-countries";
import { liveSessionUser } from "./sessions";
import { TWO_FACTOR_ROLES_LIST } from "./two-factor-roles";

export type SignedInActor = Extract<Actor, { kind: "user" }> & { name: string; needsTwoFactor: boolean; locale: Locale };

/** Roles whose holders must use two-factor authentication. */
export const TWO_FACTOR_ROLES = TWO_FACTOR_ROLES_LIST as Role[];

/**
 * The signed-in person for this request, checked against the database once per request, or null. A page asks
 * three times (the language of the request, the layout, the page itself), and for a DPO of a thousand practices
 * each read of the session with its memberships and their countries took 50 to 90 ms (bench/pages.bench.ts):
 * React's cache keeps the answer for the rest of the request's rendering, and outside a rendering (a server
 * action, a route handler) it asks every time.
 */
const signedInPerson = cache(async (): Promise<SignedInActor | null> => {
  const session = (await getServerSession(authOptions())) as { sid?: string } | null;
  if (!session?.sid) return null;
  const ctx = await defaultContext();
  const user = await liveSessionUser(ctx.db, ctx.provider, session.sid, ctx.now());
  if (!user) return null;
  const requestHeaders = await headers();
  const memberships = user.memberships;
  return {
    kind: "user",
    userId: user.id,
    email: user.email,
    name: user.name,
    memberships,
    ip: clientIp(requestHeaders),
    via: "web",
    locale: resolveLocale({
      preference: user.locale,
      // Asked only when the person has not chosen a language.
      practiceCountries: isLocale(user.locale) ? [] : await practiceCountries(ctx.db, ctx.provider, user.id),
      acceptLanguage: requestHeaders.get("accept-language"),
    }),
    needsTwoFactor: !user.totpEnabledAt && memberships.some((m) => TWO_FACTOR_ROLES.includes(m.role)),
  };
});

/**
 * The signed-in person for this request, or null. Every page, server action and route handler gets its
 * actor here, so this is the one place two-factor authentication is enforced: a DPO or administrator who
 * has not set it up is sent to set it up (a redirect, which also ends a server action before it changes
 * anything), unless the caller is one of the few things they may do first (set it up, sign out).
 */
export async function currentActor(options: { allowWithoutTwoFactor?: boolean } = {}): Promise<SignedInActor | null> {
  const actor = await signedInPerson();
  if (actor?.needsTwoFactor && !options.allowWithoutTwoFactor) redirect("/account/two-factor");
  return actor;
}

/** For pages: the signed-in person, or a redirect to sign in (or to set up two-factor authentication first). */
export async function requireActor(options: { allowWithoutTwoFactor?: boolean } = {}): Promise<SignedInActor> {
  const actor = await currentActor(options);
  if (!actor) redirect("/signin");
  return actor;
}
