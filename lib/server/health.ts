import { getDb } from "@/lib/db/client";

export type Health = { status: "ok" } | { status: "unavailable"; problem: string };

/** The app can serve requests when its database answers a trivial query. No detail leaks beyond that. */
export async function checkHealth(): Promise<Health> {
  try {
    const { db } = await getDb();
    await db.$queryRawUnsafe("SELECT 1");
    return { status: "ok" };
  } catch {
    return { status: "unavailable", problem: "database" };
  }
}
