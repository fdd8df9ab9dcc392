import type { Db } from "@/lib/db/client";
import { retryWhenBusy } from "./busy-retry";

export interface Delivered {
  recipientId: string;
  communicationId: string;
  /** Sealed JSON of what was sent. */
  content: string;
  messageId: string;
  attempts: number;
}

/**
 * Records accepted messages by group commit: the messages accepted within `groupMs` of the first one waiting
 * are written together, in one transaction of two statements (insert the sent messages, mark the people
 * sent); groups are written one after another. A commit per message costs an fsync each on SQLite (and the
 * libsql driver blocks the event loop meanwhile), which caps a worker at a few dozen messages a second; a
 * group costs one. The handler waits for its group's commit before reporting the message done, so "sent" in
 * the outbox always has its record here.
 *
 * The price: a crash makes the messages accepted in the last `groupMs` (plus one write) go out twice, with
 * the same Message-ID. Measured in tests/integration/communication-delivery.test.ts; a smaller `groupMs`
 * narrows that window and lowers the sending rate on SQLite (bench/communications.bench.ts).
 */
export class DeliveryRecorder {
  private waiting: Array<{ item: Delivered; done: (error?: unknown) => void }> = [];
  private writing = false;
  private groupStartedAt = 0;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    /** Called after each group with its communications, to close those whose last message this was. */
    private readonly afterGroup: (communicationIds: string[]) => Promise<void> = async () => {},
    private readonly groupMs = 100,
    private readonly maxGroup = 500,
  ) {}

  record(item: Delivered): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, done: (error) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve()) });
      if (!this.writing) void this.writeAll();
    });
  }

  private async writeAll(): Promise<void> {
    this.writing = true;
    while (this.waiting.length > 0) {
      // Gather for groupMs since the last group started (a write that took longer than that has gathered already).
      const wait = this.groupStartedAt + this.groupMs - performance.now();
      if (wait > 0 && this.waiting.length < this.maxGroup) await new Promise((resolve) => setTimeout(resolve, wait));
      this.groupStartedAt = performance.now();
      const group = this.waiting.splice(0, this.maxGroup);
      try {
        await retryWhenBusy(() => this.write(group.map((entry) => entry.item)));
        for (const entry of group) entry.done();
        // Closing a finished communication is bookkeeping after the fact: it never holds a delivery back.
        void this.afterGroup([...new Set(group.map((entry) => entry.item.communicationId))]).catch(() => {});
      } catch (error) {
        for (const entry of group) entry.done(error);
      }
    }
    this.writing = false;
  }

  private async write(items: Delivered[]): Promise<void> {
    const sentAt = this.now();
    // A person already recorded (a repeat after a crash) keeps the first record; the rest are new.
    const known = await this.db.sentMessage.findMany({ where: { recipientId: { in: items.map((item) => item.recipientId) } }, select: { recipientId: true } });
    const knownIds = new Set(known.map((row) => row.recipientId));
    const fresh = items.filter((item) => !knownIds.has(item.recipientId));
    await this.db.$transaction([
      this.db.sentMessage.createMany({ data: fresh.map((item) => ({ ...item, sentAt })) }),
      this.db.recipient.updateMany({
        where: { id: { in: items.map((item) => item.recipientId) }, status: { not: "sent" } },
        data: { status: "sent", sentAt, lastError: null },
      }),
    ]);
  }
}
