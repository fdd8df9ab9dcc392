"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SelectField } from "@/components/forms/select-field";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/schemas/form-state";

type Result = FormState<Locale | null>;

/**
 * The person's interface language, or none to follow their practice's country and then their browser
 * (docs/I18N.md). Each language is named in itself, so whoever cannot read the current one still finds theirs.
 */
export function LanguageForm(props: { action: (state: Result, form: FormData) => Promise<Result>; chosen: Locale | null }) {
  const t = useTranslations("account.language");
  const router = useRouter();
  const [state, formAction, pending] = useActionState(props.action, { status: "idle" });
  // The whole page, its layout and <html lang> included, is rendered again in the language just chosen.
  useEffect(() => {
    if (state.status === "done") router.refresh();
  }, [state, router]);
  const options = [{ value: "", label: t("followPractice") }, ...LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }))];
  return (
    <form action={formAction}>
      <SelectField
        name="locale"
        label={t("label")}
        hint={t("hint")}
        options={options}
        defaultValue={props.chosen ?? ""}
        error={state.status === "error" ? state.fields.locale : undefined}
      />
      <FormOutcome state={state} pending={pending} done={() => t("saved")} labels={{ submit: t("save"), busy: t("saving") }} />
    </form>
  );
}
