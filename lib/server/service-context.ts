import { getDb, type Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { readEnv, type AppEnv } from "@/lib/config/env";

/** What a service needs besides the actor and input. Tests build their own on a throw-away database. */
export interface ServiceContext {
  db: Db;
  provider: DatabaseProvider;
  env: AppEnv;
  now: () => Date;
}

export async function defaultContext(): Promise<ServiceContext> {
  const { db, provider } = await getDb();
  return { db, provider, env: readEnv(), now: () => new Date() };
}
