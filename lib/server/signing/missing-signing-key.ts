/**
 * The key that signed the stored checkpoints is not here. One line, for a start-up log: a new key in its
 * place would leave every existing checkpoint unverifiable, which looks exactly like a rewritten trail.
 */
export class MissingSigningKeyError extends Error {
  constructor(file: string, checkpoints: number) {
    super(
      `Signing key missing: ${file} does not exist and the database holds ${checkpoints} signed audit ` +
        `checkpoint${checkpoints === 1 ? "" : "s"}. Restore the signing key file from your backup there, or ` +
        `set BREACHDESK_SIGNING_KEY_FILE to where it is.`,
    );
    this.name = "MissingSigningKeyError";
  }
}
