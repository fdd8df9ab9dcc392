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
  | { kind: "audit_summary_mismatch"; field: string; expected: string; actual: string };

const short = (hash: string) => (hash.length > 16 ? `${hash.slice(0, 16)}…` : hash);

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
      return `audit entry seq ${problem.seq} id ${problem.id}: hash ${short(problem.expected)} does not match its content (${short(problem.actual)})`;
    case "audit_chain_broken":
      return `audit entry seq ${problem.seq} id ${problem.id}: prevHash ${short(problem.prevHash)} is not the previous entry's hash ${short(problem.previousHash)}`;
    case "audit_seq_gap":
      return `audit entry seq ${problem.seq} id ${problem.id}: expected seq ${problem.expectedSeq} (entries missing or reordered)`;
    case "audit_summary_mismatch":
      return `audit.jsonl: ${problem.field} is ${problem.actual}, manifest says ${problem.expected}`;
  }
}
