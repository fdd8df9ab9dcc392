import { cliOperator } from "@/lib/server/actor";
import { modelName } from "@/lib/server/crypto/encrypted-columns";
import {
  reencryptToCurrentKey,
  retireOldKeys,
  rotateKeys,
  type KeyRetirementReport,
  type KeyRotationReport,
  type OldKeyUse,
  type RotationOptions,
} from "@/lib/server/crypto/rotate-keys";
import { actionOf, parseCommandArgs } from "../args";
import { cliContext, failureToBadInput, printJson } from "../context";
import { BadInputError, EXIT_FINDING, EXIT_OK, type CliIO } from "../io";

const help = `usage: breachdesk keys rotate [--reencrypt | --retire-old] [--batch-size <n>] [--json]
  keys rotate               creates a new key (an id never used before), makes it current, re-encrypts every encrypted
                            value and attachment file with it; older keys stay, for decryption only
  keys rotate --reencrypt   re-encrypts everything not under the current key, without creating a key
                            (after giving BREACHDESK_ENCRYPTION_KEYS a new key, or to finish an interrupted run)
  keys rotate --retire-old  removes the older keys once no value uses them (exit 1, naming what does, otherwise)
With BREACHDESK_ENCRYPTION_KEYS set, nothing is written to files: the new value is printed, to give every instance.`;

function parseBatchSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > 10_000) {
    throw new BadInputError("--batch-size", "must be a whole number from 1 to 10000");
  }
  return Number(value);
}

function describeUse(uses: OldKeyUse[]): string[] {
  return uses.map((use) => `  ${use.table}: ${use.rows} row${use.rows === 1 ? "" : "s"} still use ${use.keyId}`);
}

function printRotation(io: CliIO, report: KeyRotationReport) {
  if (report.environmentValue !== null) {
    io.out(
      [
        `The keys come from BREACHDESK_ENCRYPTION_KEYS, which this command cannot change, so nothing was written.`,
        `Set it to the value below on EVERY instance and restart them (it holds the new key ${report.newKeyId} and keeps the old ones`,
        `for decryption; it is secret: store it where you keep the current value):`,
        ``,
        report.environmentValue,
        ``,
        `Then run \`breachdesk keys rotate --reencrypt\` with the new value set, and \`breachdesk keys rotate --retire-old\` after it.`,
        `(Re-encrypting before every instance has the new key would leave instances that cannot read the data.)`,
      ].join("\n"),
    );
    return;
  }
  if (report.newKeyId) io.out(`New key ${report.newKeyId} is now current; the older keys stay for decryption only.`);
  for (const table of report.tables) {
    const meanwhile = table.changedMeanwhile > 0 ? `, ${table.changedMeanwhile} changed meanwhile (run --reencrypt again)` : "";
    io.out(
      `${modelName(table.table)}: ${table.reencrypted} value${table.reencrypted === 1 ? "" : "s"} ` +
        `re-encrypted (${table.rows} rows checked${meanwhile})`,
    );
  }
  const files = report.attachmentFiles;
  if (files) {
    const missing = files.missing.length > 0 ? `, ${files.missing.length} missing from the data folder` : "";
    io.out(`Attachment files: ${files.reencrypted} re-encrypted (${files.files} checked${missing})`);
  }
  if (report.remaining.length === 0)
    io.out(`Every value now uses ${report.currentKeyId}. Run \`breachdesk keys rotate --retire-old\` to remove the older keys.`);
  else io.out([`Still under older keys:`, ...describeUse(report.remaining)].join("\n"));
}

function printRetirement(io: CliIO, report: KeyRetirementReport) {
  if (report.stillUsed.length > 0) {
    io.out(
      [
        `Nothing retired: older keys are still in use.`,
        ...describeUse(report.stillUsed),
        `Run \`breachdesk keys rotate --reencrypt\` first.`,
      ].join("\n"),
    );
  } else if (report.retired.length === 0) {
    io.out(`Nothing to retire: ${report.currentKeyId} is the only key.`);
  } else if (report.environmentValue !== null) {
    io.out(
      [
        `No value uses ${report.retired.join(", ")} any more. The keys come from BREACHDESK_ENCRYPTION_KEYS, so nothing was written:`,
        `set it to the value below on every instance and restart them.`,
        ``,
        report.environmentValue,
      ].join("\n"),
    );
  } else {
    io.out(
      `Retired ${report.retired.join(", ")}: no value used ${report.retired.length === 1 ? "it" : "them"}. ` +
        `${report.currentKeyId} is the only key.`,
    );
  }
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const action = actionOf("keys", argv, io, help, ["rotate"]);
  if (!action) return EXIT_OK;
  const { rest } = action;
  const { values } = parseCommandArgs(rest, {
    reencrypt: { type: "boolean" },
    "retire-old": { type: "boolean" },
    "batch-size": { type: "string" },
    json: { type: "boolean" },
  });
  if (values.reencrypt && values["retire-old"]) throw new BadInputError("--retire-old", "cannot be combined with --reencrypt");
  const options: RotationOptions = {
    batchSize: parseBatchSize(values["batch-size"]),
    // Progress goes to stderr, so that stdout stays one JSON document with --json.
    onProgress: (progress) =>
      io.err(
        `${progress.table === "attachment files" ? "Attachment files" : modelName(progress.table)}: ` +
          `${"rows" in progress ? progress.rows : progress.files} checked...`,
      ),
  };

  const ctx = await cliContext();
  if (values["retire-old"]) {
    const result = await retireOldKeys(ctx, cliOperator);
    if (!result.ok) throw failureToBadInput(result);
    if (values.json) printJson(io, result.value);
    else printRetirement(io, result.value);
    return result.value.stillUsed.length > 0 ? EXIT_FINDING : EXIT_OK;
  }
  const result = values.reencrypt ? await reencryptToCurrentKey(ctx, cliOperator, options) : await rotateKeys(ctx, cliOperator, options);
  if (!result.ok) throw failureToBadInput(result);
  if (values.json) printJson(io, result.value);
  else printRotation(io, result.value);
  return EXIT_OK;
}
