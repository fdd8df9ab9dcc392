"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { CommunicationStatus } from "@/lib/schemas/answers/communication-status";
import { isCommunicationStatus } from "./communication-labels";

type View = { ok: true; status: CommunicationStatus } | { ok: false; message: string };

const POLL_MS = 2_000;

/** The sending progress, asked for every 2 s while messages are on their way; the page refreshes at the end. */
export function SendProgress({
  communicationId,
  initial,
  poll,
  mailServerConfigured,
}: {
  communicationId: string;
  initial: CommunicationStatus;
  poll: (communicationId: string) => Promise<View>;
  /** Without one, nothing leaves the outbox: "sending" would promise progress that cannot come. */
  mailServerConfigured: boolean;
}) {
  const t = useTranslations("communications");
  const [status, setStatus] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const router = useRouter();
  useEffect(() => {
    if (status.status !== "sending") return;
    const timer = setTimeout(async () => {
      const next = await poll(communicationId);
      if (!next.ok) return setProblem(next.message);
      setStatus(next.status);
      if (next.status.status !== "sending") router.refresh();
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [status, communicationId, poll, router]);
  const { progress, counts } = status;
  const ended = progress.sent + progress.failed + progress.bounced;
  const state =
    status.status === "sending"
      ? t(mailServerConfigured ? "mailServer.progressSending" : "mailServer.progressWaiting")
      : isCommunicationStatus(status.status)
        ? t(`status.${status.status}`)
        : status.status.replace(/_/g, " ");
  const tally = { queued: counts.queued, sent: counts.sent, failed: progress.failed, bounced: progress.bounced };
  return (
    <div>
      <label htmlFor={`progress-${communicationId}`}>{t("progress.label", { done: ended, total: progress.emailRecipients, state })}</label>
      <progress id={`progress-${communicationId}`} max={Math.max(1, progress.emailRecipients)} value={ended} />
      <p aria-live="polite" className="small">
        {progress.letterRecipients > 0
          ? t("progress.countsWithLetters", { ...tally, letters: progress.letterRecipients })
          : t("progress.counts", tally)}
      </p>
      {problem ? (
        <p role="alert" className="field-error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
