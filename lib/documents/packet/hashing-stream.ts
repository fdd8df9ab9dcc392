import { createHash, type Hash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";

/**
 * Passes bytes through unchanged while counting them and hashing them, so a file's size and sha256 are
 * known the moment it has been written into the ZIP, without reading it twice or holding it in memory.
 * Given the digest the bytes must have (evidence, recorded at upload), it fails at the end when they differ.
 */
export class HashingStream extends Transform {
  private readonly hash: Hash = createHash("sha256");
  private byteCount = 0;
  private digestHex: string | undefined;

  constructor(private readonly expected?: { sha256: string; problem: string }) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.byteCount += chunk.length;
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.digestHex = this.hash.digest("hex");
    callback(this.expected && this.expected.sha256 !== this.digestHex ? new Error(this.expected.problem) : null);
  }

  /** Size and sha256 of everything that passed; only valid once the input has ended. */
  get result(): { size: number; sha256: string } {
    if (this.digestHex === undefined) throw new Error("HashingStream.result read before the stream ended");
    return { size: this.byteCount, sha256: this.digestHex };
  }
}
