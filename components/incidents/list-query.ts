import { INCIDENT_STATES, type IncidentListInput, type IncidentState } from "@/lib/schemas/incident-work";

export const INCIDENTS_PER_PAGE = 20;

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** The list page's GET form (state, organization, q, page) as the list service's input; junk is ignored. */
export function listQueryFromSearchParams(params: SearchParams): IncidentListInput {
  const state = one(params.state);
  const page = Number(one(params.page) ?? "1");
  return {
    ...(state && (INCIDENT_STATES as readonly string[]).includes(state) ? { state: [state as IncidentState] } : {}),
    ...(one(params.organization) ? { organization: one(params.organization) } : {}),
    ...(one(params.q) ? { search: one(params.q)!.slice(0, 200) } : {}),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: INCIDENTS_PER_PAGE,
  };
}

/** The link to another page of the same list, keeping the filters. */
export function pageHref(params: SearchParams, page: number): string {
  const query = new URLSearchParams();
  for (const key of ["state", "organization", "q"]) {
    const value = one(params[key]);
    if (value) query.set(key, value);
  }
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/incidents?${text}` : "/incidents";
}
