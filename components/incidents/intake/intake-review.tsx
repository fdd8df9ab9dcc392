"use client";

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
  return (
    <>
      <p>
        Please check your answers. Sending reports the incident to the practice&apos;s data protection officer (DPO), who decides whether
        the authority and the patients must be told. Pre-filled answers are cautious guesses the DPO checks. Times are in{" "}
        <strong>{zoneName}</strong>.
      </p>
      {organizationName ? (
        <p>
          {fieldLabel("organization")}: <strong>{organizationName}</strong>
        </p>
      ) : null}
      {reviewSections(values).map((section) => (
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
            aria-label={`Change “${section.title}”`}
            onClick={() => onChange(section.rows[0]?.field ?? "title")}
          >
            Change
          </button>
        </section>
      ))}
    </>
  );
}
