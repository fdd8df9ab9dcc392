import { z } from "zod";

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
});

export type AppEnv = z.infer<typeof envSchema> & { appUrl: string };

export function readEnv(source: Record<string, string | undefined> = process.env): AppEnv {
  const blankToUndefined = Object.fromEntries(
    Object.entries(source).map(([key, value]) => [key, value === "" ? undefined : value]),
  );
  const parsed = envSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Environment variable ${String(issue.path[0])}: ${issue.message}`);
  }
  const appUrl = (parsed.data.APP_URL ?? `http://${parsed.data.HOST === "0.0.0.0" ? "127.0.0.1" : parsed.data.HOST}:${parsed.data.PORT}`).replace(/\/+$/, "");
  return { ...parsed.data, appUrl };
}
