import type { AttachmentKind } from "@/lib/schemas/incident-attachment";

/*
 * What a file really is, from its bytes: magic numbers for binary formats, the entries of an Office zip,
 * and for text the absence of NUL bytes (plus mail headers for .eml). Fed chunk by chunk while the file is
 * being encrypted, so the whole file never has to sit in memory.
 */
export type DetectedKind = Exclude<AttachmentKind, "txt" | "csv" | "eml"> | "text" | "zip" | "unknown";

const HEAD_BYTES = 4096;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const PDF = Buffer.from("%PDF-", "latin1");
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const DOCX_ENTRY = Buffer.from("word/document.xml", "latin1");
const XLSX_ENTRY = Buffer.from("xl/workbook.xml", "latin1");
const OVERLAP = Math.max(DOCX_ENTRY.length, XLSX_ENTRY.length);

export class ContentSniffer {
  private head = Buffer.alloc(0);
  private tail = Buffer.alloc(0);
  private sawNul = false;
  private sawDocx = false;
  private sawXlsx = false;

  push(chunk: Buffer) {
    if (this.head.length < HEAD_BYTES) this.head = Buffer.concat([this.head, chunk.subarray(0, HEAD_BYTES - this.head.length)]);
    if (!this.sawNul && chunk.includes(0)) this.sawNul = true;
    // Zip entry names are stored uncompressed in the local headers; look across chunk boundaries too.
    const window = Buffer.concat([this.tail, chunk]);
    if (!this.sawDocx && window.includes(DOCX_ENTRY)) this.sawDocx = true;
    if (!this.sawXlsx && window.includes(XLSX_ENTRY)) this.sawXlsx = true;
    this.tail = window.subarray(Math.max(0, window.length - OVERLAP));
  }

  kind(): DetectedKind {
    const starts = (signature: Buffer) => this.head.subarray(0, signature.length).equals(signature);
    if (starts(PDF)) return "pdf";
    if (starts(PNG)) return "png";
    if (starts(JPEG)) return "jpeg";
    if (starts(ZIP)) return this.sawDocx ? "docx" : this.sawXlsx ? "xlsx" : "zip";
    return this.sawNul ? "unknown" : "text";
  }

  /** An e-mail message starts with header lines, among them From: and at least one other usual one. */
  looksLikeEmail(): boolean {
    const text = this.head.toString("latin1");
    const headerBlock = text.split(/\r?\n\r?\n/)[0] ?? "";
    const names = new Set(
      headerBlock
        .split(/\r?\n/)
        .map((line) => /^([A-Za-z][A-Za-z0-9-]*):/.exec(line)?.[1]?.toLowerCase())
        .filter((name): name is string => !!name),
    );
    return names.has("from") && ["date", "subject", "to", "received", "message-id", "mime-version"].some((name) => names.has(name));
  }
}

const describe: Record<DetectedKind, string> = {
  pdf: "a PDF document",
  png: "a PNG image",
  jpeg: "a JPEG image",
  docx: "a Word document (.docx)",
  xlsx: "an Excel workbook (.xlsx)",
  text: "plain text",
  zip: "a zip archive",
  unknown: "a binary file of a type that is not allowed",
};

/** Null when the bytes are what the file claims to be; otherwise the problem, for the field "file". */
export function kindMismatch(declared: AttachmentKind, sniffer: ContentSniffer): string | null {
  const detected = sniffer.kind();
  const textual = declared === "txt" || declared === "csv" || declared === "eml";
  if (textual) {
    if (detected !== "text") return `is declared as ${declared} but its content is ${describe[detected]}`;
    if (declared === "eml" && !sniffer.looksLikeEmail()) return "is declared as an e-mail (.eml) but does not start with mail headers";
    return null;
  }
  return detected === declared ? null : `is declared as ${declared} but its content is ${describe[detected]}`;
}
