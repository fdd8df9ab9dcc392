/** Things a CLI run may have opened (a database client) and must close so the process can exit. */
const closers: Array<() => Promise<void>> = [];

export function onCliExit(close: () => Promise<void>) {
  closers.push(close);
}

export async function closeCliResources() {
  for (const close of closers.splice(0)) await close().catch(() => undefined);
}
