import { matchTotp } from "@/lib/domain/accounts/totp";
import { anonymous, type Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { at, unseal } from "@/lib/server/crypto/sealed-text";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { verifyPassword } from "./password-hash";
import { looksLikeRecoveryCode, recoveryDigest } from "./recovery-codes";
import { refundAttempt, reserveAttempt } from "./throttle";

export interface SignInAttempt {
  email: string;
  password: string;
  code?: string | null;
  ip: string | null;
}

export type SignInOutcome =
  | { ok: true; userId: string; email: string; name: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "code_required" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

async function audit(ctx: ServiceContext, actor: Actor, action: string, detail: Record<string, unknown>) {
  await writeTransaction(ctx.db, ctx.provider, (tx) => appendAudit(tx, actor, { action, detail }, ctx.now()));
}

/**
 * Checks a sign-in: throttle first (the attempt is counted as a failure before anything is verified, and
 * given back when it turns out right), then password, then the second factor. Every attempt is audited;
 * the answer is the same for an unknown e-mail, a wrong password and a disabled account.
 */
export async function verifySignIn(ctx: ServiceContext, attempt: SignInAttempt): Promise<SignInOutcome> {
  const email = attempt.email.trim().toLowerCase();
  const now = ctx.now();
  const who = anonymous(email || "(empty)", attempt.ip);

  const wait = await reserveAttempt(ctx, email, attempt.ip, now);
  if (wait > 0) {
    await audit(ctx, who, "signin.throttled", { retryAfterSeconds: wait });
    return { ok: false, reason: "throttled", retryAfterSeconds: wait };
  }

  const user = email ? await ctx.db.user.findUnique({ where: { email } }) : null;
  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, attempt.password);
  if (!user || !passwordMatches || user.disabledAt) {
    const reason = !user ? "unknown_account" : user.disabledAt ? "disabled" : "wrong_password";
    await audit(ctx, who, "signin.failure", { reason });
    return { ok: false, reason: "invalid" };
  }

  if (user.totpEnabledAt && user.totpSecret) {
    const code = attempt.code?.trim() ?? "";
    if (!code) {
      await refundAttempt(ctx, email, attempt.ip, "code_required");
      await audit(ctx, who, "signin.code_required", {});
      return { ok: false, reason: "code_required" };
    }
    const step = matchTotp(unseal(user.totpSecret, at("user", "totpSecret", user.id)), code, now, user.totpLastStep);
    const recovery = JSON.parse(user.recoveryCodes ?? "[]") as string[];
    const recoveryIndex = step === null && looksLikeRecoveryCode(code) ? recovery.indexOf(recoveryDigest(code)) : -1;
    if (step === null && recoveryIndex < 0) {
      await audit(ctx, who, "signin.failure", { reason: "wrong_code" });
      return { ok: false, reason: "invalid" };
    }
    if (step !== null) {
      // Conditional update: two requests racing with the same code cannot both win.
      const claimed = await ctx.db.user.updateMany({
        where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
        data: { totpLastStep: step },
      });
      if (claimed.count === 0) {
        await audit(ctx, who, "signin.failure", { reason: "code_reused" });
        return { ok: false, reason: "invalid" };
      }
    } else {
      recovery.splice(recoveryIndex, 1);
      await ctx.db.user.update({ where: { id: user.id }, data: { recoveryCodes: JSON.stringify(recovery) } });
    }
  }

  await refundAttempt(ctx, email, attempt.ip, "success");
  await audit(ctx, { kind: "user", userId: user.id, email, memberships: [], ip: attempt.ip, via: "web" }, "signin.success", {
    secondFactor: user.totpEnabledAt ? "totp" : "none",
  });
  return { ok: true, userId: user.id, email: user.email, name: user.name };
}
