import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Reads a PDF the way a reader's tools do, with poppler's pdftotext and pdfinfo (Debian poppler-utils),
 * so the tests check the text actually extractable from the file, not our own idea of what we drew.
 */
export function extractPdf(bytes: Uint8Array): { pageCount: number; pages: string[]; all: string } {
  const dir = mkdtempSync(join(tmpdir(), "breachdesk-pdf-test-"));
  try {
    const file = join(dir, "document.pdf");
    writeFileSync(file, bytes);
    const info = run("pdfinfo", [file]);
    const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const pages = Array.from({ length: pageCount }, (_, index) =>
      run("pdftotext", ["-enc", "UTF-8", "-f", String(index + 1), "-l", String(index + 1), file, "-"]),
    );
    return { pageCount, pages, all: run("pdftotext", ["-enc", "UTF-8", file, "-"]) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: "utf8" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error(`${command} not found: install poppler-utils (apt-get install -y poppler-utils)`);
    }
    throw error;
  }
}
