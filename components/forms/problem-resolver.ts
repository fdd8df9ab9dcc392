"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import { problemReader } from "@/lib/i18n/problems";

/**
 * The problems a schema finds in the browser, said in the reader's language like the server action's
 * (docs/I18N.md, "Problems"): the same English problem, the same message.
 */
export function useProblems(): (english: string) => string {
  const locale = useLocale();
  const t = useTranslations("problems");
  return useMemo(() => problemReader(locale, (key, values) => t(key, values)), [locale, t]);
}

/** Every `message` in react-hook-form's nested errors, said by `say`; the rest (refs, types) kept as it is. */
export function translated(errors: unknown, say: (english: string) => string): unknown {
  if (Array.isArray(errors)) return errors.map((error) => translated(error, say));
  if (!errors || typeof errors !== "object") return errors;
  return Object.fromEntries(
    Object.entries(errors).map(([key, value]) => [
      key,
      key === "message" && typeof value === "string" ? say(value) : key === "ref" ? value : translated(value, say),
    ]),
  );
}

/**
 * A form's resolver (zodResolver(schema)) whose problems are in the reader's language:
 * `resolver: useProblemResolver(zodResolver(schema))`.
 */
export function useProblemResolver<V extends FieldValues, C, T>(resolver: Resolver<V, C, T>): Resolver<V, C, T> {
  const say = useProblems();
  return useMemo<Resolver<V, C, T>>(
    () => async (values, context, options) => {
      const result = await resolver(values, context, options);
      if (Object.keys(result.errors).length === 0) return result;
      return { values: {}, errors: translated(result.errors, say) as FieldErrors<V> };
    },
    [resolver, say],
  );
}
