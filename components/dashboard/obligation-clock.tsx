"use client";

import { useSyncExternalStore } from "react";
import { countdownText } from "@/lib/domain/calendar/countdown-text";
import styles from "./dashboard.module.css";

type Status = "overdue" | "due soon" | "open";

const DUE_SOON_WITHIN_MS = 24 * 3_600_000;

function statusAt(remainingMs: number): Status {
  if (remainingMs < 0) return "overdue";
  return remainingMs <= DUE_SOON_WITHIN_MS ? "due soon" : "open";
}

const BADGE: Record<Status, string> = { overdue: styles.badgeOverdue!, "due soon": styles.badgeDueSoon!, open: styles.badgeOpen! };
const WORDS: Record<Status, string> = { overdue: "Overdue", "due soon": "Due soon", open: "Open" };

/*
 * One clock ticking every second, shared by every countdown on the page (one interval, however many rows).
 * The server's instant is the snapshot while hydrating, so the page hydrates without a mismatch.
 */
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => listeners.forEach((notify) => notify()), 1000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** Whole seconds, so the snapshot stays the same between ticks. */
const currentSecond = () => Math.floor(Date.now() / 1000) * 1000;

function useNow(serverNow: string): number {
  return useSyncExternalStore(subscribe, currentSecond, () => Date.parse(serverNow));
}

/**
 * The status in words (never colour alone) and a countdown to the second. The ticking text is a timer with
 * aria-live off, so screen readers are not interrupted every second; they read the static "Due ..." instant
 * the server renders beside it, and the status words, which change only when the deadline's standing does.
 */
export function ObligationClock({ due, serverNow }: { due: string; serverNow: string }) {
  const now = useNow(serverNow);
  const remaining = Date.parse(due) - now;
  const status = statusAt(remaining);
  return (
    <span className={styles.headline}>
      <span className={`${styles.badge} ${BADGE[status]}`} data-status={status}>
        {WORDS[status]}
      </span>
      <span className={styles.countdown} role="timer" aria-live="off" data-testid="countdown">
        {countdownText(remaining)}
      </span>
    </span>
  );
}
