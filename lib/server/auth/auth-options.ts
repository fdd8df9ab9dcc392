import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { readEnv } from "@/lib/config/env";
import { safeCallbackUrl } from "@/lib/security/safe-redirect";
import { defaultContext } from "@/lib/server/service-context";
import { authSecret } from "./auth-secret";
import { clientIp } from "./client-ip";
import { sessionPolicy } from "./session-policy";
import { createSession } from "./sessions";
import { verifySignIn } from "./verify-sign-in";

/** Errors the sign-in form understands; never says whether the account exists. */
export const SIGN_IN_ERRORS = {
  invalid: "invalid",
  code_required: "code_required",
  throttled: "throttled",
} as const;

/**
 * next-auth with per-person credentials only. The JWT carries nothing but a server-side session id:
 * every request re-checks that session (idle timeout, absolute lifetime, sign out everywhere, disabled
 * user), so the cookie alone never keeps anyone in.
 */
export function authOptions(): AuthOptions {
  const env = readEnv();
  // next-auth builds its redirects from NEXTAUTH_URL; without it they point at localhost:3000.
  process.env.NEXTAUTH_URL ??= env.appUrl;
  const secure = env.appUrl.startsWith("https://");
  const { absoluteMs } = sessionPolicy();
  return {
    secret: authSecret(),
    useSecureCookies: secure,
    session: { strategy: "jwt", maxAge: Math.floor(absoluteMs / 1000) },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Breachdesk",
        credentials: {
          email: { label: "E-mail", type: "email" },
          password: { label: "Password", type: "password" },
          code: { label: "Authentication code", type: "text" },
        },
        async authorize(credentials, request) {
          const ctx = await defaultContext();
          const ip = clientIp((request?.headers ?? {}) as Record<string, unknown>);
          const outcome = await verifySignIn(ctx, {
            email: credentials?.email ?? "",
            password: credentials?.password ?? "",
            code: credentials?.code ?? null,
            ip,
          });
          if (outcome.ok) {
            const userAgent = String((request?.headers as Record<string, unknown> | undefined)?.["user-agent"] ?? "");
            const sessionId = await createSession(ctx.db, outcome.userId, ctx.now(), ip, userAgent || null);
            return { id: sessionId, email: outcome.email, name: outcome.name };
          }
          if (outcome.reason === "throttled") throw new Error(`${SIGN_IN_ERRORS.throttled}:${outcome.retryAfterSeconds}`);
          throw new Error(SIGN_IN_ERRORS[outcome.reason]);
        },
      }),
    ],
    callbacks: {
      // Only to this app: a crafted callbackUrl (another host, or one that does not parse) leads to the start page.
      async redirect({ url, baseUrl }) {
        return safeCallbackUrl(url, baseUrl);
      },
      // `user.id` is the server-side session id created in authorize.
      async jwt({ token, user }) {
        if (user) token.sid = user.id;
        return token;
      },
      async session({ session, token }) {
        return { ...session, sid: token.sid as string | undefined };
      },
    },
  };
}
