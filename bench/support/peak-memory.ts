const MB = 1024 * 1024;

export interface Measured {
  seconds: number;
  startRssMb: number;
  peakRssMb: number;
  peakHeapMb: number;
  /** Buffers outside the heap (process.memoryUsage().arrayBuffers). */
  peakBuffersMb: number;
}

/**
 * Runs `work` while sampling the process's RSS, used heap and buffers every `everyMs`; reports the time and the highest
 * of each seen. Collects garbage first when node runs with --expose-gc, so a phase does not pay for the last.
 */
export async function measurePeak(work: () => Promise<unknown>, everyMs = 20): Promise<Measured> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.memoryUsage();
  let peakRss = start.rss;
  let peakHeap = start.heapUsed;
  let peakBuffers = start.arrayBuffers;
  const sample = () => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakBuffers = Math.max(peakBuffers, now.arrayBuffers);
  };
  const timer = setInterval(sample, everyMs);
  const began = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  sample();
  return {
    seconds: (performance.now() - began) / 1000,
    startRssMb: start.rss / MB,
    peakRssMb: peakRss / MB,
    peakHeapMb: peakHeap / MB,
    peakBuffersMb: peakBuffers / MB,
  };
}
