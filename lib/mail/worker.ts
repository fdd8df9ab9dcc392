import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { dataDirectory, type DatabaseProvider } from "@/lib/db/database-url";
import { AcceptedMessages } from "./accepted-messages";
import { claimDueMessages, recoverExpiredLeases, type ClaimedMessage } from "./claim";
import { emailHandler } from "./email-handler";
import { registeredOutboxHandlers, type OutboxHandler, type OutboxOutcome } from "./handlers";
import { errorText, prepareBatch, runHandler } from "./run-handler";
import { defaultRetryPolicy, nextStepAfterFailure, type RetryPolicy } from "./retry-policy";
import { describeBatch, type BatchReport, type OutboxWorkerOptions } from "./worker-options";
import { recordFailure, releaseUnstarted } from "./settle";
import { createThrottle, type Throttle } from "./throttle";

export type { BatchReport, OutboxWorkerOptions } from "./worker-options";

type Result = "sent" | "retried" | "dead";

interface RunningBatch {
  startedAt: number;
  /** Messages not yet finished (sent, retried, dead or released). */
  open: number;
  report: BatchReport;
}

const RECOVERY_EVERY_MS = 10_000;

/**
 * Delivers outbox messages (docs/ARCHITECTURE.md rule 7). Any number of workers, in one process or many, on one
 * database: each claims due messages under a lease, works on them, and records the outcome only while it
 * still holds the lease.
 *
 * Delivery is exactly once as far as SMTP allows: the server's acceptance goes into the worker's acceptance
 * journal (a local file, one synchronous write) as soon as its 250 is read, and into the database with the
 * next group commit. A worker killed in between leaves its journal behind, and the next worker to start on
 * this data folder records it before it claims anything (accepted-messages.ts). What no sender can know is
 * a message whose DATA was out and whose 250 it had not read when it died (at most one per SMTP connection),
 * or what a power cut takes before the group commit: the lease expires and the message goes out again,
 * with the same Message-ID (derived from the idempotency key), which receiving systems can use to drop it.
 */
export class OutboxWorker {
  readonly id: string;
  private readonly db: Db;
  private readonly provider: DatabaseProvider;
  private readonly now: () => Date;
  private readonly emailHandler: OutboxHandler | null;
  private readonly handlerSource: () => ReadonlyMap<string, OutboxHandler>;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly concurrency: number;
  private readonly retry: RetryPolicy;
  private readonly idlePollMs: number;
  private readonly random: () => number;
  private readonly log: (line: string) => void;
  private readonly throttle: Throttle;
  private readonly accepted: AcceptedMessages;
  private claimCount = 0;
  private saturated = false;
  private recoveredAt = -Infinity;
  private running: Promise<void> | null = null;
  private stopping = false;
  private wake: (() => void) | null = null;

  constructor(options: OutboxWorkerOptions) {
    this.id = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
    this.db = options.db;
    this.provider = options.provider;
    this.now = options.now ?? (() => new Date());
    this.emailHandler = options.mailer ? emailHandler(options.mailer, options.mailFrom ?? "Breachdesk <breachdesk@localhost>") : null;
    this.handlerSource = options.handlers ?? registeredOutboxHandlers;
    this.leaseMs = options.leaseMs ?? 120_000;
    const maxPerSecond = options.maxPerSecond ?? 20;
    // Never claim more than can be started in the first half of the lease at the throttled rate.
    const startableInLease = Number.isFinite(maxPerSecond) ? Math.max(1, Math.floor((maxPerSecond * this.leaseMs) / 2000)) : Infinity;
    this.batchSize = Math.min(options.batchSize ?? 100, startableInLease);
    this.concurrency = Math.max(1, options.concurrency ?? 6);
    this.retry = { ...defaultRetryPolicy, ...options.retry };
    this.idlePollMs = options.idlePollMs ?? 2_000;
    this.random = options.random ?? Math.random;
    this.log = options.log ?? ((line) => console.log(line));
    this.throttle = createThrottle(maxPerSecond);
    const journalDirectory =
      options.journalDirectory === undefined ? path.join(dataDirectory(), "outbox-journal") : options.journalDirectory;
    const recording = { recordWithinMs: options.recordSentWithinMs ?? 100, maxGroup: Math.max(200, this.batchSize) };
    this.accepted = new AcceptedMessages({
      db: this.db,
      provider: this.provider,
      now: this.now,
      journalDirectory,
      handlers: () => this.handlers(),
      log: this.log,
      ...recording,
    });
  }

