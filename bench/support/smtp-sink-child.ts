import { fork, type ChildProcess } from "node:child_process";

export interface SmtpSinkChild {
  child: ChildProcess;
  port: number;
  /** Asks the sink a question over IPC ("counts", "reset", ...) and waits for its answer. */
  ask: (question: string) => Promise<Record<string, number>>;
}

/**
 * Starts an SMTP sink script in a child process, so its CPU time is not charged to the senders being measured;
 * resolves once the sink has said which port it listens on.
 */
export function startSmtpSink(script: string): Promise<SmtpSinkChild> {
  const child = fork(script, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const ask = (question: string) =>
    new Promise<Record<string, number>>((resolve) => {
      child.once("message", (answer) => resolve(answer as Record<string, number>));
      child.send(question);
    });
  return new Promise((resolve) => child.once("message", (first) => resolve({ child, port: (first as { port: number }).port, ask })));
}
