"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useProblems } from "@/components/forms/problem-resolver";
import type { PacketJob } from "@/lib/schemas/answers/packet-job";

type View = { ok: true; job: PacketJob } | { ok: false; message: string };

const POLL_MS = 700;

/** Starts a packet export, shows its progress while it runs, then offers the download. */
export function PacketExport({
  incidentId,
  start,
  status,
}: {
  incidentId: string;
  start: (incidentId: string) => Promise<View>;
  status: (exportId: string) => Promise<View>;
}) {
  const t = useTranslations("notification");
  const [job, setJob] = useState<PacketJob | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // A failed export's message is the service's English: said in the reader's language.
  const say = useProblems();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const poll = (exportId: string) => {
    timer.current = setTimeout(async () => {
      const next = await status(exportId);
      if (!next.ok) return setProblem(next.message);
      setJob(next.job);
      if (next.job.state === "running") poll(exportId);
    }, POLL_MS);
  };

  const begin = async () => {
    setProblem(null);
    const started = await start(incidentId);
    if (!started.ok) return setProblem(started.message);
    setJob(started.job);
    poll(started.job.exportId);
  };

  const running = job?.state === "running";
  const { filesDone = 0, filesTotal = 0, bytesDone = 0, bytesTotal = 0 } = job?.progress ?? {};
  return (
    <section className="card" aria-labelledby="packet-heading">
      <h2 id="packet-heading">{t("packet.heading")}</h2>
      <p className="muted">{t.rich("packet.description", { code: (chunks) => <code>{chunks}</code> })}</p>
      <button type="button" onClick={begin} disabled={running}>
        {running ? t("packet.exporting") : t("packet.export")}
      </button>
      {job ? (
        <div role="status" aria-live="polite">
          {job.state === "running" ? (
            <>
              <progress max={Math.max(filesTotal, 1)} value={filesDone} aria-label={t("packet.filesWritten")} />{" "}
              <span className="small">
                {bytesTotal
                  ? t("packet.progressWithEvidence", {
                      done: filesDone,
                      total: filesTotal || "?",
                      mbDone: Math.round(bytesDone / 1048576),
                      mbTotal: Math.round(bytesTotal / 1048576),
                    })
                  : t("packet.progress", { done: filesDone, total: filesTotal || "?" })}
              </span>
            </>
          ) : job.state === "done" ? (
            <p>
              {t("packet.ready", { files: job.packet.files, size: (job.packet.size / 1048576).toFixed(1) })}{" "}
              <a
                className="button secondary"
                href={`/incidents/${incidentId}/notification/packet/${job.exportId}`}
                data-testid="packet-download"
              >
                {t("packet.download", { fileName: job.packet.fileName })}
              </a>
            </p>
          ) : (
            <p role="alert" className="field-error">
              {say(job.message)}
            </p>
          )}
        </div>
      ) : null}
      {problem ? (
        <p role="alert" className="field-error">
          {say(problem)}
        </p>
      ) : null}
    </section>
  );
}
