import type { Db } from "@/lib/db/client";
import { recordSent, type LeasedId } from "./settle";

export interface SentRecorderOptions {
  /** Longest an accepted message waits for its "sent" record (default 100 ms). */
  maxWaitMs?: number;
  /** Record at once when this many are waiting (default 200). */
  maxGroup?: number;
}

/**
 * Records accepted messages as sent in groups: one UPDATE for everything accepted within `maxWaitMs`, or
 * sooner when `maxGroup` are waiting. One statement per message would cost a commit each, which at full
 * speed on SQLite (a synchronous fsync per commit) is most of the time spent. The price is the duplicate
 * window: if the process dies, messages accepted in the last `maxWaitMs` are sent again (same Message-ID).
 */
export class SentRecorder {
  private waiting: Array<{ item: LeasedId; done: (recorded: boolean) => void }> = [];
  private flushing: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly maxWaitMs: number;
  private readonly maxGroup: number;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly onError: (error: unknown, count: number) => void,
    options: SentRecorderOptions = {},
  ) {
    this.maxWaitMs = options.maxWaitMs ?? 100;
    this.maxGroup = options.maxGroup ?? 200;
  }

  /** Resolves once recorded; false when some row of its group was no longer ours (a lease was taken over). */
  record(item: LeasedId): Promise<boolean> {
    return new Promise((done) => {
      this.waiting.push({ item, done });
      if (this.waiting.length >= this.maxGroup) this.flushNow();
      else this.timer ??= setTimeout(() => this.flushNow(), this.maxWaitMs);
    });
  }

  /** Writes what is waiting without further delay (the end of a batch, stopping). */
  flushNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.waiting.length === 0) return;
    this.flushing ??= this.flush().finally(() => {
      this.flushing = null;
      // Whatever arrived during the write and did not trigger a flush of its own waits for the next timer.
      if (this.waiting.length > 0) this.timer ??= setTimeout(() => this.flushNow(), this.maxWaitMs);
    });
  }

  /**
   * Hands what is waiting to a write that happens anyway (the next claim, see claimDueMessages), so it needs
   * no commit of its own. The caller reports back with `finish(count)`, or `finish(null)` if its write failed,
   * in which case the records go back in line and are written on their own.
   */
  takeWaiting(): { items: LeasedId[]; finish: (recorded: number | null) => void } | null {
    if (this.waiting.length === 0 || this.flushing) return null;
    const group = this.waiting.splice(0, this.maxGroup);
    return {
      items: group.map((entry) => entry.item),
      finish: (recorded) => {
        if (recorded === null) {
          this.waiting.unshift(...group);
          this.flushNow();
          return;
        }
        for (const entry of group) entry.done(recorded === group.length);
      },
    };
  }

  /** Records everything handed in so far, now, and resolves when it is written. */
  async drain(): Promise<void> {
    while (this.waiting.length > 0 || this.flushing) {
      this.flushNow();
      await this.flushing;
    }
  }

  private async flush(): Promise<void> {
    // What arrives while a group is being written waits for its own timer, unless a full group is waiting.
    do {
      const group = this.waiting.splice(0, this.maxGroup);
      const recorded = await this.write(group.map((entry) => entry.item));
      // Only a count comes back: when it falls short, the group as a whole is reported as partly lost.
      for (const entry of group) entry.done(recorded === group.length);
    } while (this.waiting.length >= this.maxGroup);
  }

  private async write(items: LeasedId[]): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await recordSent(this.db, items, this.now());
      } catch (error) {
        // The mail is out; losing this record means sending it again once the lease expires. Try hard.
        this.onError(error, items.length);
        if (attempt >= 5) return 0;
        await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
      }
    }
  }
}
