import { keyFingerprint } from "@/lib/domain/audit/signature";
import type { TrustedKey } from "@/lib/documents/packet/packet-signature";
import { describeProblem } from "@/lib/documents/packet/packet-problems";
import { verifyPacket } from "@/lib/documents/packet/verify-packet";
import { existingDeploymentKey } from "@/lib/server/signing/deployment-signing-key";
import { parseCommandArgs } from "../args";
import { BadInputError, EXIT_FINDING, EXIT_OK, type CliIO } from "../io";
import { readPublicKeyOption } from "../public-key-option";

/**
 * The key the packet must be signed with: the published key given with --key, else this deployment's own
 * signing key when run where the app runs. Elsewhere there is none, and only the packet's own copy is used.
 */
function trustedKey(path: string | undefined): TrustedKey | undefined {
  const given = readPublicKeyOption(path);
  if (given) return { keyId: keyFingerprint(given), publicKey: given, source: "given" };
  let deployment;
  try {
    deployment = existingDeploymentKey();
  } catch (error) {
    throw new BadInputError("signing key", error instanceof Error ? error.message : String(error));
  }
  return deployment ? { keyId: deployment.keyId, publicKey: deployment.publicKey, source: "deployment" } : undefined;
}

/**
 * `breachdesk verify-packet <packet.zip> [--key <published-key.pem>] [--json]`: prints `OK <n> files`
 * (exit 0) or one line per problem naming the file or audit entry, at most 100 and then "and N more"
 * (exit 1). A path that is not a readable ZIP is bad input (exit 2). When no trusted key was available,
 * a note on stderr gives the packet key's fingerprint to compare with the published one.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: "boolean" }, key: { type: "string" } }, true);
  const [path, ...extra] = positionals;
  if (path === undefined || path.trim() === "") throw new BadInputError("packet", "is required: verify-packet <packet.zip>");
  if (extra.length > 0) throw new BadInputError("packet", `only one packet at a time (also got ${extra.join(" ")})`);

  const trusted = trustedKey(values.key);
  const result = await verifyPacket(path, { trustedKey: trusted });
  if (result.status === "unreadable") throw new BadInputError("packet", `${path}: ${result.reason}`);

  if (values.json) {
    io.out(
      JSON.stringify({
        ok: result.ok,
        files: result.files,
        problems: result.problems.map((problem) => ({ ...problem, message: describeProblem(problem) })),
        omittedProblems: result.omittedProblems,
        signature: result.signature,
      }),
    );
  } else if (result.ok) {
    io.out(`OK ${result.files} files`);
  } else {
    for (const problem of result.problems) io.out(describeProblem(problem));
    if (result.omittedProblems > 0) io.out(`and ${result.omittedProblems} more problem${result.omittedProblems === 1 ? "" : "s"}`);
  }
  if (result.ok && result.signature.checkedWith === "packet") {
    io.err(
      `note: signed by key ${result.signature.packetKeyId}, checked only against the packet's own copy of ` +
        `it, which proves nothing alone: compare this fingerprint with the one the practice published, or ` +
        `pass its key with --key`,
    );
  }
  return result.ok ? EXIT_OK : EXIT_FINDING;
}
