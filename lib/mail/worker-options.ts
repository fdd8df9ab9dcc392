import type { Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import type { OutboxHandler } from "./handlers";
import type { RetryPolicy } from "./retry-policy";
import type { MailSender } from "./transport";

export interface OutboxWorkerOptions {
  db: Db;
  provider: DatabaseProvider;
  /** The clock for due times and leases (tests move it). */
  now?: () => Date;
  /** The SMTP transport; without one, e-mail stays pending (nothing dropped, nothing failed). */
  mailer?: MailSender | null;
  mailFrom?: string;
  /** The handlers by kind; the process-wide registry when omitted (read at every claim). */
  handlers?: () => ReadonlyMap<string, OutboxHandler>;
  /** Messages claimed at once (default 100). */
  batchSize?: number;
  /** How long a claim holds its messages (default 2 minutes). A message is started only in its lease's first half. */
  leaseMs?: number;
  /** Messages in flight at once (default 6; the SMTP pool has 3 connections). */
  concurrency?: number;
  /** At most this many messages per second from this worker (default 20; Infinity for none). */
  maxPerSecond?: number;
  retry?: Partial<RetryPolicy>;
  /**
   * Longest a message accepted by the SMTP server waits for its "sent" record (default 100 ms). Records are
   * grouped into one write per this interval; the acceptance journal covers the wait against a crash.
   */
  recordSentWithinMs?: number;
  /**
   * Folder of the acceptance journal (default: outbox-journal in the data folder). Each worker writes its
   * own file there and replays those of stopped workers before claiming; null: no journal, so a crash
   * repeats what was accepted since the last group commit.
   */
  journalDirectory?: string | null;
  /** Pause between polls when nothing is due (default 2 s). */
  idlePollMs?: number;
  /** Jitter source for backoff (tests fix it). */
  random?: () => number;
  workerId?: string;
  /** One line per batch and per problem; console.log when omitted. */
  log?: (line: string) => void;
}

export interface BatchReport {
  claimed: number;
  sent: number;
  retried: number;
  dead: number;
  /** Claimed but given back unstarted (stopping, or the lease running short). */
  released: number;
  ms: number;
}

/** The log line of one batch. */
export function describeBatch(report: BatchReport, workerId: string): string {
  return (
    `outbox: claimed ${report.claimed}, sent ${report.sent}, retry ${report.retried}, dead ` +
    `${report.dead}, released ${report.released} in ${report.ms} ms (worker ${workerId})`
  );
}
