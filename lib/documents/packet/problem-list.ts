import type { PacketProblem } from "./packet-problems";

/** Problems listed before the rest are only counted: a hostile packet must not fill the memory or the screen. */
export const MAX_LISTED_PROBLEMS = 100;

export class ProblemList {
  readonly listed: PacketProblem[] = [];
  /** Found but not listed: the "and N more". */
  omitted = 0;

  constructor(readonly limit = MAX_LISTED_PROBLEMS) {}

  add(problem: PacketProblem): void {
    if (this.listed.length < this.limit) this.listed.push(problem);
    else this.omitted += 1;
  }

  get full(): boolean {
    return this.listed.length >= this.limit;
  }

  get empty(): boolean {
    return this.listed.length === 0 && this.omitted === 0;
  }
}
