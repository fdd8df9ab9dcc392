"use client";

import { useTranslations } from "next-intl";
import { useFieldArray } from "react-hook-form";
import { TextField } from "@/components/forms/text-field";
import { OTHER_PARTIES_MAX } from "@/lib/schemas/notification-details";
import type { DetailsFieldProps } from "./notification-details-fields";
import { EMPTY_PARTY } from "./notification-details-values";

/** Suggestions only: the template asks for each organisation's role in words (EDPB template 2.4). */
const ROLE_SUGGESTIONS = ["processor", "subProcessor", "jointController", "itProvider"] as const;

/**
 * The other organisations involved, one group per organisation. The form starts with one row and never
 * removes the last, so an answer of "yes" cannot be saved as an empty list (which would mean "none").
 */
export function OtherPartiesFields({ control, register, errorOf }: DetailsFieldProps) {
  const t = useTranslations("notification");
  const { fields, append, remove } = useFieldArray({ control, name: "otherParties" });
  const listError = errorOf("otherParties");
  return (
    <div className="edit-section" id="field-otherParties">
      <datalist id="party-roles">
        {ROLE_SUGGESTIONS.map((role) => (
          <option key={role} value={t(`details.parties.roles.${role}`)} />
        ))}
      </datalist>
      {fields.map((field, index) => (
        <fieldset key={field.id}>
          <legend>{t("details.parties.legend", { number: index + 1 })}</legend>
          <TextField
            label={t("details.parties.name")}
            error={errorOf(`otherParties.${index}.name`)}
            {...register(`otherParties.${index}.name`)}
          />
          <TextField
            label={t("details.parties.role")}
            list="party-roles"
            error={errorOf(`otherParties.${index}.role`)}
            {...register(`otherParties.${index}.role`)}
          />
          <TextField
            label={t("details.parties.contact")}
            error={errorOf(`otherParties.${index}.contact`)}
            {...register(`otherParties.${index}.contact`)}
          />
          {fields.length > 1 ? (
            <button
              type="button"
              className="secondary small"
              onClick={() => remove(index)}
              aria-label={t("details.parties.removeLabel", { number: index + 1 })}
            >
              {t("details.parties.remove")}
            </button>
          ) : null}
        </fieldset>
      ))}
      {listError ? (
        <p className="field-error" role="alert">
          {t("details.parties.listError", { problem: listError })}
        </p>
      ) : null}
      {fields.length < OTHER_PARTIES_MAX ? (
        <button type="button" className="secondary" onClick={() => append({ ...EMPTY_PARTY }, { shouldFocus: true })}>
          {t("details.parties.add")}
        </button>
      ) : null}
    </div>
  );
}