  /** The kinds this worker handles now: the registered ones, and "email" only when SMTP is configured. */
  handlers(): Map<string, OutboxHandler> {
    const handlers = new Map(this.handlerSource());
    if (this.emailHandler) handlers.set("email", this.emailHandler);
    else handlers.delete("email");
    return handlers;
  }

  /**
   * Claims up to one batch of due messages of the kinds this worker handles. What stopped workers left
   * behind is settled first: the messages their journals say were accepted are recorded as sent, then the
   * expired leases of those that stopped mid-attempt are recovered. Both run when the queue is not
   * saturated, and at least every `RECOVERY_EVERY_MS` while it is, so their writes stay off the busy path;
   * the first claim always runs them, and fails (claiming nothing) if the journals cannot be recorded.
   */
  async claimBatch(kinds: readonly string[] = [...this.handlers().keys()]): Promise<ClaimedMessage[]> {
    const now = this.now();
    if (!this.saturated || now.getTime() - this.recoveredAt >= RECOVERY_EVERY_MS) {
      await this.accepted.replayOrphans();
      await recoverExpiredLeases(this.db, now, this.retry.maxAttempts);
      this.recoveredAt = now.getTime();
    }
    this.claimCount += 1;
    // The "sent" records waiting for their timer ride along in the claim's commit.
    const sent = await this.accepted.takeWaiting();
    let claimed: ClaimedMessage[];
    try {
      const result = await claimDueMessages(
        this.db,
        this.provider,
        {
          kinds,
          limit: this.batchSize,
          now,
          leaseOwner: `${this.id}#${this.claimCount}`,
          leaseExpiresAt: new Date(now.getTime() + this.leaseMs),
        },
        sent?.statements,
      );
      await sent?.finish(result.alongsideResults);
      claimed = result.claimed;
    } catch (error) {
      await sent?.finish(null);
      throw error;
    }
    this.saturated = claimed.length === this.batchSize;
    return claimed;
  }

  /** Claims one batch and works through it: `concurrency` messages at a time, paced by the throttle. */
  async processBatch(): Promise<BatchReport> {
    const [report] = await this.work(1);
    return report ?? { claimed: 0, sent: 0, retried: 0, dead: 0, released: 0, ms: 0 };
  }

  /** Works until nothing more is due (or stop()), batch after batch; what the loop of start() runs. */
  processDue(onBatchDone?: (report: BatchReport) => void): Promise<BatchReport[]> {
    return this.work(Infinity, onBatchDone);
  }

