/**
 * The counting SMTP sink as a child process of the outbox bench, so that the server's CPU time is not
 * charged to the sender being measured. Speaks over IPC: prints nothing, sends {port} once listening,
 * answers "count" with {accepted, distinct, duplicates} and "reset" by clearing its counts.
 */
import { startSmtpSink } from "./outbox-smtp-sink";

const sink = await startSmtpSink();
process.send?.({ port: sink.port });
process.on("message", (message) => {
  if (message === "count") {
    const duplicates = [...sink.delivered.values()].filter((count) => count > 1).length;
    process.send?.({ accepted: sink.acceptedTotal(), distinct: sink.delivered.size, duplicates });
  } else if (message === "reset") {
    sink.delivered.clear();
    sink.resetCount();
    process.send?.({ reset: true });
  } else if (message === "exit") {
    void sink.close().then(() => process.exit(0));
  }
});
