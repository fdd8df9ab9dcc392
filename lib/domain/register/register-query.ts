import { INCIDENT_STATES, type IncidentState } from "@/lib/schemas/incident-work";
import type { RegisterQueryInput } from "@/lib/schemas/register";

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** The register's GET form (organization, state, year, notified=yes|no, timeliness=on_time|late) as the query; junk is ignored. */
export function registerQueryFromSearchParams(params: SearchParams): RegisterQueryInput {
  const state = one(params.state);
  const year = Number(one(params.year));
  const notified = one(params.notified);
  const timeliness = one(params.timeliness);
  return {
    ...(one(params.organization) ? { organization: one(params.organization) } : {}),
    ...(state && (INCIDENT_STATES as readonly string[]).includes(state) ? { state: [state as IncidentState] } : {}),
    ...(Number.isInteger(year) && year >= 2000 && year <= 2100 ? { year } : {}),
    ...(notified === "yes" ? { notified: true } : notified === "no" ? { notified: false } : {}),
    ...(timeliness === "on_time" || timeliness === "late" ? { timeliness } : {}),
  };
}

/** Entries on one page of the register page; the per-year figures and the exports cover them all. */
export const REGISTER_ENTRIES_PER_PAGE = 50;

/** The register page's page number (?page=), 1 unless a whole number from 1 up. */
export function registerPageFromSearchParams(params: SearchParams): number {
  const page = Number(one(params.page) ?? "1");
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The link to another page of the register, keeping the filters. */
export function registerPageHref(query: RegisterQueryInput, page: number): string {
  const params = new URLSearchParams(registerQueryString(query));
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `/register?${text}` : "/register";
}

/** The same filters as a query string, for the export links. */
export function registerQueryString(query: RegisterQueryInput): string {
  const params = new URLSearchParams();
  if (query.organization) params.set("organization", query.organization);
  if (query.state?.[0]) params.set("state", query.state[0]);
  if (query.year) params.set("year", String(query.year));
  if (query.notified !== undefined) params.set("notified", query.notified ? "yes" : "no");
  if (query.timeliness) params.set("timeliness", query.timeliness);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The filters in words, for the PDF's heading ("all incidents" when none). */
export function filtersInWords(query: RegisterQueryInput): string {
  const parts: string[] = [];
  if (query.organization) parts.push(`practice ${query.organization}`);
  if (query.state?.[0]) parts.push(`state ${query.state[0]}`);
  if (query.year) parts.push(`aware in ${query.year}`);
  if (query.notified !== undefined) parts.push(query.notified ? "notified" : "not notified");
  if (query.timeliness) parts.push(query.timeliness === "late" ? "notified late" : "notified on time");
  return parts.length ? parts.join(", ") : "all incidents";
}
