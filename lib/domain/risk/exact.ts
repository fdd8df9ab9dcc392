/**
 * Exact arithmetic for the ENISA score. Every input is a multiple of 0.25 or 0.5, so working in hundredths
 * keeps the integers exact; the result is rounded half up to 2 decimals, with no floating-point noise.
 */
export function toHundredths(value: number): number {
  return Math.round(value * 100);
}

/** a x b + c, rounded to 2 decimals. */
export function multiplyAdd(a: number, b: number, c: number): number {
  const tenThousandths = toHundredths(a) * toHundredths(b) + toHundredths(c) * 100;
  return Math.round(tenThousandths / 100) / 100;
}

/** a + b + ..., rounded to 2 decimals. */
export function sum(...values: number[]): number {
  return values.reduce((total, v) => total + toHundredths(v), 0) / 100;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
