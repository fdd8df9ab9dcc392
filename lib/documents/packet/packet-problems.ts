/** Everything verifyPacket can find wrong, each naming the file or the audit entry concerned. */
export type PacketProblem =
  | { kind: "manifest_missing" }
  | { kind: "manifest_invalid"; reason: string }
  | { kind: "file_missing"; path: string }
  | { kind: "file_not_in_manifest"; path: string }
  | { kind: "file_duplicated"; path: string }
  | { kind: "file_unreadable"; path: string; reason: string }
  | { kind: "size_mismatch"; path: string; expected: number; actual: number }
  | { kind: "sha256_mismatch"; path: string; expected: string; actual: string }
  | { kind: "audit_line_invalid"; line: number; reason: string }
  | { kind: "audit_hash_mismatch"; seq: number; id: string; line: number; expected: string; actual: string }
  | { kind: "audit_chain_broken"; seq: number; id: string; line: number; prevHash: string; previousHash: string }
  | { kind: "audit_seq_gap"; seq: number; id: string; line: number; expectedSeq: number }
  | { kind: "audit_summary_mismatch"; field: string; expected: string; actual: string }
  | { kind: "audit_check_stopped"; line: number; reason: string }
  | { kind: "packet_too_large"; reason: string }
  | { kind: "signature_file_missing"; path: string; meaning: string }
  | { kind: "signature_file_invalid"; path: string; reason: string }
  | { kind: "signature_invalid"; keyId: string }
  | { kind: "key_not_trusted"; packetKeyId: string; trustedKeyId: string; source: "given" | "deployment" }
  | { kind: "checksum_mismatch"; path: string; expected: string; actual: string }
  | { kind: "checksum_file_missing"; path: string }
  | { kind: "file_not_signed"; path: string }
  | { kind: "checkpoint_invalid"; reason: string }
  | { kind: "checkpoint_mismatch"; seq: number; expected: string; actual: string | null };

const short = (hash: string) => (hash.length > 16 ? `${hash.slice(0, 16)}…` : hash);
const TRUSTED = { given: "the key given with --key", deployment: "this deployment's signing key" } as const;

/** One line for a person: what is wrong and where, file path or audit entry first. */
export function describeProblem(problem: PacketProblem): string {
  switch (problem.kind) {
    case "manifest_missing":
      return "manifest.json: missing from the packet";
    case "manifest_invalid":
      return `manifest.json: invalid (${problem.reason})`;
    case "file_missing":
      return `${problem.path}: listed in the manifest but missing from the packet`;
    case "file_not_in_manifest":
      return `${problem.path}: in the packet but not listed in the manifest`;
    case "file_duplicated":
      return `${problem.path}: appears more than once in the packet`;
    case "file_unreadable":
      return `${problem.path}: cannot be read (${problem.reason})`;
    case "size_mismatch":
      return `${problem.path}: size ${problem.actual} bytes, manifest says ${problem.expected}`;
    case "sha256_mismatch":
      return `${problem.path}: sha256 ${short(problem.actual)}, manifest says ${short(problem.expected)}`;
    case "audit_line_invalid":
      return `audit.jsonl line ${problem.line}: not an audit entry (${problem.reason})`;
    case "audit_hash_mismatch":
      return (
        `audit entry seq ${problem.seq} id ${problem.id}: hash ${short(problem.expected)} does not match its ` +
        `content (${short(problem.actual)})`
      );
    case "audit_chain_broken":
      return (
        `audit entry seq ${problem.seq} id ${problem.id}: prevHash ${short(problem.prevHash)} is not the ` +
        `previous entry's hash ${short(problem.previousHash)}`
      );
    case "audit_seq_gap":
      return `audit entry seq ${problem.seq} id ${problem.id}: expected seq ${problem.expectedSeq} (entries missing or reordered)`;
    case "audit_summary_mismatch":
      return `audit.jsonl: ${problem.field} is ${problem.actual}, manifest says ${problem.expected}`;
    case "audit_check_stopped":
      return `audit.jsonl: checking stopped at line ${problem.line} (${problem.reason}); the lines after it were not checked`;
    case "packet_too_large":
      return `packet: not checked (${problem.reason})`;
    case "signature_file_missing":
      return `${problem.path}: missing from the packet: ${problem.meaning}`;
    case "signature_file_invalid":
      return `${problem.path}: invalid (${problem.reason})`;
    case "signature_invalid":
      return (
        `MANIFEST.sha256.sig: the signature does not match MANIFEST.sha256 under key ${problem.keyId}: the ` +
        `packet was changed after it was signed, or signed with another key`
      );
    case "key_not_trusted":
      return (
        `signing-key.pem: fingerprint ${problem.packetKeyId} is not ${TRUSTED[problem.source]} ` +
        `(${problem.trustedKeyId}): the packet was not signed by this deployment`
      );
    case "checksum_mismatch":
      return `${problem.path}: sha256 ${short(problem.actual)}, MANIFEST.sha256 says ${short(problem.expected)}`;
    case "checksum_file_missing":
      return `${problem.path}: listed in MANIFEST.sha256 but missing from the packet`;
    case "file_not_signed":
      return `${problem.path}: in the packet but not listed in MANIFEST.sha256 (not covered by the signature)`;
    case "checkpoint_invalid":
      return `audit-checkpoint.json: ${problem.reason}`;
    case "checkpoint_mismatch":
      return problem.actual === null
        ? `audit-checkpoint.json: the signed checkpoint is of audit entry seq ${problem.seq}, which is not in audit.jsonl`
        : `audit-checkpoint.json: audit entry seq ${problem.seq} has hash ${short(problem.actual)} in ` +
            `audit.jsonl, the signed checkpoint says ${short(problem.expected)}: the extract was rewritten`;
  }
}
