import { getServerSession } from "next-auth";
import { defaultContext } from "@/lib/server/service-context";
import { authOptions } from "./auth-options";
import { revokeSession } from "./sessions";

/**
 * Ends this browser's server-side session (signing out). It needs the session's id, not the person: a
 * session whose person was removed must still be ended.
 */
export async function endCurrentSession(): Promise<void> {
  const session: { sid?: unknown } | null = await getServerSession(authOptions());
  if (typeof session?.sid !== "string") return;
  const ctx = await defaultContext();
  await revokeSession(ctx.db, session.sid, ctx.now());
}
