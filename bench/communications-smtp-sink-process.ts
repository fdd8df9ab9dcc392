/**
 * The communication SMTP sink as a child process of the communications bench, so that the server's CPU time
 * is not charged to the sender being measured. IPC: sends {port} once listening; "count" answers
 * {accepted, distinct, repeats, recipients}; "reset" clears the counts; "exit" closes it.
 */
import { startCommunicationSmtpSink } from "./communications-smtp-sink";

const sink = await startCommunicationSmtpSink({ keepBodies: false });
process.send?.({ port: sink.port });
process.on("message", (message) => {
  if (message === "count") {
    const repeats = [...sink.byMessageId.values()].reduce((sum, count) => sum + count - 1, 0);
    process.send?.({ accepted: sink.acceptedCount(), distinct: sink.byMessageId.size, repeats });
  } else if (message === "reset") {
    sink.reset();
    process.send?.({ reset: true });
  } else if (message === "exit") {
    void sink.close().then(() => process.exit(0));
  }
});
