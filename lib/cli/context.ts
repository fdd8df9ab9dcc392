import { readEnv } from "@/lib/config/env";
import { linkBase } from "@/lib/config/link-base";
import { closeDb, getDb } from "@/lib/db/client";
import { ensureMigrated } from "@/lib/db/ensure-migrated";
import { ensureEncryptionKeys } from "@/lib/server/crypto/ensure-keys";
import { MissingKeysError } from "@/lib/server/crypto/missing-keys";
import type { ServiceFailure } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { BadInputError } from "./io";
import { onCliExit } from "./resources";

/** Opens the database named by DATABASE_URL (migrating it if needed) for one command run. */
export async function cliContext(options: { needsKeys?: boolean } = {}): Promise<ServiceContext & { url: string; migrated: boolean }> {
  // Invitation and set-up links start where the app really answers (linkBase), not at the default port.
  const env = { ...readEnv(), appUrl: linkBase().url };
  const { db, provider, url } = await getDb();
  onCliExit(closeDb);
  const migrated = await ensureMigrated(db, provider, url);
  try {
    if (options.needsKeys !== false) await ensureEncryptionKeys(db);
  } catch (error) {
    if (error instanceof MissingKeysError) throw new BadInputError("keys", error.message);
    throw error;
  }
  return { db, provider, url, env, now: () => new Date(), migrated };
}

/**
 * Turns a service's refusal into the CLI's bad-input error, naming the option the person typed
 * (`--email`) rather than the service's field name (`email`).
 */
export function failureToBadInput(failure: ServiceFailure, optionNames: Record<string, string> = {}): BadInputError {
  if (failure.error === "invalid") {
    const first = failure.fields[0];
    const field = first ? (optionNames[first.field] ?? `--${first.field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`) : "input";
    return new BadInputError(field, first?.problem ?? "is invalid");
  }
  return new BadInputError("request", failure.message);
}

export function printJson(io: { out(text: string): void }, value: unknown) {
  io.out(JSON.stringify(value, null, 2));
}
