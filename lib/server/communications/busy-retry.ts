/**
 * Runs `work` again when SQLite reports the database busy. The libsql adapter reports SQLITE_BUSY as
 * "Operation has timed out" (kind SocketTimeout), which writeTransaction does not recognise as retryable;
 * a transaction's pooled connection may also lack the busy_timeout set on the first one. Communications
 * write while worker processes write too, so they retry here (the work must be safe to run again: it is a
 * whole transaction that rolled back).
 */
export async function retryWhenBusy<T>(work: () => Promise<T>, attempts = 10): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const text = error instanceof Error ? `${error.message} ${(error as { code?: string }).code ?? ""}` : String(error);
      if (attempt >= attempts || !/Operation has timed out|SQLITE_BUSY|database is locked|P1008/i.test(text)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(500, 20 * 2 ** attempt) * (0.5 + Math.random())));
    }
  }
}
