"use client";

import { useEffect, useRef, useState } from "react";
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
  const [job, setJob] = useState<PacketJob | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
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
      <h2 id="packet-heading">Submission packet</h2>
      <p className="muted">
        One ZIP with the notification (PDF and JSON), the assessment, the register entry, the timeline, every filing and message sent with
        its delivery log, the evidence, and the audit trail with its hash chain. Check it any time with{" "}
        <code>breachdesk verify-packet</code>.
      </p>
      <button type="button" onClick={begin} disabled={running}>
        {running ? "Exporting…" : "Export the packet"}
      </button>
      {job ? (
        <div role="status" aria-live="polite">
          {job.state === "running" ? (
            <>
              <progress max={Math.max(filesTotal, 1)} value={filesDone} aria-label="Files written" />{" "}
              <span className="small">
                {filesDone} of {filesTotal || "?"} files
                {bytesTotal ? `, ${Math.round(bytesDone / 1048576)} of ${Math.round(bytesTotal / 1048576)} MB of evidence` : ""}
              </span>
            </>
          ) : job.state === "done" ? (
            <p>
              Ready: {job.packet.files} files, {(job.packet.size / 1048576).toFixed(1)} MB.{" "}
              <a
                className="button secondary"
                href={`/incidents/${incidentId}/notification/packet/${job.exportId}`}
                data-testid="packet-download"
              >
                Download {job.packet.fileName}
              </a>
            </p>
          ) : (
            <p role="alert" className="field-error">
              {job.message}
            </p>
          )}
        </div>
      ) : null}
      {problem ? (
        <p role="alert" className="field-error">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
