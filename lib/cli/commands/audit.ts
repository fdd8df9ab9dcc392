import { cliOperator } from "@/lib/server/actor";
import { shortFingerprint } from "@/lib/domain/audit/signature";
import { checkpointHead } from "@/lib/server/audit/audit-checkpoints";
import { verifyAuditChain, type AuditChainReport } from "@/lib/server/audit/verify-audit-chain";
import { MissingSigningKeyError } from "@/lib/server/signing/missing-signing-key";
import { actionOf, parseCommandArgs } from "../args";
import { cliContext, failureToBadInput, printJson } from "../context";
import { BadInputError, EXIT_FINDING, EXIT_OK, type CliIO } from "../io";
import { readPublicKeyOption } from "../public-key-option";

const help = `usage: breachdesk audit verify [--key <public-key.pem>] [--page-size <n>] [--json]
       breachdesk audit checkpoint [--json]
  audit verify      recomputes the audit trail's hash chain from the first entry to the last and checks every
                    signed checkpoint against it (with the deployment's signing key, or the published key given
                    with --key). Prints "OK <n> entries; ..." with the newest checkpoint and how many newer
                    entries no checkpoint covers yet (exit 0), or names the first entry or checkpoint that does
                    not fit and what is wrong (exit 1).
  audit checkpoint  signs a checkpoint of the newest entry now (checkpoints are also made every 100 entries,
                    on the first entry 15 minutes after the last one, and at each packet export).`;

function describeOk(report: AuditChainReport): string {
  const cp = report.checkpoint;
  if (!cp)
    return (
      `OK ${report.entries} entries; no signed checkpoint yet: an edit with recomputed hashes, or entries ` +
      `cut from the end, would not show`
    );
  const after =
    report.unprotectedEntries === 0
      ? "it covers every entry"
      : `${report.unprotectedEntries} newer entr${report.unprotectedEntries === 1 ? "y is" : "ies are"} not yet covered by a checkpoint`;
  return `OK ${report.entries} entries; newest signed checkpoint seq ${cp.seq} (${cp.at}, key ${shortFingerprint(cp.keyId)}); ${after}`;
}

async function checkpoint(rest: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(rest, { json: { type: "boolean" } });
  const ctx = await cliContext();
  const signed = await withSigningKey(() => checkpointHead(ctx.db, ctx.now()));
  if (values.json) printJson(io, { checkpoint: signed });
  else if (!signed) io.out("The audit trail is empty: nothing to sign.");
  else io.out(`Signed checkpoint seq ${signed.seq} (${signed.at}, key ${shortFingerprint(signed.keyId)})`);
  return EXIT_OK;
}

/** A missing signing key is a setup problem named in one line (exit 2), not a crash. */
async function withSigningKey<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof MissingSigningKeyError) throw new BadInputError("signing key", error.message);
    throw error;
  }
}

function parsePageSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > 100_000) {
    throw new BadInputError("--page-size", "must be a whole number from 1 to 100000");
  }
  return Number(value);
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const action = actionOf("audit", argv, io, help, ["verify", "checkpoint"]);
  if (!action) return EXIT_OK;
  const { verb, rest } = action;
  if (verb === "checkpoint") return checkpoint(rest, io);
  const { values } = parseCommandArgs(rest, { json: { type: "boolean" }, "page-size": { type: "string" }, key: { type: "string" } });
  const pageSize = parsePageSize(values["page-size"]);
  const publicKey = readPublicKeyOption(values.key);

  // The chain is over hashes, not sealed values: it can be checked even while the keys are being restored.
  const ctx = await cliContext({ needsKeys: false });
  const result = await withSigningKey(() => verifyAuditChain(ctx, cliOperator, { pageSize, publicKey }));
  if (!result.ok) throw failureToBadInput(result);
  const report = result.value;
  if (values.json) printJson(io, report);
  else if (report.ok) io.out(describeOk(report));
  else io.out(`BROKEN ${report.problem!.message}`);
  return report.ok ? EXIT_OK : EXIT_FINDING;
}
