"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { fieldLabel } from "@/components/incidents/field-labels";
import { reviewSections } from "@/components/incidents/intake/intake-review-model";
import type { IntakeFormValues } from "@/components/incidents/intake/intake-values";

/** The answers read back before sending, grouped as in the wizard, each with a way back to change it. */
export function IntakeReview({
  values,
  organizationName,
  zoneName,
  onChange,
}: {
  values: IntakeFormValues;
  organizationName: string;
  zoneName: string;
  onChange: (field: string) => void;
}) {
  const t = useTranslations();
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  return (
    <>
      <p>{t.rich("intake.review.intro", { zone: zoneName, strong })}</p>
      {organizationName ? (
        <p>{t.rich("intake.review.practice", { label: fieldLabel(t, "organization"), name: organizationName, strong })}</p>
      ) : null}
      {reviewSections(t, values).map((section) => (
        <section key={section.title} className="review-section" aria-label={section.title}>
          <h3>{section.title}</h3>
          <dl className="facts-list">
            {section.rows.map((row) => (
              <div key={row.field} className="facts-row">
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
          <button
            type="button"
            className="link-button"
            aria-label={t("intake.review.changeSection", { title: section.title })}
            onClick={() => onChange(section.rows[0]?.field ?? "title")}
          >
            {t("intake.review.change")}
          </button>
        </section>
      ))}
    </>
  );
}
