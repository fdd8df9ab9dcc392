import type { FilingKindInput } from "@/lib/schemas/filing";
import { FILING_CHANNELS } from "@/lib/schemas/filing";

/** The filings' stored kinds and channels in the words the DPO reads. */
export const FILING_KIND_LABELS: Record<FilingKindInput, string> = {
  initial: "Initial notification",
  follow_up: "Follow-up notification",
  complete: "Complete notification",
};

export const FILING_CHANNEL_LABELS: Record<(typeof FILING_CHANNELS)[number], string> = {
  online_form: "The authority's online form",
  email: "E-mail",
  post: "Post",
  phone: "Phone",
};

export function filingKindLabel(kind: string): string {
  return FILING_KIND_LABELS[kind as FilingKindInput] ?? kind.replace(/_/g, " ");
}

export function filingChannelLabel(channel: string): string {
  return FILING_CHANNEL_LABELS[channel as (typeof FILING_CHANNELS)[number]] ?? channel.replace(/_/g, " ");
}
