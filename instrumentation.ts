/**
 * Runs once when a Next.js server starts. It starts the outbox worker in-process, the embedded default
 * (docs/ARCHITECTURE.md rule 7), so a single `npm start` also sends the mail.
 *
 * Several app instances on one PostgreSQL database can all keep it on: messages are claimed under leases, so
 * no two workers work on the same message. Or set BREACHDESK_INPROCESS_WORKER=0 on the app instances and run
 * `npm run worker` as its own process (one or more).
 *
 * Not in the edge runtime (no database there), and not during `next build` (no database needed to build).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // `npm start` checked already; this covers a server started any other way (`next start`, `next dev`).
  // A database that is not up yet is not a refusal: the server still starts, health says so, the worker retries.
  const [{ getDb }, { checkBeforeStart, orExit, StartRefused }] = await Promise.all([
    import("./lib/db/client"),
    import("./lib/server/start-up-check"),
  ]);
  await orExit(
    getDb()
      .then(({ db }) => checkBeforeStart(db))
      .catch((error: unknown) => {
        if (error instanceof StartRefused) throw error;
        console.error(`Start-up check postponed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      }),
  );
  if (process.env.BREACHDESK_INPROCESS_WORKER === "0") return;
  const { startInProcessWorker } = await import("./lib/server/worker/in-process-worker");
  startInProcessWorker();
}
