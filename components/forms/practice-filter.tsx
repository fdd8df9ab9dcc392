import { useTranslations } from "next-intl";

/*
 * More practices than a list of choices can hold: a person of a DPO firm sees hundreds, and listing them in every
 * filter made each list page hundreds of kilobytes (the choices once in the page and once in React's data;
 * bench/pages.bench.ts). Past this many, the filter is a text field for a practice's name, a part of it or its
 * identifier, which lib/server/incidents/organization-filter.ts resolves among the person's own practices.
 */
export const PRACTICES_LISTED_AT_MOST = 50;

interface Props {
  id: string;
  label: string;
  /** The choice meaning "no filter" in the list. */
  allLabel: string;
  organizations: ReadonlyArray<{ slug: string; name: string }>;
  /** The filter as given: a slug, or the text the person typed. */
  value: string | undefined;
}

/** The practice filter of a GET form (field name "organization"): a list of choices, or a text field when there are many. */
export function PracticeFilter({ id, label, allLabel, organizations, value }: Props) {
  const t = useTranslations("forms.practiceFilter");
  if (organizations.length <= PRACTICES_LISTED_AT_MOST) {
    return (
      <>
        <label htmlFor={id}>{label}</label>
        <select id={id} name="organization" defaultValue={value ?? ""}>
          <option value="">{allLabel}</option>
          {organizations.map((organization) => (
            <option key={organization.slug} value={organization.slug}>
              {organization.name}
            </option>
          ))}
        </select>
      </>
    );
  }
  // A slug in the address is shown as the practice's name, which the person recognises.
  const shown = organizations.find((organization) => organization.slug === value)?.name ?? value ?? "";
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name="organization"
        type="search"
        defaultValue={shown}
        placeholder={t("placeholder")}
        aria-describedby={`${id}-hint`}
      />
      <span className="muted hint" id={`${id}-hint`}>
        {t("hint", { count: organizations.length })}
      </span>
    </>
  );
}
