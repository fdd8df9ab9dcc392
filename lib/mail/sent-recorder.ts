import type { Db, Prisma } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import type { AcceptedItem } from "./accepted-records";
import { recordAcceptedStatement, recordSentStatement, type LeasedId } from "./settle";

export interface SentRecorderOptions {
  /** Longest an accepted message waits for its "sent" record (default 100 ms). */
  maxWaitMs?: number;
  /** Record at once when this many are waiting (default 200). */
  maxGroup?: number;
}

export type LeasedAccepted = AcceptedItem & LeasedId;

/** "recorded": in the database; "failed": the database could not be written (the journal keeps it). */
export type RecordOutcome = "recorded" | "failed";

export interface SentRecorderHooks {
  /** The statements with which the kinds of a group record it, committed with the outbox update. */
  statementsOf(items: readonly LeasedAccepted[]): Promise<Prisma.PrismaPromise<unknown>[]>;
  /** After a group committed. */
  recorded(items: readonly LeasedAccepted[]): void;
  onError(error: unknown, count: number): void;
  /** Some messages of a group had lost their lease: marked sent anyway (they were accepted). */
  onTakenOver(count: number): void;
}

interface Waiting {
  item: LeasedAccepted;
  done: (outcome: RecordOutcome) => void;
}

/**
 * Records accepted messages as sent in groups: one transaction for everything accepted within `maxWaitMs`,
 * or sooner when `maxGroup` are waiting, holding the outbox update and the records of the messages' kinds
 * (a communication's "sent to this person"). One transaction per message would cost a commit each, which at
 * full speed on SQLite is most of the time spent. Grouping no longer widens the window for repeats after a
 * crash: each message is in the worker's acceptance journal before it waits here.
 */
export class SentRecorder {
  private waiting: Waiting[] = [];
  private flushing: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly maxWaitMs: number;
  private readonly maxGroup: number;

  constructor(
    private readonly db: Db,
    private readonly provider: DatabaseProvider,
    private readonly now: () => Date,
    private readonly hooks: SentRecorderHooks,
    options: SentRecorderOptions = {},
  ) {
    this.maxWaitMs = options.maxWaitMs ?? 100;
    this.maxGroup = options.maxGroup ?? 200;
  }

  record(item: LeasedAccepted): Promise<RecordOutcome> {
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
   * no commit of its own: the statements, last the outbox update. The caller reports back with the results
   * of that transaction, or null if it failed, in which case the records go back in line.
   */
  async takeWaiting(): Promise<{
    statements: Prisma.PrismaPromise<unknown>[];
    finish: (results: unknown[] | null) => Promise<void>;
  } | null> {
    if (this.waiting.length === 0 || this.flushing) return null;
    const group = this.waiting.splice(0, this.maxGroup);
    const items = group.map((entry) => entry.item);
    let statements: Prisma.PrismaPromise<unknown>[];
    try {
      statements = [...(await this.hooks.statementsOf(items)), recordSentStatement(this.db, this.provider, items, this.now())];
    } catch {
      this.waiting.unshift(...group);
      return null;
    }
    return {
      statements,
      finish: async (results) => {
        if (results === null) {
          this.waiting.unshift(...group);
          this.flushNow();
          return;
        }
        const outcome = await this.confirm(items, countOf(results)).then(
          () => "recorded" as const,
          (error: unknown) => {
            this.hooks.onError(error, items.length);
            return "failed" as const;
          },
        );
        for (const entry of group) entry.done(outcome);
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
      const outcome = await this.write(group.map((entry) => entry.item));
      for (const entry of group) entry.done(outcome);
    } while (this.waiting.length >= this.maxGroup);
  }

  private async write(items: LeasedAccepted[]): Promise<RecordOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        const statements = await this.hooks.statementsOf(items);
        const results = await this.db.$transaction([...statements, recordSentStatement(this.db, this.provider, items, this.now())]);
        await this.confirm(items, countOf(results));
        return "recorded";
      } catch (error) {
        // The mail is out and in the journal; the record must still get here before the lease expires. Try hard.
        this.hooks.onError(error, items.length);
        if (attempt >= 5) return "failed";
        await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
      }
    }
  }

  /**
   * The outbox update is fenced by the lease; a message whose lease ran out before its record (a long
   * database outage) is marked sent anyway, whoever holds it now, since it was accepted.
   */
  private async confirm(items: LeasedAccepted[], fencedCount: number): Promise<void> {
    if (fencedCount < items.length) {
      const late = await recordAcceptedStatement(
        this.db,
        items.map((item) => item.id),
        this.now(),
      );
      if (late.count < items.length - fencedCount) this.hooks.onTakenOver(items.length - fencedCount - late.count);
    }
    this.hooks.recorded(items);
  }
}

/** The outbox update (a row count) is the last statement of a group's transaction. */
const countOf = (results: unknown[]) => results[results.length - 1] as number;
