import { filingDeadline, type Deadline } from "@/lib/domain/deadlines";

/**
 * The deadline the register and the notification judge a filing against: the first notification of the
 * regime the filing is made under (lib/domain/deadlines/filing-deadline.ts). For a processor that is its own
 * duty, telling the controller (Art. 33(2)), and it is labelled so.
 */
export function authorityDeadline(input: {
  awareAt: Date;
  timeZone: string;
  regimes: readonly string[];
  role?: string;
  authority?: string | null;
}): Deadline | null {
  return filingDeadline(input);
}
