import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPacket } from "@/lib/documents/packet/verify-packet";
import { editManifest, rewritePacket, tempDir, writeSamplePacket } from "./packet-fixtures";

let dir: { path: string; cleanup: () => Promise<void> };
let pristine: string;

beforeAll(async () => {
  dir = await tempDir();
  pristine = join(dir.path, "pristine.zip");
  await writeSamplePacket(pristine);
});
afterAll(() => dir.cleanup());

/** manifest.json edited after signing no longer matches its line in the signed MANIFEST.sha256. */
const manifestNotAsSigned = expect.objectContaining({ kind: "checksum_mismatch", path: "manifest.json" });

async function problemsOf(path: string) {
  const result = await verifyPacket(path);
  if (result.status !== "checked") throw new Error(result.reason);
  return result.problems;
}

describe("files against the manifest", () => {
  it("a rewritten copy with nothing changed still verifies (the helper itself is sound)", async () => {
    const copy = join(dir.path, "copy.zip");
    await rewritePacket(pristine, copy, (_, bytes) => bytes);
    expect(await problemsOf(copy)).toEqual([]);
  });

  it("names a file listed in the manifest but missing from the packet", async () => {
    const path = join(dir.path, "missing.zip");
    await rewritePacket(pristine, path, (name, bytes) => (name === "documents/register.csv" ? null : bytes));
    expect(await problemsOf(path)).toEqual([{ kind: "file_missing", path: "documents/register.csv" }]);
  });

  it("names a file in the packet that the manifest does not list", async () => {
    const path = join(dir.path, "extra.zip");
    await rewritePacket(pristine, path, (_, bytes) => bytes, [{ path: "attachments/added-later.txt", bytes: Buffer.from("hi") }]);
    expect(await problemsOf(path)).toEqual([{ kind: "file_not_in_manifest", path: "attachments/added-later.txt" }]);
  });

  it("names a file whose size differs from the manifest", async () => {
    const path = join(dir.path, "size.zip");
    await rewritePacket(
      pristine,
      path,
      editManifest((manifest) => {
        manifest.files[0]!.size += 1;
      }),
    );
    expect(await problemsOf(path)).toEqual([
      expect.objectContaining({ kind: "size_mismatch", path: "documents/notification-fr.pdf" }),
      manifestNotAsSigned,
    ]);
  });

  it("names a file replaced by different bytes of the same length", async () => {
    const path = join(dir.path, "replaced.zip");
    await rewritePacket(pristine, path, (name, bytes) =>
      name === "documents/register.csv" ? Buffer.from(bytes.toString("utf8").replace("0042", "0043")) : bytes,
    );
    expect(await problemsOf(path)).toEqual([expect.objectContaining({ kind: "sha256_mismatch", path: "documents/register.csv" })]);
  });

  it("reports a packet without a manifest, and a manifest that is not one", async () => {
    const without = join(dir.path, "no-manifest.zip");
    await rewritePacket(pristine, without, (name, bytes) => (name === "manifest.json" ? null : bytes));
    expect(await problemsOf(without)).toEqual([{ kind: "manifest_missing" }]);

    const broken = join(dir.path, "bad-manifest.zip");
    await rewritePacket(
      pristine,
      broken,
      editManifest((manifest) => void (manifest.format = "something-else")),
    );
    expect(await problemsOf(broken)).toEqual([expect.objectContaining({ kind: "manifest_invalid" }), manifestNotAsSigned]);
  });

  it("notices an audit extract cut short when the manifest's audit summary says more", async () => {
    const path = join(dir.path, "audit-summary.zip");
    await rewritePacket(
      pristine,
      path,
      editManifest((manifest) => void ((manifest.audit as { entries: number }).entries = 7)),
    );
    expect(await problemsOf(path)).toEqual([
      manifestNotAsSigned,
      { kind: "audit_summary_mismatch", field: "entries", expected: "7", actual: "6" },
    ]);
  });

  it("names an entry that appears twice", async () => {
    const path = join(dir.path, "duplicate.zip");
    await rewritePacket(pristine, path, (_, bytes) => bytes, [{ path: "documents/register.csv", bytes: Buffer.from("x") }]);
    expect(await problemsOf(path)).toContainEqual({ kind: "file_duplicated", path: "documents/register.csv" });
  });
});
