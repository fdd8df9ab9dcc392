"use client";

import { useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import styles from "./dashboard.module.css";

type Status = "overdue" | "due soon" | "open";

const DUE_SOON_WITHIN_MS = 24 * 3_600_000;

function statusAt(remainingMs: number): Status {
  if (remainingMs < 0) return "overdue";
  return remainingMs <= DUE_SOON_WITHIN_MS ? "due soon" : "open";
}

const BADGE: Record<Status, string> = { overdue: styles.badgeOverdue!, "due soon": styles.badgeDueSoon!, open: styles.badgeOpen! };
const WORDS = { overdue: "overdue", "due soon": "dueSoon", open: "open" } as const satisfies Record<Status, string>;

type Translate = ReturnType<typeof useTranslations<"dashboard">>;
const pad = (value: number) => String(value).padStart(2, "0");

/**
 * The ticking words of a countdown, to the second, in the reader's language: "due in 1 d 10 h 29 min 05 s",
 * "overdue by 3 h 00 min 12 s" (the words of lib/domain/calendar/countdown-text.ts, from the catalogue).
 */
function countdownWords(t: Translate, remainingMs: number): string {
  const size = Math.abs(remainingMs);
  const days = Math.floor(size / 86_400_000);
  const hours = Math.floor((size % 86_400_000) / 3_600_000);
  const minutes = Math.floor((size % 3_600_000) / 60_000);
  const seconds = pad(Math.floor((size % 60_000) / 1000));
  const span =
    days > 0
      ? t("countdown.days", { days, hours, minutes: pad(minutes), seconds })
      : hours > 0
        ? t("countdown.hours", { hours, minutes: pad(minutes), seconds })
        : t("countdown.minutes", { minutes, seconds });
  if (remainingMs < 0) return t("countdown.overdueBy", { span });
  if (size < 1000) return t("countdown.dueNow");
  return t("countdown.dueIn", { span });
}

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
  const t = useTranslations("dashboard");
  const now = useNow(serverNow);
  const remaining = Date.parse(due) - now;
  const status = statusAt(remaining);
  return (
    <span className={styles.headline}>
      <span className={`${styles.badge} ${BADGE[status]}`} data-status={status}>
        {t(`status.${WORDS[status]}`)}
      </span>
      <span className={styles.countdown} role="timer" aria-live="off" data-testid="countdown">
        {countdownWords(t, remaining)}
      </span>
    </span>
  );
}
