/**
 * How many open obligations the dashboard lists. A DPO of fifty practices has well over a thousand running at
 * once; listing them all made the page hundreds of kilobytes and several times slower to serve (bench/pages),
 * while a person acts on the nearest ones. The counts above the list still cover them all, and the filters
 * reach the others.
 */
export const LISTED_AT_MOST = 50;

/** The nearest `atMost` of a list already sorted nearest first, and how many are left out. */
export function nearestShown<T>(items: readonly T[], atMost = LISTED_AT_MOST): { shown: T[]; more: number } {
  return { shown: items.slice(0, atMost), more: Math.max(0, items.length - atMost) };
}
