/**
 * An unreliable SMTP server on loopback for the communication delivery test and bench. It keeps every
 * message it ACCEPTS (envelope recipient, Message-ID, decoded body), so a test can check that each person got
 * exactly one message, and that it carries their own name. With `failureRate`, about that share of sessions
 * fail in one of three ways: 421 to MAIL FROM, the connection dropped at RCPT TO, or the connection dropped
 * after the whole message was received but before it was accepted (the sender must try again; the sink does
 * not count it, as a real server that never said 250 has not taken responsibility for it).
 */
import type { Socket } from "node:net";
import { SMTPServer } from "smtp-server";

export interface AcceptedMessage {
  to: string[];
  messageId: string;
  /** The body with quoted-printable undone, so names with accents can be searched for. */
  body: string;
  /** The message exactly as received, for a reader that decodes its headers too (RFC 2047 subjects). */
  raw: string;
  /** performance.now() when the server accepted it, to tell what it accepted after a sender died. */
  acceptedAt: number;
}

export interface CommunicationSmtpSink {
  port: number;
  url: string;
  /** Everything accepted, in order (empty when `keepBodies` is false: only counts are kept). */
  accepted: AcceptedMessage[];
  acceptedCount(): number;
  /** Accepted messages per Message-ID. */
  byMessageId: Map<string, number>;
  refusals: { replied421: number; droppedAtRcpt: number; droppedAfterData: number };
  reset(): void;
  close(): Promise<void>;
}

/** Undoes quoted-printable (soft line breaks and =XX bytes) and reads the bytes as UTF-8. */
export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === "=" ? joined.slice(i + 1, i + 3) : "";
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

export async function startCommunicationSmtpSink(
  options: { failureRate?: number; random?: () => number; keepBodies?: boolean } = {},
): Promise<CommunicationSmtpSink> {
  const failureRate = options.failureRate ?? 0;
  const random = options.random ?? Math.random;
  const keepBodies = options.keepBodies ?? true;
  const accepted: AcceptedMessage[] = [];
  const byMessageId = new Map<string, number>();
  const refusals = { replied421: 0, droppedAtRcpt: 0, droppedAfterData: 0 };
  const sockets = new Map<number, Socket>();
  let count = 0;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 4 * 1024 * 1024,
    onMailFrom(_address, _session, callback) {
      if (random() < failureRate / 3) {
        refusals.replied421 += 1;
        return callback(Object.assign(new Error("Try again later"), { responseCode: 421 }));
      }
      callback();
    },
    onRcptTo(_address, session, callback) {
      if (random() < failureRate / 3) {
        refusals.droppedAtRcpt += 1;
        sockets.get(session.remotePort)?.destroy();
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (random() < failureRate / 3) {
          refusals.droppedAfterData += 1;
          sockets.get(session.remotePort)?.destroy();
          return;
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        const head = raw.split(/\r?\n\r?\n/)[0] ?? "";
        const messageId = /^message-id:\s*(<[^>]+>)/im.exec(head)?.[1] ?? "(none)";
        byMessageId.set(messageId, (byMessageId.get(messageId) ?? 0) + 1);
        count += 1;
        if (keepBodies)
          accepted.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            messageId,
            body: decodeQuotedPrintable(raw),
            raw,
            acceptedAt: performance.now(),
          });
        callback();
      });
    },
  });
  server.server.on("connection", (socket: Socket) => {
    // A sender killed mid-session resets its connections: expected here, not an error of the test.
    socket.on("error", () => {});
    const port = socket.remotePort;
    if (port === undefined) return;
    sockets.set(port, socket);
    socket.once("close", () => sockets.delete(port));
  });
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    acceptedCount: () => count,
    byMessageId,
    refusals,
    reset() {
      accepted.length = 0;
      byMessageId.clear();
      count = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets.values()) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
