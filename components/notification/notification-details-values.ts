import { z } from "zod";
import { notificationDetailsSchema, type NotificationDetails, type NotificationDetailsInput } from "@/lib/schemas/notification-details";

/*
 * The notification-details form's values and the schema's input, both ways. The form keeps what inputs can
 * hold (text, "yes"/"no"/"" for a radio answer, an extra "who files" choice); the shared schema judges the
 * converted input, and its error paths ("reporter.email", "otherParties.0.name") are the inputs' names.
 */
export type YesNoAnswer = "" | "yes" | "no";

export interface PartyRow {
  name: string;
  role: string;
  contact: string;
}

export interface DetailsFormValues {
  /** "contact": the organisation's contact point (the DPO) files; "someone_else": the reporter below. */
  filedBy: "contact" | "someone_else";
  reporter: { name: string; email: string; phone: string; role: string };
  discoveredBy: string;
  incidentType: string;
  causeOrigin: string;
  systemsInvolved: string;
  dataItems: string;
  tollFreePhone: string;
  contactWebsite: string;
  protectionMeasures: string[];
  measuresInPlace: string;
  otherPartiesInvolved: YesNoAnswer;
  otherParties: PartyRow[];
  reportedToPolice: YesNoAnswer;
  otherAuthoritiesTold: YesNoAnswer;
  otherAuthoritiesNotified: string;
  likelyConsequences: string;
  preventionMeasures: string[];
  measuresProposed: string;
  crossBorder: YesNoAnswer;
  communicationPlannedFor: string;
}

export const EMPTY_PARTY: PartyRow = { name: "", role: "", contact: "" };

const answerOf = (value: boolean | null): YesNoAnswer => (value === null ? "" : value ? "yes" : "no");
const booleanOf = (value: string | null | undefined): boolean | null => (value === "yes" ? true : value === "no" ? false : null);
/** An unanswered choice: a select's "" or a radio group nobody touched (react-hook-form gives null). */
const choiceOf = (value: string | null | undefined): string | null => (value ? value : null);
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);

export function valuesFromDetails(details: NotificationDetails): DetailsFormValues {
  const { reporter } = details;
  return {
    filedBy: reporter ? "someone_else" : "contact",
    reporter: { name: reporter?.name ?? "", email: reporter?.email ?? "", phone: reporter?.phone ?? "", role: reporter?.role ?? "" },
    discoveredBy: details.discoveredBy ?? "",
    incidentType: details.incidentType ?? "",
    causeOrigin: details.causeOrigin ?? "",
    systemsInvolved: details.systemsInvolved ?? "",
    dataItems: details.dataItems ?? "",
    tollFreePhone: details.tollFreePhone ?? "",
    contactWebsite: details.contactWebsite ?? "",
    protectionMeasures: [...details.protectionMeasures],
    measuresInPlace: details.measuresInPlace ?? "",
    otherPartiesInvolved: details.otherParties === null ? "" : details.otherParties.length > 0 ? "yes" : "no",
    // At least one row, shown once "yes" is picked: the form never offers "yes" with nobody named.
    otherParties: details.otherParties?.length
      ? details.otherParties.map((party) => ({ name: party.name, role: party.role, contact: party.contact ?? "" }))
      : [{ ...EMPTY_PARTY }],
    reportedToPolice: answerOf(details.reportedToPolice),
    otherAuthoritiesTold: answerOf(details.otherAuthoritiesTold),
    otherAuthoritiesNotified: details.otherAuthoritiesNotified ?? "",
    likelyConsequences: details.likelyConsequences ?? "",
    preventionMeasures: [...details.preventionMeasures],
    measuresProposed: details.measuresProposed ?? "",
    crossBorder: answerOf(details.crossBorder),
    communicationPlannedFor: details.communicationPlannedFor ?? "",
  };
}

/** The schema's input for what the form holds; answers hidden by another answer ("No" other parties) are dropped. */
export function detailsFromValues(values: DetailsFormValues): NotificationDetailsInput {
  const involved = values.otherPartiesInvolved;
  // The choices are checked by the schema at run time: the casts only say which field they fill.
  const { name, email, phone, role } = values.reporter;
  const reporter = { name, email, phone, ...(role ? { role } : {}) } as NonNullable<NotificationDetailsInput["reporter"]>;
  return {
    // An unchosen capacity goes to the schema as missing, so its error names reporter.role.
    reporter: values.filedBy === "someone_else" ? reporter : null,
    discoveredBy: choiceOf(values.discoveredBy) as NotificationDetailsInput["discoveredBy"],
    incidentType: choiceOf(values.incidentType),
    causeOrigin: choiceOf(values.causeOrigin) as NotificationDetailsInput["causeOrigin"],
    systemsInvolved: values.systemsInvolved,
    dataItems: values.dataItems,
    tollFreePhone: values.tollFreePhone,
    contactWebsite: values.contactWebsite,
    protectionMeasures: list(values.protectionMeasures),
    measuresInPlace: values.measuresInPlace,
    otherParties: involved === "yes" ? values.otherParties.map((party) => ({ ...party })) : involved === "no" ? [] : null,
    reportedToPolice: booleanOf(values.reportedToPolice),
    otherAuthoritiesTold: booleanOf(values.otherAuthoritiesTold),
    // Names of authorities make no sense once "no other authority" is the answer: the hidden field is cleared.
    otherAuthoritiesNotified: values.otherAuthoritiesTold === "no" ? null : values.otherAuthoritiesNotified,
    likelyConsequences: values.likelyConsequences,
    preventionMeasures: list(values.preventionMeasures),
    measuresProposed: values.measuresProposed,
    crossBorder: booleanOf(values.crossBorder),
    communicationPlannedFor: choiceOf(values.communicationPlannedFor),
  };
}

/** The form's resolver schema: the values converted, then judged by the shared schema, every problem at once. */
export const detailsFormSchema = z
  .custom<DetailsFormValues>((value) => typeof value === "object" && value !== null)
  .transform((values, ctx) => {
    const parsed = notificationDetailsSchema.safeParse(detailsFromValues(values));
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues)
      ctx.addIssue({ code: "custom", path: issue.path as (string | number)[], message: issue.message });
    return z.NEVER;
  });
