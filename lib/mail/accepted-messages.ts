import type { Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { afterRecordedOfKinds, recordStatementsOfKinds } from "./accepted-records";
import { AcceptanceJournal, type JournalMark } from "./acceptance-journal";
import type { ClaimedMessage } from "./claim";
import type { OutboxHandler, OutboxHandlerContext } from "./handlers";
import { replayOrphanedJournals } from "./journal-replay";
import { errorText } from "./run-handler";
import { SentRecorder, type RecordOutcome } from "./sent-recorder";

export interface AcceptedMessagesOptions {
  db: Db;
  provider: DatabaseProvider;
  now: () => Date;
  /** The journal's folder; null: no journal (a crash then repeats what was accepted since the last group commit). */
  journalDirectory: string | null;
  handlers: () => ReadonlyMap<string, OutboxHandler>;
  log: (line: string) => void;
  recordWithinMs: number;
  maxGroup: number;
}

/**
 * What a worker does with a message whose handler reported "done": first one line in its acceptance
 * journal (synchronously, before anything else can run), then a place in the next group commit, which
 * writes the outbox's "sent" and the kind's own records together; once that committed, the journal line is
 * given back. Before its first claim, a worker replays the journals that stopped workers left behind.
 */
export class AcceptedMessages {
  private readonly journal: AcceptanceJournal | null;
  private readonly recorder: SentRecorder;
  private readonly context: OutboxHandlerContext;
  /** Accepted here, but the database could not be written: if the message comes back, it is not sent again. */
  private readonly unrecorded = new Map<string, { record: unknown; mark: JournalMark | null }>();

  constructor(private readonly options: AcceptedMessagesOptions) {
    this.journal = options.journalDirectory === null ? null : new AcceptanceJournal(options.journalDirectory, options.log);
    this.context = { db: options.db, provider: options.provider, now: options.now };
    this.recorder = new SentRecorder(
      options.db,
      options.provider,
      options.now,
      {
        statementsOf: (items) => recordStatementsOfKinds(items, options.handlers(), this.context),
        recorded: (items) => void afterRecordedOfKinds(items, options.handlers(), this.context, options.log),
        onError: (error, count) =>
          options.log(`outbox: could not record ${count} accepted message(s) as sent (${errorText(error)}); retrying`),
        onTakenOver: (count) =>
          options.log(
            `outbox: ${count} accepted message(s) had been recorded as sent by another worker after their lease ` +
              `expired: they may have gone out twice`,
          ),
      },
      { maxWaitMs: options.recordWithinMs, maxGroup: options.maxGroup },
    );
  }

  /** Journals the message as accepted and resolves once it is recorded in the database (or that failed). */
  async accept(message: ClaimedMessage, record: unknown): Promise<RecordOutcome> {
    const at = this.options.now();
    const earlier = this.unrecorded.get(message.id);
    const mark = earlier
      ? earlier.mark
      : (this.journal?.append({
          id: message.id,
          key: message.idempotencyKey,
          kind: message.kind,
          at: at.toISOString(),
          ...(record === undefined ? {} : { record }),
        }) ?? null);
    const outcome = await this.recorder.record({
      id: message.id,
      leaseOwner: message.leaseOwner,
      kind: message.kind,
      idempotencyKey: message.idempotencyKey,
      at,
      record,
    });
    if (outcome === "recorded") {
      this.unrecorded.delete(message.id);
      this.journal?.settle(mark);
    } else {
      // The journal keeps the line (replayed after a restart); this process remembers it meanwhile.
      this.unrecorded.set(message.id, { record, mark });
    }
    return outcome;
  }

  /** The record of a message this worker already had accepted but could not record, if it is one. */
  acceptedBefore(messageId: string): { record: unknown } | undefined {
    return this.unrecorded.get(messageId);
  }

  /** Replays the journals of stopped workers; throws if the database cannot take them (then nothing may be claimed). */
  async replayOrphans(): Promise<void> {
    if (this.options.journalDirectory === null) return;
    await replayOrphanedJournals(this.options.journalDirectory, this.options.handlers(), this.context, this.options.log);
  }

  takeWaiting() {
    return this.recorder.takeWaiting();
  }

  drain(): Promise<void> {
    return this.recorder.drain();
  }

  close(): void {
    this.journal?.close();
  }
}
