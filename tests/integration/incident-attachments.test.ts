import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/server/actor";
import { addAttachment } from "@/lib/server/incidents/attachments/add-attachment";
import { attachmentPath, storeEncrypted } from "@/lib/server/incidents/attachments/attachment-store";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { listAttachments } from "@/lib/server/incidents/attachments/list-attachments";
import { readAttachment } from "@/lib/server/incidents/attachments/read-attachment";
import { blobStore } from "@/lib/server/storage/blob-store";
import { replaceStoredBytes, storedBytes, storedNames } from "./support/stored-bytes";
import { createTestContext, type TestContext } from "./support/test-context";
import { value } from "./support/value";
import { member } from "./support/member";

/* Attachments: checked by their bytes, encrypted on disk, read back intact, and only by those who may. */
let ctx: TestContext;
let incidentId: string;
const people: Record<string, Actor & { kind: "user" }> = {};
const MARKER = "ATTACHMENT-PLAINTEXT-5d1e";

async function person(key: string, organizationId: string, role: Role) {
  people[key] = await member(ctx, key, organizationId, role);
}

const storedFiles = () => storedNames(ctx, "attachments");
const pdf = Buffer.from(`%PDF-1.7\n1 0 obj << /Title (${MARKER}) >> endobj\n%%EOF\n`, "latin1");
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(64)]);

async function rejected(file: File, limits?: { maxBytes: number }) {
  const before = { files: await storedFiles(), rows: await ctx.db.attachment.count(), audit: await ctx.db.auditEntry.count() };
  const result = await addAttachment(ctx, people.manager!, { incidentId, file }, limits);
  expect(result).toMatchObject({ ok: false, error: "invalid", fields: [{ field: "file" }] });
  expect({ files: await storedFiles(), rows: await ctx.db.attachment.count(), audit: await ctx.db.auditEntry.count() }).toEqual(before);
  return !result.ok && result.error === "invalid" ? result.fields[0]!.problem : "";
}

beforeAll(async () => {
  ctx = await createTestContext();
  const a = await ctx.db.organization.create({ data: { slug: "practice-a", name: "Practice A" } });
  const b = await ctx.db.organization.create({ data: { slug: "practice-b", name: "Practice B" } });
  for (const role of ["manager", "dpo", "lawyer"] as const) await person(role, a.id, role);
  await person("stranger", b.id, "dpo");
  incidentId = value(
    await createIncident(ctx, people.manager!, { title: "Ransomware", awareAt: "2026-03-27T10:00:00Z", timeZone: "Europe/Paris" }),
  ).id;
});
afterAll(async () => ctx.close());

describe("storing an attachment", () => {
  it("encrypts the bytes on disk, and reads back exactly the original with its SHA-256 (audited)", async () => {
    const attachment = value(
      await addAttachment(ctx, people.manager!, {
        incidentId,
        purpose: "evidence",
        file: new File([pdf], `${MARKER}.pdf`, { type: "application/pdf" }),
      }),
    );
    expect(attachment).toMatchObject({
      fileName: `${MARKER}.pdf`,
      contentType: "application/pdf",
      size: pdf.length,
      sha256: createHash("sha256").update(pdf).digest("hex"),
    });
    const row = await ctx.db.attachment.findUniqueOrThrow({ where: { id: attachment.id } });
    expect(row.fileName).not.toContain(MARKER);
    const onDisk = await storedBytes(ctx, "attachments", row.storageKey);
    expect(onDisk.includes(Buffer.from(MARKER))).toBe(false);
    expect(onDisk.includes(Buffer.from("%PDF"))).toBe(false);

    const read = value(await readAttachment(ctx, people.lawyer!, { attachmentId: attachment.id }));
    expect(read.content.equals(pdf)).toBe(true);
    expect(await ctx.db.auditEntry.count({ where: { action: "incident.attachment.add", incidentId } })).toBe(1);
    expect(await ctx.db.auditEntry.count({ where: { action: "incident.attachment.read", incidentId } })).toBe(1);
    expect(value(await listAttachments(ctx, people.dpo!, { incidentId })).map((a) => a.id)).toEqual([attachment.id]);
  });

  it("streams a file of several megabytes through intact", async () => {
    const text = Buffer.from(Array.from({ length: 60_000 }, (_, i) => `line ${i};${MARKER};patient\n`).join(""));
    const attachment = value(
      await addAttachment(ctx, people.dpo!, { incidentId, file: new File([text], "export.csv", { type: "text/csv" }) }),
    );
    expect(attachment.size).toBe(text.length);
    expect(text.length).toBeGreaterThan(2_000_000);
    const row = await ctx.db.attachment.findUniqueOrThrow({ where: { id: attachment.id } });
    expect((await storedBytes(ctx, "attachments", row.storageKey)).includes(Buffer.from(MARKER))).toBe(false);
    expect(value(await readAttachment(ctx, people.dpo!, { attachmentId: attachment.id })).content.equals(text)).toBe(true);
    if (ctx.provider === "postgresql") {
      // In the database, in chunks of at most 1 MiB, and nothing in the data folder.
      const chunks = await ctx.db.storedBlobChunk.findMany({
        where: { blobId: `attachments/${row.storageKey}` },
        orderBy: { index: "asc" },
      });
      expect(chunks.length).toBe(Math.ceil((await storedBytes(ctx, "attachments", row.storageKey)).length / (1024 * 1024)));
      expect(chunks.every((chunk) => chunk.data.byteLength <= 1024 * 1024)).toBe(true);
      expect(existsSync(attachmentPath(row.storageKey))).toBe(false);
    }
  });

  it("accepts an e-mail message and an Office document recognised by their content", async () => {
    const eml = "From: lab@example.org\r\nTo: patient@example.org\r\nSubject: Results\r\n\r\nBody";
    value(await addAttachment(ctx, people.manager!, { incidentId, file: new File([eml], "message.eml", { type: "message/rfc822" }) }));
    const docx = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      randomBytes(26),
      Buffer.from("word/document.xml"),
      randomBytes(100),
    ]);
    const saved = value(await addAttachment(ctx, people.manager!, { incidentId, file: new File([docx], "memo.docx", { type: "" }) }));
    expect(saved.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  });
});

