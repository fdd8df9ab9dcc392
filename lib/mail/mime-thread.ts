import { Worker } from "node:worker_threads";
import MailComposer from "nodemailer/lib/mail-composer";
import type { OutgoingEmail } from "./transport";

/** A message ready for the SMTP session: its envelope and its bytes, exactly as nodemailer's sendMail builds them. */
export interface ComposedEmail {
  envelope: { from: string; to: string[] };
  raw: Buffer;
}

/** nodemailer's own composer, in this thread: the fallback, and what the thread below runs. */
export async function composeHere(mail: OutgoingEmail): Promise<ComposedEmail> {
  const node = new MailComposer(mail).compile();
  const envelope = node.getEnvelope();
  return { envelope: { from: envelope.from || "", to: envelope.to }, raw: await node.build() };
}

/*
 * The thread's code, the same three calls as composeHere. Inline (eval) rather than a file of its own so that
 * the bundler of the Next.js server has nothing to resolve: the thread requires nodemailer from the working
 * directory's node_modules (where the server, `npm run worker`, the tests and the benches run). Wherever that
 * fails, the composer falls back to this thread.
 */
const THREAD_SOURCE = `
const { parentPort } = require("node:worker_threads");
const MailComposer = require(require.resolve("nodemailer/lib/mail-composer", { paths: [process.cwd()] }));
parentPort.on("message", async ({ id, mail }) => {
  try {
    const node = new MailComposer(mail).compile();
    const envelope = node.getEnvelope();
    const built = await node.build();
    const raw = new Uint8Array(built.length);
    raw.set(built);
    parentPort.postMessage({ id, envelope: { from: envelope.from || "", to: envelope.to }, raw }, [raw.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});`;

interface Waiting {
  mail: OutgoingEmail;
  resolve: (composed: ComposedEmail) => void;
  reject: (error: Error) => void;
}

type Answer = { id: number; envelope: ComposedEmail["envelope"]; raw: Uint8Array } | { id: number; error: string };

/**
 * Builds MIME messages on a worker thread. Composing (quoted-printable, headers, MIME streams) is most of
 * the CPU an SMTP submission costs in nodemailer, and on the event loop it competes with the outbox's own
 * work: the database, and answering the SMTP server promptly (every reply waits for the loop, and the
 * acceptance journal is written when the 250 is read). The bytes are nodemailer's either way; a thread that
 * cannot start or dies hands its work back to this thread, so composing never fails for that reason.
 */
export class MimeThread {
  private worker: Worker | null = null;
  private broken = false;
  private nextId = 0;
  private readonly waiting = new Map<number, Waiting>();

  constructor(private readonly log: (line: string) => void = (line) => console.log(line)) {}

  compose(mail: OutgoingEmail): Promise<ComposedEmail> {
    const worker = this.broken ? null : this.started();
    if (!worker) return composeHere(mail);
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.waiting.set(id, { mail, resolve, reject });
      // Held only while it has work: an idle thread never keeps a process from exiting.
      if (this.waiting.size === 1) worker.ref();
      worker.postMessage({ id, mail });
    });
  }

  close(): void {
    const worker = this.worker;
    this.worker = null;
    this.broken = true;
    this.takeBack();
    void worker?.terminate();
  }

  private started(): Worker | null {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(THREAD_SOURCE, { eval: true });
      worker.unref();
      worker.on("message", (answer: Answer) => this.answered(answer));
      worker.on("error", (error) => this.fail(error));
      worker.on("exit", () => this.fail(new Error("the thread exited")));
      this.worker = worker;
      return worker;
    } catch (error) {
      this.fail(error);
      return null;
    }
  }

  private answered(answer: Answer): void {
    const waiting = this.waiting.get(answer.id);
    if (!waiting) return;
    this.waiting.delete(answer.id);
    if (this.waiting.size === 0) this.worker?.unref();
    if ("error" in answer) waiting.reject(new Error(answer.error));
    else waiting.resolve({ envelope: answer.envelope, raw: Buffer.from(answer.raw.buffer, answer.raw.byteOffset, answer.raw.byteLength) });
  }

  private fail(error: unknown): void {
    if (this.broken) return;
    this.broken = true;
    this.worker = null;
    this.log(
      `mail: composing on a worker thread failed ` +
        `(${error instanceof Error ? error.message : String(error)}); composing on the main thread from now ` +
        `on`,
    );
    this.takeBack();
  }

  /** What the thread had not answered is composed here instead. */
  private takeBack(): void {
    for (const [id, waiting] of this.waiting) {
      this.waiting.delete(id);
      composeHere(waiting.mail).then(waiting.resolve, waiting.reject);
    }
  }
}
