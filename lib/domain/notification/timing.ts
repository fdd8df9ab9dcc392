import { deadlineFrom, judgeFiling, regimeCatalogue, type Deadline, type FilingStanding } from "@/lib/domain/deadlines";
import type { Filing, NotificationInput } from "./types";

/*
 * Art. 33(1): notify within 72 hours of awareness, and give the reasons when later. The deadline comes from
 * the deadline rules (the same the CLI, the API and the register use): the conservative one (awareness + 72 h
 * of elapsed time) is the one Breachdesk holds the practice to; the legal limit counts the hours under
 * Regulation 1182/71.
 */
function art33Deadline(awareAt: string, timeZone = "UTC"): Deadline {
  return deadlineFrom(regimeCatalogue().gdpr["notify-authority"], new Date(awareAt), timeZone);
}

export function notificationDeadline(awareAt: string, timeZone?: string): string {
  return art33Deadline(awareAt, timeZone).due.toISOString();
}

export function earliestFiling(filings: readonly Filing[] | null | undefined): Filing | null {
  const sorted = [...(filings ?? [])].sort((a, b) => Date.parse(a.filedAt) - Date.parse(b.filedAt));
  return sorted[0] ?? null;
}

export interface Lateness {
  /** After the conservative deadline: the reasons for the delay are due. */
  late: boolean;
  deadline: string;
  /** The end of the 72 hours counted under Regulation 1182/71. */
  legalLimit: string;
  /** Null while nothing can be judged yet. */
  standing: FilingStanding | null;
  /** "after the 72 h but within the legal limit under Regulation 1182/71", ...; null while not judged. */
  inWords: string | null;
  /** The instant lateness was judged at: the first filing, or `now` while nothing has been filed. */
  judgedAt: string | null;
}

/**
 * The first notification is what counts: follow-ups (Art. 33(4)) come later by design. Without a filing and
 * without `now`, nothing can be judged yet and the notification is not called late.
 */
export function notificationLateness(input: NotificationInput, now?: string | Date): Lateness {
  const deadline = art33Deadline(input.incident.awareAt, input.incident.timeZone);
  const first = earliestFiling(input.filings);
  const judgedAt = first?.filedAt ?? (now === undefined ? null : new Date(now).toISOString());
  const judged = judgedAt === null ? null : judgeFiling(deadline, new Date(judgedAt));
  return {
    late: judged?.late ?? false,
    deadline: deadline.due.toISOString(),
    legalLimit: (deadline.dueUnder1182 ?? deadline.due).toISOString(),
    standing: judged?.standing ?? null,
    inWords: judged?.inWords ?? null,
    judgedAt,
  };
}