describe("refusing an attachment", () => {
  it("refuses a file over the limit, naming the field file, and leaves nothing behind", async () => {
    expect(await rejected(new File([randomBytes(2048)], "big.pdf", { type: "application/pdf" }), { maxBytes: 1024 })).toMatch(/too large/);
  });

  it("refuses a type that is not allowed", async () => {
    expect(await rejected(new File([Buffer.from("MZ\x90\x00")], "setup.exe", { type: "application/x-msdownload" }))).toMatch(
      /not an allowed type/,
    );
  });

  it("refuses bytes that are not what the file claims to be", async () => {
    expect(await rejected(new File([png], "scan.pdf", { type: "application/pdf" }))).toBe(
      "is declared as pdf but its content is a PNG image",
    );
    expect(await rejected(new File([Buffer.from("hello\x00world")], "notes.txt", { type: "text/plain" }))).toMatch(/declared as txt/);
    expect(await rejected(new File(["just some text"], "mail.eml", { type: "message/rfc822" }))).toMatch(/mail headers/);
    expect(await rejected(new File([Buffer.concat([Buffer.from("PK\x03\x04"), randomBytes(40)])], "memo.docx", { type: "" }))).toMatch(
      /zip archive/,
    );
  });

  it("stops a stream that grows past the limit even when its announced size was small", async () => {
    const before = await storedFiles();
    const source = Readable.from([randomBytes(600), randomBytes(600)]);
    expect(await storeEncrypted(blobStore(ctx), source, 1000, "attachment-id")).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/too large/),
    });
    expect(await storedFiles()).toEqual(before);
  });
});

describe("who may attach and read", () => {
  it("lets no stranger attach or read, and no lawyer attach", async () => {
    const file = new File([pdf], "x.pdf", { type: "application/pdf" });
    expect(await addAttachment(ctx, people.stranger!, { incidentId, file })).toMatchObject({ ok: false, error: "not_found" });
    expect(await addAttachment(ctx, people.lawyer!, { incidentId, file })).toMatchObject({ ok: false, error: "forbidden" });
    const [first] = await ctx.db.attachment.findMany({ take: 1 });
    expect(await readAttachment(ctx, people.stranger!, { attachmentId: first!.id })).toMatchObject({ ok: false, error: "not_found" });
    expect(await listAttachments(ctx, people.stranger!, { incidentId })).toMatchObject({ ok: false, error: "not_found" });
  });

  it("throws when the stored bytes were altered", async () => {
    const attachment = value(
      await addAttachment(ctx, people.manager!, { incidentId, file: new File(["evidence"], "e.txt", { type: "text/plain" }) }),
    );
    const row = await ctx.db.attachment.findUniqueOrThrow({ where: { id: attachment.id } });
    const bytes = await storedBytes(ctx, "attachments", row.storageKey);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 20) ^ 0xff, bytes.length - 20);
    await replaceStoredBytes(ctx, "attachments", row.storageKey, bytes);
    await expect(readAttachment(ctx, people.manager!, { attachmentId: attachment.id })).rejects.toThrow();
  });
});
