import { StringDecoder } from "node:string_decoder";

/** Longest audit line accepted; a line without an end would otherwise grow in memory without bound. */
const MAX_LINE_BYTES = 4 * 1024 * 1024;

/**
 * Turns UTF-8 chunks into lines as they arrive (multi-byte characters may straddle chunks). A line longer
 * than the limit is reported once as too long and skipped up to its end.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder("utf8");
  private pending = "";
  private skipping = false;

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly onTooLong: () => void,
  ) {}

  push(chunk: Buffer): void {
    this.consume(this.decoder.write(chunk));
  }

  end(): void {
    this.consume(this.decoder.end());
    if (!this.skipping && this.pending !== "") this.onLine(this.pending);
    this.pending = "";
    this.skipping = false;
  }

  private consume(text: string): void {
    const parts = text.split("\n");
    const last = parts.pop() ?? "";
    for (const part of parts) {
      const line = this.pending + part;
      this.pending = "";
      if (this.skipping) this.skipping = false;
      else this.onLine(line.endsWith("\r") ? line.slice(0, -1) : line);
    }
    if (this.skipping) return;
    this.pending += last;
    if (this.pending.length > MAX_LINE_BYTES) {
      this.onTooLong();
      this.pending = "";
      this.skipping = true;
    }
  }
}
