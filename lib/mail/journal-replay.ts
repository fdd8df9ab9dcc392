import { unlinkSync } from "node:fs";
import path from "node:path";
import { afterRecordedOfKinds, recordStatementsOfKinds, unrecordableKinds, type AcceptedItem } from "./accepted-records";
import { orphanedJournals, readJournal, type JournalEntry } from "./acceptance-journal";
import type { OutboxHandler, OutboxHandlerContext } from "./handlers";
import { recordAcceptedStatement } from "./settle";

/** Entries recorded per transaction. */
const CHUNK = 200;

export interface ReplayReport {
  files: number;
  /** Entries whose message was marked sent by the replay (not counted: those recorded before). */
  recorded: number;
  /** Lines that could not be read (a torn last line). */
  damaged: number;
}

/**
 * Records in the database what the journals of stopped workers say was accepted, then deletes those
 * journals. Runs before a worker claims anything (and again with each expired-lease recovery), so a
 * message a dead worker had sent is marked sent before anyone could take it again.
 *
 * It must tolerate every state the rows may be in by now: still leased to the dead worker (the usual case),
 * recovered and waiting for a retry, taken and sent again by another worker whose lease came first, or
 * recorded already (the dead worker's group commit went through and only the journal's truncation did
 * not). Every step is idempotent: rows already sent are left as they are, and the kinds' statements skip
 * what they recorded before. A journal whose kinds this worker cannot record is left for a worker that can.
 */
export async function replayOrphanedJournals(
  directory: string,
  handlers: ReadonlyMap<string, OutboxHandler>,
  context: OutboxHandlerContext,
  log: (line: string) => void,
): Promise<ReplayReport> {
  const report: ReplayReport = { files: 0, recorded: 0, damaged: 0 };
  for (const file of orphanedJournals(directory)) {
    let read: ReturnType<typeof readJournal>;
    try {
      read = readJournal(file);
    } catch {
      continue; // deleted meanwhile by another worker's replay
    }
    const unknown = unrecordableKinds(read.entries, handlers);
    if (unknown.length > 0) {
      log(
        `outbox: journal ${path.basename(file)} holds "${unknown.join('", "')}" messages that this worker ` +
          `cannot record; left for a worker that can`,
      );
      continue;
    }
    let recorded = 0;
    for (let start = 0; start < read.entries.length; start += CHUNK) {
      recorded += await recordChunk(read.entries.slice(start, start + CHUNK), handlers, context, log);
    }
    try {
      unlinkSync(file);
    } catch {
      // replayed by another worker at the same time: the same records, written once
    }
    report.files += 1;
    report.recorded += recorded;
    report.damaged += read.damaged;
    if (read.entries.length > 0 || read.damaged > 0) {
      log(
        `outbox: replayed journal ${path.basename(file)}: ${read.entries.length} accepted message(s), ` +
          `${recorded} not yet recorded as ` +
          `sent${read.damaged ? `, ${read.damaged} unreadable line(s) skipped` : ""}`,
      );
    }
  }
  return report;
}

async function recordChunk(
  entries: readonly JournalEntry[],
  handlers: ReadonlyMap<string, OutboxHandler>,
  context: OutboxHandlerContext,
  log: (line: string) => void,
): Promise<number> {
  const { db } = context;
  // Only rows that match both id and key: a journal from another database matches nothing here.
  const rows = await db.outboxMessage.findMany({
    where: { id: { in: entries.map((entry) => entry.id) } },
    select: { id: true, idempotencyKey: true },
  });
  const keyOf = new Map(rows.map((row) => [row.id, row.idempotencyKey]));
  const items: AcceptedItem[] = entries
    .filter((entry) => keyOf.get(entry.id) === entry.key)
    .map((entry) => ({ id: entry.id, idempotencyKey: entry.key, kind: entry.kind, at: new Date(entry.at), record: entry.record }));
  if (items.length === 0) return 0;
  // Each row gets the time its acceptance was journaled (one statement per distinct time: replays are small).
  const idsByTime = new Map<number, string[]>();
  for (const item of items) idsByTime.set(item.at.getTime(), [...(idsByTime.get(item.at.getTime()) ?? []), item.id]);
  const marks = [...idsByTime].map(([time, ids]) => recordAcceptedStatement(db, ids, new Date(time)));
  const statements = await recordStatementsOfKinds(items, handlers, context);
  const results = await db.$transaction([...statements, ...marks]);
  await afterRecordedOfKinds(items, handlers, context, log);
  return results.slice(statements.length).reduce((sum: number, result) => sum + (result as { count: number }).count, 0);
}
