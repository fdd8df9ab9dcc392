import type { Db } from "@/lib/db/client";
import { messageOf, readContent, type CommunicationContent, type PersonalisableMessage } from "./frozen-content";

export interface RecipientForDelivery {
  id: string;
  communicationId: string;
  name: string;
  email: string | null;
  status: string;
}

export interface CommunicationForDelivery {
  language: string;
  content: CommunicationContent;
  /** The approved message, ready to personalise; the names of what is missing when it cannot be written. */
  message: { ok: true; message: PersonalisableMessage } | { ok: false; missing: readonly string[] } | null;
}

/**
 * Reads what the handler needs for many messages at once. The worker hands over each claimed batch first
 * (prefetch: one query for all its people); a recipient asked for outside a prefetch joins the asks of the
 * same moment in one query (a query costs about as much CPU as an SMTP submission, so one per message
 * would halve the sending rate). The approved content cannot change while sending, so it is read once per
 * communication and kept briefly.
 */
export class DeliveryLoader {
  private pending = new Map<string, Array<{ resolve: (row: RecipientForDelivery | null) => void; reject: (error: unknown) => void }>>();
  private scheduled = false;
  private communications = new Map<string, { loadedAt: number; value: Promise<CommunicationForDelivery | null> }>();
  /** Prefetched rows, each taken once (a second ask reads the row again: it may have changed since). */
  private prefetched = new Map<string, Promise<RecipientForDelivery | null>>();

  constructor(
    private readonly db: Db,
    private readonly keepMs = 5_000,
  ) {}

  /** Starts loading these people in one query; `recipient(id)` then waits for it instead of asking alone. */
  prefetch(ids: readonly string[]): void {
    const wanted = [...new Set(ids)].filter((id) => !this.prefetched.has(id));
    if (wanted.length === 0) return;
    // Rows of messages given back unstarted are never taken: forget them all now and then.
    if (this.prefetched.size > 20_000) this.prefetched.clear();
    const rows = this.db.recipient
      .findMany({ where: { id: { in: wanted } }, select: { id: true, communicationId: true, name: true, email: true, status: true } })
      .then((found) => new Map(found.map((row) => [row.id, row])));
    for (const id of wanted) {
      const row = rows.then((byId) => byId.get(id) ?? null);
      row.catch(() => this.prefetched.delete(id)); // a failed prefetch: the handler's own ask fails and is retried
      this.prefetched.set(id, row);
    }
  }

  recipient(id: string): Promise<RecipientForDelivery | null> {
    const prefetched = this.prefetched.get(id);
    if (prefetched) {
      this.prefetched.delete(id);
      return prefetched;
    }
    return new Promise((resolve, reject) => {
      const waiting = this.pending.get(id) ?? [];
      waiting.push({ resolve, reject });
      this.pending.set(id, waiting);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.loadPending());
      }
    });
  }

  communication(id: string): Promise<CommunicationForDelivery | null> {
    const cached = this.communications.get(id);
    if (cached && performance.now() - cached.loadedAt < this.keepMs) return cached.value;
    const value = this.db.communication.findUnique({ where: { id }, select: { language: true, content: true } }).then((row) => {
      if (!row) return null;
      const content = readContent({ id, content: row.content });
      return {
        language: row.language,
        content,
        message: content.state === "approved" ? messageOf(content, content.input, row.language) : null,
      };
    });
    this.communications.set(id, { loadedAt: performance.now(), value });
    value.catch(() => this.communications.delete(id));
    return value;
  }

  private async loadPending(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    this.scheduled = false;
    try {
      const rows = await this.db.recipient.findMany({
        where: { id: { in: [...batch.keys()] } },
        select: { id: true, communicationId: true, name: true, email: true, status: true },
      });
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const [id, waiting] of batch) for (const { resolve } of waiting) resolve(byId.get(id) ?? null);
    } catch (error) {
      // Each waiting handler fails on its own; the worker counts it as a retry.
      for (const waiting of batch.values()) for (const { reject } of waiting) reject(error);
    }
  }
}
