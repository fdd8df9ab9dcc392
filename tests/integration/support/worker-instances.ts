import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";

/*
 * Worker instances as separate processes (worker-instance-process.ts), as two app instances or two
 * `npm run worker` processes would run: each with its own database connection and SMTP pool. Each
 * instance's log lines are kept for the test to read.
 */
const SCRIPT = path.join(import.meta.dirname, "worker-instance-process.ts");

export interface InstanceSettings {
  databaseUrl: string;
  smtpUrl: string;
  mailFrom: string;
  reminderEveryMs?: number;
}

/** Starts one instance; resolves once it is ready, and it begins work on `child.send("go")`. */
export function startWorkerInstance(settings: InstanceSettings, id: string, output: Map<string, string[]>): Promise<ChildProcess> {
  const lines: string[] = [];
  output.set(id, lines);
  const child = fork(SCRIPT, [], {
    execArgv: ["--import", "tsx"],
    cwd: path.resolve(import.meta.dirname, "..", "..", ".."),
    env: {
      ...process.env,
      DATABASE_URL: settings.databaseUrl,
      SMTP_URL: settings.smtpUrl,
      MAIL_FROM: settings.mailFrom,
      WORKER_ID: id,
      REMINDER_EVERY_MS: String(settings.reminderEveryMs ?? 500),
    },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  let partial = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const complete = text.split("\n");
    partial = complete.pop() ?? "";
    lines.push(...complete);
  });
  child.stderr?.on("data", (chunk: Buffer) => lines.push(`stderr: ${chunk.toString()}`));
  return new Promise((resolve, reject) => {
    child.once("message", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`worker ${id} exited early (${code}):\n${lines.join("\n")}`)));
  });
}

export const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));

export async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/** What one instance's log says it did: reminders queued by its loop, messages sent by its worker. */
export function tally(lines: readonly string[]) {
  const sum = (pattern: RegExp) => lines.reduce((total, line) => total + Number(pattern.exec(line)?.[1] ?? 0), 0);
  return {
    queued: sum(/^reminders: queued (\d+)/),
    sent: sum(/^outbox: claimed \d+, sent (\d+)/),
    /** A failed reminder pass, an outbox error, or anything uncaught (pg's deprecation notice aside). */
    problems: lines.filter((line) => /run failed|cannot reach|could not|Error/.test(line) && !line.includes("DeprecationWarning")),
  };
}
