/*
 * What the server answers about a packet export started from the page. Types only, so client components can
 * name them without importing lib/server (docs/ARCHITECTURE.md, the layers).
 */

export interface PacketProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
}

/** The packet as the page sees it once written: where it is, not its manifest. */
interface PacketSummary {
  exportId: string;
  incidentId: string;
  fileName: string;
  size: number;
  files: number;
}

export type PacketJob =
  | { state: "running"; exportId: string; incidentId: string; progress: PacketProgress }
  | { state: "done"; exportId: string; incidentId: string; progress: PacketProgress; packet: PacketSummary }
  | { state: "failed"; exportId: string; incidentId: string; progress: PacketProgress; message: string };
