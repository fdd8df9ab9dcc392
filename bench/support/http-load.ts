/** Latency and throughput of requests through a real server, measured from the client's side. */

export interface Latency {
  p50: number;
  p95: number;
  max: number;
}

export const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;

/** One request, read to its last byte (what a browser waits for); refuses anything but the expected status. */
export async function timedGet(url: string, headers: Record<string, string>, check?: (body: string) => void): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers, redirect: "manual" });
  const body = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status} ${response.headers.get("location") ?? body.slice(0, 200)}`);
  check?.(body);
  return ms;
}

/** One person at a time: `warmup` requests unmeasured, then `runs` measured one after another. */
export async function sequentialLatency(request: () => Promise<number>, runs: number, warmup: number): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await request();
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) timings.push(await request());
  timings.sort((a, b) => a - b);
  return { p50: percentile(timings, 0.5), p95: percentile(timings, 0.95), max: timings.at(-1)! };
}

/** `clients` requesting back to back for `seconds`: completed requests per second, and the failures. */
export async function throughput(
  request: (client: number, sequence: number) => Promise<unknown>,
  clients: number,
  seconds: number,
): Promise<{ perSecond: number; completed: number; errors: string[] }> {
  const until = performance.now() + seconds * 1000;
  let completed = 0;
  const errors: string[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let sequence = 0; performance.now() < until; sequence++) {
        try {
          await request(client, sequence);
          completed++;
        } catch (error) {
          errors.push(error instanceof Error ? error.message : String(error));
        }
      }
    }),
  );
  return { perSecond: completed / ((performance.now() - started) / 1000), completed, errors };
}
