import { hash, verify } from "@node-rs/argon2";

/*
 * argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane). A fixed dummy hash is
 * verified when the account does not exist, so the time taken does not reveal whether it does.
 */
const OPTIONS = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$SqSCyEIPf9/6eNg1yca7lQ$sUvECbhGCiwnn31t716ToJp/EI4trJrn9gmg2T8WQgc";

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const matches = await verify(passwordHash ?? DUMMY_HASH, password);
    return passwordHash !== null && matches;
  } catch {
    return false;
  }
}
