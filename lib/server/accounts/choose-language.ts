import { isLocale, type Locale } from "@/lib/i18n/locales";
import { accountLanguageSchema, type AccountLanguage, type AccountLanguageInput } from "@/lib/schemas/account-language";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { parsingEntry } from "@/lib/server/parse-input";
import { forbidden, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";

/**
 * A signed-in person chooses their interface language, or null to follow their practice's country and then their
 * browser (docs/I18N.md). Only their own account: the choice and its audit entry are written together, and the
 * next request resolves the language from it (currentActor).
 */
export async function chooseLanguageParsed(
  ctx: ServiceContext,
  actor: Actor,
  input: AccountLanguage,
): Promise<ServiceResult<AccountLanguage>> {
  if (actor.kind !== "user") return forbidden();
  const now = ctx.now();
  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const before = await tx.user.findUnique({ where: { id: actor.userId }, select: { locale: true } });
    await tx.user.update({ where: { id: actor.userId }, data: { locale: input.locale } });
    await appendAudit(tx, actor, { action: "account.language", detail: { from: before?.locale ?? null, to: input.locale } }, now);
    return ok({ locale: input.locale });
  });
}

/** The entry for an input nobody parsed yet (scripts, tests): parsed here, once. */
export const chooseLanguage = parsingEntry<AccountLanguageInput, AccountLanguage, AccountLanguage>(
  accountLanguageSchema,
  chooseLanguageParsed,
);

/** The language the person chose themselves, or null when they follow their practice and browser (Your account shows it). */
export async function chosenLanguage(ctx: ServiceContext, actor: Actor): Promise<Locale | null> {
  if (actor.kind !== "user") return null;
  const user = await ctx.db.user.findUnique({ where: { id: actor.userId }, select: { locale: true } });
  return isLocale(user?.locale) ? user.locale : null;
}
