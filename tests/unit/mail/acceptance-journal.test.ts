import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AcceptanceJournal, orphanedJournals, readJournal, type JournalEntry } from "@/lib/mail/acceptance-journal";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "bd-journal-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const entry = (n: number, record?: unknown): JournalEntry => ({
  id: `msg-${n}`,
  key: `key-${n}`,
  kind: "email",
  at: new Date(Date.UTC(2026, 2, 27, 9, 0, n)).toISOString(),
  ...(record === undefined ? {} : { record }),
});
const files = () => readdirSync(dir).map((name) => path.join(dir, name));
const host = hostname().replace(/[^A-Za-z0-9.-]/g, "-");

describe("AcceptanceJournal", () => {
  it("writes one line per accepted message, at once, and reads them back as written", () => {
    const journal = new AcceptanceJournal(dir);
    journal.append(entry(1));
    journal.append(entry(2, { recipientId: "r2", content: "enc1:k:iv:tag:body" }));
    // Already on disk, before anything is settled or closed: a SIGKILL now loses nothing.
    const [file] = files();
    expect(readJournal(file!)).toEqual({ entries: [entry(1), entry(2, { recipientId: "r2", content: "enc1:k:iv:tag:body" })], damaged: 0 });
    expect(path.basename(file!)).toMatch(new RegExp(`^accepted~${host.replace(/\./g, "\\.")}~${process.pid}~[0-9a-f]+~1\\.jsonl$`));
  });

  it("empties its file once every entry in it is recorded, and not before", () => {
    const journal = new AcceptanceJournal(dir);
    const first = journal.append(entry(1));
    const second = journal.append(entry(2));
    const [file] = files();
    journal.settle(first);
    expect(readJournal(file!).entries).toEqual([entry(1), entry(2)]);
    journal.settle(second);
    expect(readFileSync(file!, "utf8")).toBe("");
    // Appending continues in the emptied file.
    journal.append(entry(3));
    expect(readJournal(file!).entries).toEqual([entry(3)]);
  });

  it("starts a new file past maxBytes and deletes the old one when its last entry is recorded", () => {
    const journal = new AcceptanceJournal(dir, () => {}, 200);
    const marks = [1, 2, 3, 4, 5, 6].map((n) => journal.append(entry(n, { padding: "x".repeat(60) })));
    expect(files().length).toBeGreaterThan(1);
    const everything = files().flatMap((file) => readJournal(file).entries.map((e) => e.id));
    expect(everything.sort()).toEqual(["msg-1", "msg-2", "msg-3", "msg-4", "msg-5", "msg-6"]);
    for (const mark of marks.slice(0, 5)) journal.settle(mark);
    // The full files are gone; the current one stays whole while one of its entries is not recorded.
    expect(files()).toHaveLength(1);
    expect(readJournal(files()[0]!).entries.map((e) => e.id)).toContain("msg-6");
    journal.settle(marks[5]!);
    expect(readFileSync(files()[0]!, "utf8")).toBe("");
  });

  it("on close deletes what is recorded and keeps what is not, for a replay", () => {
    const done = new AcceptanceJournal(dir);
    done.settle(done.append(entry(1)));
    done.close();
    expect(files()).toEqual([]);

    const pending = new AcceptanceJournal(dir);
    pending.append(entry(2));
    pending.close();
    expect(files().map((file) => readJournal(file).entries)).toEqual([[entry(2)]]);
  });

  it("never throws when it cannot write: it returns no mark and says so once", () => {
    const blocked = path.join(dir, "not-a-directory");
    writeFileSync(blocked, "");
    const lines: string[] = [];
    const journal = new AcceptanceJournal(blocked, (line) => lines.push(line));
    expect(journal.append(entry(1))).toBeNull();
    expect(journal.append(entry(2))).toBeNull();
    journal.settle(null);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/cannot write the acceptance journal/);
  });
});

describe("readJournal", () => {
  it("skips a torn last line (the process died inside write) and counts it", () => {
    const file = path.join(dir, "torn.jsonl");
    const complete = `${JSON.stringify(entry(1))}\n${JSON.stringify(entry(2))}\n`;
    writeFileSync(file, complete + JSON.stringify(entry(3)).slice(0, 25));
    expect(readJournal(file)).toEqual({ entries: [entry(1), entry(2)], damaged: 1 });
    // A line that lost only its newline is torn as well: it was not known to be complete.
    writeFileSync(file, complete + JSON.stringify(entry(3)));
    expect(readJournal(file)).toEqual({ entries: [entry(1), entry(2)], damaged: 1 });
  });

  it("skips damaged lines anywhere (zeros after a power cut, foreign lines) and keeps the rest", () => {
    const file = path.join(dir, "damaged.jsonl");
    writeFileSync(file, `${JSON.stringify(entry(1))}\n`);
    appendFileSync(file, `${"\0".repeat(40)}\n`);
    appendFileSync(file, `${JSON.stringify({ id: "x", kind: "email" })}\n`); // no key, no time
    appendFileSync(file, `${JSON.stringify({ ...entry(4), at: "not a time" })}\n`);
    appendFileSync(file, `${JSON.stringify(entry(5))}\n`);
    expect(readJournal(file)).toEqual({ entries: [entry(1), entry(5)], damaged: 3 });
  });
});

describe("orphanedJournals", () => {
  const touch = (name: string) => {
    writeFileSync(path.join(dir, name), "");
    return path.join(dir, name);
  };

  it("finds this host's journals whose process is gone, never an open one or another host's", () => {
    const live = new AcceptanceJournal(dir);
    live.append(entry(1));
    const [ownOpen] = files();
    const dead = touch(`accepted~${host}~4000001~aa~1.jsonl`);
    const running = touch(`accepted~${host}~4000002~bb~1.jsonl`);
    // This process's id on a file it did not open: left by an earlier process with the same id (a container restart).
    const earlierSelf = touch(`accepted~${host}~${process.pid}~cc~3.jsonl`);
    touch(`accepted~other-host~4000001~dd~1.jsonl`);
    touch("notes.txt");
    const isAlive = (pid: number) => pid === 4000002;
    expect(orphanedJournals(dir, isAlive)).toEqual([dead, earlierSelf].sort());
    expect(orphanedJournals(dir, isAlive)).not.toContain(ownOpen);
    expect(orphanedJournals(dir, isAlive)).not.toContain(running);
    live.close();
    // Closed with an entry not recorded: now another worker of this process may adopt it.
    expect(orphanedJournals(dir, isAlive)).toContain(ownOpen);
  });

  it("finds nothing in a folder that does not exist yet", () => {
    expect(orphanedJournals(path.join(dir, "missing"))).toEqual([]);
    mkdirSync(path.join(dir, "empty"));
    expect(orphanedJournals(path.join(dir, "empty"))).toEqual([]);
    expect(existsSync(path.join(dir, "missing"))).toBe(false);
  });
});
