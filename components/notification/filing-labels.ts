import type { FilingKindInput } from "@/lib/schemas/filing";
import { FILING_CHANNELS } from "@/lib/schemas/filing";
import { en } from "@/lib/i18n/messages/en";
import type { NotificationT } from "./notification-details-questions";

type FilingChannel = (typeof FILING_CHANNELS)[number];

/** The filings' stored kinds and channels in the words the DPO reads (catalogue notification.filingKinds/Channels). */
export const FILING_KIND_LABELS: Record<FilingKindInput, string> = en.notification.filingKinds;

export const FILING_CHANNEL_LABELS: Record<FilingChannel, string> = en.notification.filingChannels;

export function filingKindLabel(t: NotificationT, kind: string): string {
  return kind in FILING_KIND_LABELS ? t(`filingKinds.${kind as FilingKindInput}`) : kind.replace(/_/g, " ");
}

export function filingChannelLabel(t: NotificationT, channel: string): string {
  return channel in FILING_CHANNEL_LABELS ? t(`filingChannels.${channel as FilingChannel}`) : channel.replace(/_/g, " ");
}
