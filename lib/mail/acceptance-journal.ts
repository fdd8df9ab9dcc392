import { randomBytes } from "node:crypto";
import { closeSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

/**
 * One message whose work took effect (for e-mail: the SMTP server's 250 after DATA), as one line of JSON.
 * `id` and `key` together name the outbox row: a replay only touches a row that matches both, so a journal
 * left over from another database changes nothing there.
 */
export interface JournalEntry {
  id: string;
  key: string;
  kind: string;
  /** When the work took effect (ISO 8601). */
  at: string;
  /** What the kind's handler needs to record it (see OutboxHandler.recordAccepted). */
  record?: unknown;
}

/** A position in the journal that the worker gives back once the entry is in the database. */
export interface JournalMark {
  readonly file: string;
}

interface Segment extends JournalMark {
  fd: number;
  bytes: number;
  /** Entries written here and not yet recorded in the database. */
  outstanding: number;
}

const PREFIX = "accepted";
const NAME = /^accepted~([A-Za-z0-9.-]+)~(\d+)~([0-9a-f]+)~(\d+)\.jsonl$/;
/** Journal files of this process that are open: never adopted by another worker of the same process. */
const openFiles = new Set<string>();

const thisHost = () => hostname().replace(/[^A-Za-z0-9.-]/g, "-") || "host";

/**
 * The acceptance journal of one worker: an append-only file in the data folder, written with one
 * synchronous write(2) per accepted message, before anything else happens. A process killed at any moment
 * (SIGKILL, OOM) loses nothing that write(2) handed to the kernel, so a message accepted by the SMTP server
 * is either in the journal or was accepted in the few microseconds before its line was written. The
 * database gets the same facts in group commits; a worker that starts replays the journals of workers that
 * died before their group commit (journal-replay.ts). Without fsync it does not survive a power cut; the
 * outbox then falls back to what it was before: the lease expires and the message goes out again, with
 * the same Message-ID.
 *
 * File names carry the host, the process id and a random token: `accepted~<host>~<pid>~<token>~<n>.jsonl`.
 * Once everything written to a file is in the database the file is emptied (or, when it has grown past
 * `maxBytes` and another took its place, deleted), so it stays small however much is sent.
 */
export class AcceptanceJournal {
  private current: Segment | null = null;
  private readonly older = new Set<Segment>();
  private readonly owner = `${thisHost()}~${process.pid}~${randomBytes(4).toString("hex")}`;
  private sequence = 0;
  private failing = false;

  constructor(
    readonly directory: string,
    private readonly log: (line: string) => void = () => {},
    private readonly maxBytes = 8 * 1024 * 1024,
  ) {}

  /**
   * Writes one entry. Never throws: the work has already taken effect, and a journal that cannot be written
   * costs only the protection against a repeat after a crash (logged). Returns null in that case.
   */
  append(entry: JournalEntry): JournalMark | null {
    let segment: Segment | null = null;
    try {
      segment = this.segmentWithRoom();
      const line = Buffer.from(`${JSON.stringify(entry)}\n`, "utf8");
      const written = writeSync(segment.fd, line);
      segment.bytes += written;
      if (written !== line.length) throw new Error(`short write (${written} of ${line.length} bytes)`);
      segment.outstanding += 1;
      this.failing = false;
      return segment;
    } catch (error) {
      // A torn line stays behind (the reader skips it); the next entry starts a new file.
      if (segment) this.retire(segment);
      if (!this.failing)
        this.log(
          `outbox: cannot write the acceptance journal in ${this.directory} ` +
            `(${error instanceof Error ? error.message : String(error)}); a crash now may repeat messages sent ` +
            `just before it`,
        );
      this.failing = true;
      return null;
    }
  }

  /** The entry at `mark` is in the database. */
  settle(mark: JournalMark | null): void {
    if (!mark) return;
    const segment = mark as Segment;
    segment.outstanding -= 1;
    if (segment.outstanding > 0) return;
    if (segment !== this.current) return this.discard(segment);
    if (segment.bytes === 0) return;
    try {
      ftruncateSync(segment.fd, 0); // appends (O_APPEND) continue at the new end
      segment.bytes = 0;
    } catch {
      this.retire(segment);
    }
  }

  /** Closes the files; deletes those whose entries are all in the database, keeps the rest for a replay. */
  close(): void {
    for (const segment of [...this.older, ...(this.current ? [this.current] : [])]) {
      this.older.delete(segment);
      if (segment.outstanding === 0) this.discard(segment);
      else this.release(segment);
    }
    this.current = null;
  }

  private segmentWithRoom(): Segment {
    if (this.current && this.current.bytes < this.maxBytes) return this.current;
    if (this.current) this.retire(this.current);
    mkdirSync(this.directory, { recursive: true });
    this.sequence += 1;
    const file = path.join(this.directory, `${PREFIX}~${this.owner}~${this.sequence}.jsonl`);
    const fd = openSync(file, "a");
    openFiles.add(file);
    this.current = { file, fd, bytes: 0, outstanding: 0 };
    return this.current;
  }

  /** No more writes to this file; it goes once its last entry is in the database. */
  private retire(segment: Segment): void {
    if (this.current === segment) this.current = null;
    if (segment.outstanding === 0) this.discard(segment);
    else this.older.add(segment);
  }

  private discard(segment: Segment): void {
    this.older.delete(segment);
    if (this.current === segment) this.current = null;
    this.release(segment);
    try {
      unlinkSync(segment.file);
    } catch {
      // already gone (adopted and replayed by another worker after a restart of this one's database)
    }
  }

  private release(segment: Segment): void {
    openFiles.delete(segment.file);
    try {
      closeSync(segment.fd);
    } catch {
      // closed before
    }
  }
}

/**
 * The entries of a journal file. A line cut short (the process died inside write(2), or the disk filled)
 * or damaged otherwise is skipped and counted: its message was not known to be accepted, so it is treated
 * like one that was not, and at worst sent again.
 */
export function readJournal(file: string): { entries: JournalEntry[]; damaged: number } {
  const lines = readFileSync(file, "utf8").split("\n");
  // Whatever follows the last newline was never completed.
  let damaged = lines.pop() ? 1 : 0;
  const entries: JournalEntry[] = [];
  for (const line of lines) {
    if (line === "") continue;
    try {
      const entry = JSON.parse(line) as unknown;
      if (isEntry(entry)) entries.push(entry);
      else damaged += 1;
    } catch {
      damaged += 1;
    }
  }
  return { entries, damaged };
}

function isEntry(value: unknown): value is JournalEntry {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.id === "string" &&
    typeof entry.key === "string" &&
    typeof entry.kind === "string" &&
    typeof entry.at === "string" &&
    !Number.isNaN(Date.parse(entry.at))
  );
}

/**
 * Journal files in `directory` that no running process writes: those of this host whose process has
 * exited, or whose process id is this process's but which this process did not open (a restart in a
 * container, where the new process often gets the old one's id). Other hosts' files are left alone: whether
 * their process lives cannot be told from here (a data folder is normally one instance's).
 */
export function orphanedJournals(directory: string, isAlive: (pid: number) => boolean = processIsAlive): string[] {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return [];
  }
  const host = thisHost();
  return names
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter(({ name, match }) => {
      if (!match || match[1] !== host || openFiles.has(path.join(directory, name))) return false;
      const pid = Number(match[2]);
      return pid === process.pid || !isAlive(pid);
    })
    .map(({ name }) => path.join(directory, name))
    .sort();
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
