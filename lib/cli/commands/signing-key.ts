import { linkBase, linkBaseNote } from "@/lib/config/link-base";
import { SIGNING_KEY_ROUTE } from "@/lib/server/packet/packet-signing";
import { MissingSigningKeyError } from "@/lib/server/signing/missing-signing-key";
import { publishedSigningKey } from "@/lib/server/signing/published-key";
import { signingKeyFilePath } from "@/lib/server/signing/signing-key-file";
import { actionOf, parseCommandArgs } from "../args";
import { cliContext, printJson } from "../context";
import { BadInputError, EXIT_OK, type CliIO } from "../io";

const help = `usage: breachdesk signing-key show [--pem | --json]
Prints this deployment's public signing key (Ed25519) and its fingerprint, which signs every packet and
audit checkpoint; publish the fingerprint so that others can check a packet's signing-key.pem against it.
  --pem   only the public key, e.g. to hand out: breachdesk signing-key show --pem > breachdesk-signing-key.pem
The key is created on first use while no checkpoint exists; it is kept in BREACHDESK_SIGNING_KEY_FILE
(default keys/signing.json beside the data folder), never in the database.`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const action = actionOf("signing-key", argv, io, help, ["show"]);
  if (!action) return EXIT_OK;
  const { rest } = action;
  const { values } = parseCommandArgs(rest, { pem: { type: "boolean" }, json: { type: "boolean" } });
  if (values.pem && values.json) throw new BadInputError("--pem", "cannot be combined with --json");

  const ctx = await cliContext();
  let published;
  try {
    published = await publishedSigningKey(ctx.db);
  } catch (error) {
    if (error instanceof MissingSigningKeyError) throw new BadInputError("signing key", error.message);
    throw error;
  }
  const publishedAt = `${linkBase().url}${SIGNING_KEY_ROUTE}`;
  if (values.pem) io.out(published.publicKey);
  else if (values.json) printJson(io, { ...published, file: signingKeyFilePath(), publishedAt });
  else {
    io.out(
      [
        `Signing key (Ed25519) of this deployment`,
        `fingerprint: ${published.keyId}`,
        `published at: ${publishedAt}`,
        linkBaseNote(linkBase(), "signing-key show"),
        `private key file: ${signingKeyFilePath()} (back it up apart from the data folder; without it no new ` +
          `checkpoint or packet can be signed)`,
        `the fingerprint of a key saved as signing-key.pem: ${published.fingerprintCommand}`,
        ``,
        published.publicKey.trimEnd(),
      ].join("\n"),
    );
  }
  return EXIT_OK;
}
