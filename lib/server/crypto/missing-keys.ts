import path from "node:path";

/**
 * The keys that sealed the stored data are not here. Said in one line, with the two ways back, because an
 * operator reads it in a start-up log; a new key in their place would only add a second, useless key set.
 */
export class MissingKeysError extends Error {
  constructor(keyFile: string, why: string) {
    super(
      `Encryption keys missing: ${keyFile} does not exist${why}. Restore keys.json from your backup into ` +
        `${path.dirname(keyFile)}, or set BREACHDESK_ENCRYPTION_KEYS.`,
    );
    this.name = "MissingKeysError";
  }
}
