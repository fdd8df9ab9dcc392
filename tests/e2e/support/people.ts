import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { readEnv } from "@/lib/config/env";
import { base32Encode, codeForStep, timeStep } from "@/lib/domain/accounts/totp";
import { sealedSetupSecret } from "@/lib/server/accounts/two-factor-setup";
import { openDb } from "@/lib/db/client";
import { acceptInvitation } from "@/lib/server/accounts/accept-invitation";
import { anonymous, type Actor, type Role } from "@/lib/server/actor";
import type { ServiceContext } from "@/lib/server/service-context";
import { cli } from "./cli";

/*
 * The language people read: English by default, because most tests check the English interface while their
 * practices are in France (the default country), whose people would otherwise read French. `null` sets no
 * preference, so the interface follows the practice's country, then the browser (docs/I18N.md).
 */
type InterfaceLanguage = "en" | "fr" | "cs" | "de" | null;
const languageOption = (language: InterfaceLanguage) => (language ? ["--language", language] : []);

/** A service context on the database of the app under test, for seeding data the way the app would. */
export async function appContext(): Promise<ServiceContext & { close(): Promise<void> }> {
  process.env.BREACHDESK_DATA_DIR = inject("e2eDataDir");
  const { db, provider } = await openDb(inject("e2eDatabaseUrl"));
  return { db, provider, env: readEnv({ APP_URL: inject("baseUrl") }), now: () => new Date(), close: () => db.$disconnect() };
}

/**
 * A person who joined through their invitation link with a password of their own (no browser needed).
 * For roles that need two-factor authentication use the browser flow of sign-in.test.ts instead.
 */
export async function joinedMember(
  org: string,
  email: string,
  role: Exclude<Role, "dpo" | "admin">,
  password: string,
  language: InterfaceLanguage = "en",
): Promise<Actor> {
  const link = (await cli("user", "add", "--org", org, "--email", email, "--role", role, ...languageOption(language))).trim();
  const ctx = await appContext();
  try {
    const accepted = await acceptInvitation(ctx, anonymous("e2e", null), {
      token: link.split("/").pop()!,
      name: email.split("@")[0]!,
      password,
    });
    if (!accepted.ok) throw new Error(JSON.stringify(accepted));
    const user = await ctx.db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    return {
      kind: "user",
      userId: user.id,
      email,
      memberships: user.memberships.map((m) => ({ organizationId: m.organizationId, role: m.role as Role })),
      ip: null,
      via: "web",
    };
  } finally {
    await ctx.close();
  }
}

/**
 * A DPO or administrator who joined through their invitation with two-factor authentication, enrolled with
 * a secret the test knows (sealed the way the invitation page seals it). `usedStep` is the TOTP step spent on
 * enrolment: a sign-in must wait for a later one.
 */
export async function joinedWithTwoFactor(
  org: string,
  email: string,
  role: "dpo" | "admin",
  name: string,
  password: string,
  language: InterfaceLanguage = "en",
) {
  const secret = base32Encode(randomBytes(20));
  const link = (await cli("user", "add", "--org", org, "--email", email, "--role", role, ...languageOption(language))).trim();
  const ctx = await appContext();
  try {
    const enrolledAt = new Date();
    const accepted = await acceptInvitation(ctx, anonymous("e2e", null), {
      token: link.split("/").pop()!,
      name,
      password,
      totpSecret: sealedSetupSecret(secret),
      totpCode: codeForStep(secret, timeStep(enrolledAt)),
    });
    if (!accepted.ok) throw new Error(JSON.stringify(accepted));
    const user = await ctx.db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    const actor: Actor = {
      kind: "user",
      userId: user.id,
      email,
      memberships: user.memberships.map((m) => ({ organizationId: m.organizationId, role: m.role as Role })),
      ip: null,
      via: "web",
    };
    return { actor, secret, usedStep: timeStep(enrolledAt) };
  } finally {
    await ctx.close();
  }
}
