import { z } from "zod";

/** Fixed names inside every packet. The manifest comes last because it lists the hashes of all the rest. */
export const MANIFEST_PATH = "manifest.json";
export const AUDIT_PATH = "audit.jsonl";
export const PACKET_FORMAT = "breachdesk-packet/1";

export interface ManifestFile {
  path: string;
  size: number;
  /** Lowercase hex sha256 of the file's bytes. */
  sha256: string;
}

/** What an audit extract holds: enough to notice entries cut from either end. */
export interface AuditExtractSummary {
  entries: number;
  firstSeq: number | null;
  lastSeq: number | null;
  lastHash: string | null;
}

export interface PacketManifest {
  format: typeof PACKET_FORMAT;
  incidentReference: string;
  /** ISO 8601 instant (UTC). */
  generatedAt: string;
  /** Which program wrote the packet, e.g. "breachdesk 0.1.0". */
  generator: string;
  /** Every file of the packet except manifest.json itself, in the order they were written. */
  files: ManifestFile[];
  /** What the audit extract holds, so a truncated or extended audit.jsonl is noticed. */
  audit: AuditExtractSummary & { path: typeof AUDIT_PATH };
  /** The key that signed MANIFEST.sha256 (packet-signature.ts); absent in packets made before signing. */
  signedBy?: { algorithm: "Ed25519"; keyId: string };
}

export const packetManifestSchema = z.object({
  format: z.literal(PACKET_FORMAT),
  incidentReference: z.string(),
  generatedAt: z.string(),
  generator: z.string(),
  files: z.array(
    z.object({
      path: z.string().min(1),
      size: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
  audit: z.object({
    path: z.literal(AUDIT_PATH),
    entries: z.number().int().nonnegative(),
    firstSeq: z.number().int().nullable(),
    lastSeq: z.number().int().nullable(),
    lastHash: z.string().nullable(),
  }),
  signedBy: z.object({ algorithm: z.literal("Ed25519"), keyId: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
}) satisfies z.ZodType<PacketManifest>;
