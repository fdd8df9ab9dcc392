/**
 * The ticking words of a countdown, to the second: "due in 1 d 10 h 29 min 05 s", "overdue by 3 h 00 min 12 s".
 * Seconds are shown so a person sees the clock move; the minute-rounded words of lib/domain/deadlines
 * stay the ones for e-mails and assistive technology.
 */
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const pad = (value: number) => String(value).padStart(2, "0");

export function countdownText(remainingMs: number): string {
  const size = Math.abs(remainingMs);
  const days = Math.floor(size / DAY);
  const hours = Math.floor((size % DAY) / HOUR);
  const minutes = Math.floor((size % HOUR) / MINUTE);
  const seconds = Math.floor((size % MINUTE) / SECOND);
  const parts =
    days > 0 ? [`${days} d`, `${hours} h`, `${pad(minutes)} min`] : hours > 0 ? [`${hours} h`, `${pad(minutes)} min`] : [`${minutes} min`];
  const span = `${parts.join(" ")} ${pad(seconds)} s`;
  if (remainingMs < 0) return `overdue by ${span}`;
  if (size < SECOND) return "due now";
  return `due in ${span}`;
}
