/**
 * A token bucket: at most `perSecond` messages per second on average, with bursts up to one second's worth.
 * It measures real elapsed time (not the worker's injectable clock), because it paces real network traffic.
 */
export interface Throttle {
  /** Resolves when one more message may go out. */
  take(): Promise<void>;
}

export function createThrottle(perSecond: number, monotonicMs: () => number = () => performance.now()): Throttle {
  if (!Number.isFinite(perSecond) || perSecond <= 0) return { take: async () => {} };
  const capacity = Math.max(1, perSecond);
  let tokens = capacity;
  let refilledAt = monotonicMs();
  let queue = Promise.resolve();

  const refill = () => {
    const at = monotonicMs();
    tokens = Math.min(capacity, tokens + ((at - refilledAt) / 1000) * perSecond);
    refilledAt = at;
  };

  const takeOne = async () => {
    refill();
    while (tokens < 1) {
      await new Promise((resolve) => setTimeout(resolve, Math.ceil(((1 - tokens) / perSecond) * 1000)));
      refill();
    }
    tokens -= 1;
  };

  return {
    take() {
      // Chained, so waiting callers are served in order and never overdraw the bucket together.
      const turn = queue.then(takeOne);
      queue = turn;
      return turn;
    },
  };
}
