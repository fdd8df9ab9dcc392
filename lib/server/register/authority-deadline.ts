import { filingDeadline, type Deadline } from "@/lib/domain/deadlines";

/*
 * filingDeadline is pure, and the register page asks it for every incident of a practice on each load (its
 * per-year figures judge them all: a thousand took 40 to 250 ms of time-zone and holiday arithmetic): the
 * answers are kept by their inputs (bounded; emptied when full), as openDeadlines keeps its own.
 */
const MEMO_LIMIT = 50_000;
const memo = new Map<string, Deadline | null>();

/**
 * The deadline the register and the notification judge a filing against: the first notification of the
 * regime the filing is made under (lib/domain/deadlines/filing-deadline.ts). For a processor that is its own
 * duty, telling the controller (Art. 33(2)), and it is labelled so. The answer is shared: never change it.
 */
export function authorityDeadline(input: {
  awareAt: Date;
  timeZone: string;
  regimes: readonly string[];
  role?: string;
  authority?: string | null;
}): Deadline | null {
  const key = `${input.awareAt.getTime()}|${input.timeZone}|${input.regimes.join(",")}|${input.role ?? ""}|${input.authority ?? ""}`;
  if (memo.has(key)) return memo.get(key)!;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const deadline = filingDeadline(input);
  memo.set(key, deadline);
  return deadline;
}
