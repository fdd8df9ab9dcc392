/**
 * A counting SMTP server on loopback, for the outbox bench and the outbox SMTP integration test. It counts
 * every message it ACCEPTS by Message-ID; a message it refuses or drops is not counted, so "each Message-ID
 * counted exactly once" means delivered exactly once. Optionally unreliable: refuses MAIL FROM with 421 or
 * drops the connection at RCPT TO, before anything is accepted, at the given rate.
 */
import type { Socket } from "node:net";
import { SMTPServer } from "smtp-server";

export interface SmtpSink {
  port: number;
  url: string;
  /** Accepted messages per Message-ID. */
  delivered: Map<string, number>;
  acceptedTotal(): number;
  resetCount(): void;
  refusals: { replied421: number; dropped: number };
  close(): Promise<void>;
}

export async function startSmtpSink(options: { failureRate?: number; random?: () => number } = {}): Promise<SmtpSink> {
  const failureRate = options.failureRate ?? 0;
  const random = options.random ?? Math.random;
  const delivered = new Map<string, number>();
  const refusals = { replied421: 0, dropped: 0 };
  const sockets = new Map<number, Socket>();
  let accepted = 0;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 1024 * 1024,
    onMailFrom(_address, _session, callback) {
      if (random() < failureRate / 2) {
        refusals.replied421 += 1;
        return callback(Object.assign(new Error("Try again later"), { responseCode: 421 }));
      }
      callback();
    },
    onRcptTo(_address, session, callback) {
      if (random() < failureRate / 2) {
        refusals.dropped += 1;
        sockets.get(session.remotePort)?.destroy();
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const head =
          Buffer.concat(chunks)
            .toString("utf8")
            .split(/\r?\n\r?\n/)[0] ?? "";
        const messageId = /^message-id:\s*(<[^>]+>)/im.exec(head)?.[1] ?? "(none)";
        delivered.set(messageId, (delivered.get(messageId) ?? 0) + 1);
        accepted += 1;
        callback();
      });
    },
  });
  server.server.on("connection", (socket: Socket) => {
    const port = socket.remotePort;
    if (port === undefined) return;
    sockets.set(port, socket);
    socket.once("close", () => sockets.delete(port));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    delivered,
    acceptedTotal: () => accepted,
    resetCount: () => {
      accepted = 0;
    },
    refusals,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets.values()) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
