import { isIP } from "node:net";
import { z } from "zod";

/** One address (203.0.113.7, 2001:db8::1) or one network in CIDR notation (10.0.0.0/8, 2001:db8::/32). */
function isAddressOrNetwork(entry: string): boolean {
  const [address, prefix, extra] = entry.split("/");
  const family = isIP(address ?? "");
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * The environment of docs/INTERFACES.md section 4, validated once. Everything else asks this module,
 * never process.env, so a wrong value fails loudly at the start with the variable's name.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  APP_URL: z.url({ error: "must be an absolute URL such as https://breachdesk.example.org" }).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { error: "must start with smtp:// or smtps://" })
    .optional(),
  MAIL_FROM: z.string().min(3).default("Breachdesk <breachdesk@localhost>"),
  /**
   * The reverse proxies whose X-Forwarded-For is believed. Without any, the client is the address that
   * opened the connection, whatever headers it sends: a forged header must not pick its throttle bucket.
   */
  BREACHDESK_TRUSTED_PROXIES: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine((entries) => entries.every(isAddressOrNetwork), {
      error: "must be a comma-separated list of IP addresses or CIDR networks, such as 127.0.0.1,10.0.0.0/8",
    })
    .default([]),
});

export type AppEnv = z.infer<typeof envSchema> & { appUrl: string };

/*
 * Every request's service context reads the environment: parsed once per set of values of the variables it names,
 * since the whole of process.env through the schema cost a millisecond of each page (bench/pages.bench.ts).
 */
const NAMES = Object.keys(envSchema.shape);
let last: { key: string; env: AppEnv } | null = null;

export function readEnv(source: Record<string, string | undefined> = process.env): AppEnv {
  const values = NAMES.map((name) => source[name]);
  const key = JSON.stringify(values);
  if (last?.key === key) return last.env;
  // Frozen: every caller shares it.
  const env = Object.freeze(parseEnv(Object.fromEntries(NAMES.map((name, i) => [name, values[i] === "" ? undefined : values[i]]))));
  last = { key, env };
  return env;
}

function parseEnv(blankToUndefined: Record<string, string | undefined>): AppEnv {
  const parsed = envSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Environment variable ${String(issue.path[0])}: ${issue.message}`);
  }
  const appUrl = (
    parsed.data.APP_URL ?? `http://${parsed.data.HOST === "0.0.0.0" ? "127.0.0.1" : parsed.data.HOST}:${parsed.data.PORT}`
  ).replace(/\/+$/, "");
  return { ...parsed.data, appUrl };
}