  /**
   * Works through due messages, claiming up to `maxClaims` batches. The next batch is claimed while the last
   * messages of the current one are still with the SMTP server, so the connections never wait for the
   * database. Stops claiming when a claim comes back short (nothing more is due) or on stop().
   */
  private async work(maxClaims: number, onBatchDone: (report: BatchReport) => void = () => {}): Promise<BatchReport[]> {
    const handlers = this.handlers();
    const kinds = [...handlers.keys()];
    const context = { db: this.db, provider: this.provider, now: this.now };
    const queue: Array<{ message: ClaimedMessage; batch: RunningBatch }> = [];
    const batches: RunningBatch[] = [];
    const unstarted: Array<{ message: ClaimedMessage; batch: RunningBatch }> = [];
    const settling: Array<Promise<void>> = [];
    const lowWater = Math.max(this.concurrency * 2, Math.ceil(this.batchSize / 2));
    let claimsLeft = maxClaims;
    let exhausted = false;
    let claimError: unknown = null;
    let claiming: Promise<void> | null = null;

    const finishOne = (batch: RunningBatch, result: Result | "released") => {
      batch.report[result] += 1;
      batch.open -= 1;
      if (batch.open === 0) {
        batch.report.ms = Math.round(performance.now() - batch.startedAt);
        onBatchDone(batch.report);
      }
    };
    const claimMore = () => {
      if (claiming || exhausted || claimsLeft <= 0 || this.stopping) return;
      claimsLeft -= 1;
      const startedAt = performance.now();
      claiming = this.claimBatch(kinds)
        .then((claimed) => {
          if (claimed.length < this.batchSize) exhausted = true;
          if (claimed.length === 0) return;
          const batch: RunningBatch = {
            startedAt,
            open: claimed.length,
            report: { claimed: claimed.length, sent: 0, retried: 0, dead: 0, released: 0, ms: 0 },
          };
          batches.push(batch);
          prepareBatch(claimed, handlers, context, this.log);
          for (const message of claimed) queue.push({ message, batch });
        })
        .catch((error: unknown) => {
          claimError = error;
          exhausted = true;
        })
        .finally(() => {
          claiming = null;
        });
    };

    const lane = async () => {
      for (;;) {
        // Claim the next batch while half of this one is still to go: a claim takes a few round trips, and
        // the SMTP connections should not sit idle meanwhile.
        if (queue.length <= lowWater) claimMore();
        const entry = queue.shift();
        if (!entry) {
          if (!claiming) return;
          await claiming;
          continue;
        }
        const { message, batch } = entry;
        if (this.mayStart(message)) await this.throttle.take();
        // Checked again after waiting for the throttle: stop() or the lease's half-time may have come meanwhile.
        if (!this.mayStart(message)) {
          unstarted.push(entry);
          continue;
        }
        // A message this worker had sent but could not record (the database was away) is not sent again.
        const before = this.accepted.acceptedBefore(message.id);
        const outcome: OutboxOutcome = before
          ? { status: "done", record: before.record }
          : await runHandler(message, handlers.get(message.kind), context, this.log);
        // The lane moves on once the handler has answered; the outcome is recorded alongside.
        settling.push(
          this.settle(message, outcome).then(
            (result) => finishOne(batch, result),
            (error: unknown) =>
              this.log(`outbox: could not record an outcome (${errorText(error)}); the lease will expire and it is tried again`),
          ),
        );
      }
    };

    try {
      claimMore();
      await Promise.all(Array.from({ length: this.concurrency }, lane));
    } finally {
      await this.accepted.drain();
      await Promise.all(settling);
      if (unstarted.length > 0) {
        await releaseUnstarted(
          this.db,
          unstarted.map((entry) => entry.message),
        );
        for (const entry of unstarted) finishOne(entry.batch, "released");
      }
    }
    if (claimError) throw claimError;
    return batches.map((batch) => batch.report);
  }

  /** Runs batches until stop(): immediately while work is due, polling when idle, backing off when the database is unreachable. */
  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.running = this.loop();
  }

  /** Finishes the messages in flight, gives back the claimed but unstarted ones, and resolves when idle. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
    this.running = null;
    this.accepted.close();
  }

  private async loop(): Promise<void> {
    let outage = 0;
    while (!this.stopping) {
      try {
        await this.processDue((report) => this.log(describeBatch(report, this.id)));
        if (outage > 0) this.log(`outbox: database reachable again (worker ${this.id})`);
        outage = 0;
        // work() returns when nothing more is due: wait before asking again.
        if (!this.stopping) await this.pause(this.idlePollMs);
      } catch (error) {
        outage += 1;
        const delay = Math.min(30_000, 1_000 * 2 ** (outage - 1));
        this.log(`outbox: cannot reach the database (${errorText(error)}); trying again in ${delay / 1000} s`);
        await this.pause(delay);
      }
    }
  }

  /** Waits `ms`, or less if stop() is called meanwhile. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  /** A message is started only while not stopping and within the first half of its lease. */
  private mayStart(message: ClaimedMessage): boolean {
    return !this.stopping && this.now().getTime() < message.leaseExpiresAt.getTime() - this.leaseMs / 2;
  }

  private async settle(message: ClaimedMessage, outcome: OutboxOutcome): Promise<Result> {
    const lease = { id: message.id, leaseOwner: message.leaseOwner };
    if (outcome.status === "done") {
      await this.accepted.accept(message, outcome.record);
      return "sent";
    }
    const attempts = message.attempts + 1;
    const next =
      outcome.status === "dead" ? ({ status: "dead" } as const) : nextStepAfterFailure(attempts, this.now(), this.retry, this.random);
    await recordFailure(this.db, { ...lease, attempts, reason: outcome.reason, next });
    return next.status === "dead" ? "dead" : "retried";
  }
}
