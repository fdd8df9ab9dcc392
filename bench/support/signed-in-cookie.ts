import { encode } from "next-auth/jwt";
import type { Db } from "../../lib/db/client";
import { createSession } from "../../lib/server/auth/sessions";

/**
 * A real signed-in session for a seeded person: the server-side session row sign-in creates, in the cookie
 * next-auth would set for it (signed with the server's secret), so every request goes through the same
 * session check as a browser's. Seeded people have no password: the cookie is made instead of signing in.
 */
export async function signedInCookie(db: Db, userId: string, email: string, secret: string): Promise<string> {
  const sid = await createSession(db, userId, new Date(), "127.0.0.1", "bench");
  const token = await encode({ token: { sid, email, name: "Bench DPO", sub: sid }, secret });
  // http:// app URL, so next-auth uses the cookie name without the __Secure- prefix.
  return `next-auth.session-token=${token}`;
}
