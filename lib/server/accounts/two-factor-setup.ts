import { randomBytes } from "node:crypto";
import QRCode from "qrcode";
import { base32Encode, matchTotp, otpauthUri } from "@/lib/domain/accounts/totp";
import { at, seal, unseal, type SealedPlace } from "@/lib/server/crypto/sealed-text";
import { newRecoveryCodes } from "@/lib/server/auth/recovery-codes";

export interface TwoFactorSetup {
  /** Shown for manual entry in the authenticator app. */
  secret: string;
  /** The same secret encrypted, carried by the form so the server keeps no half-finished state. */
  sealedSecret: string;
  uri: string;
  qrSvg: string;
}

/** The setup form's sealed secret lives in no row: its own place keeps it from passing for a stored value. */
const SETUP_FORM: SealedPlace = { table: "form", column: "totpSetup", id: "-" };

/** The secret as the setup form carries it. */
export const sealedSetupSecret = (secret: string) => seal(`totp-setup:${secret}`, SETUP_FORM);

export async function newTwoFactorSetup(account: string): Promise<TwoFactorSetup> {
  const secret = base32Encode(randomBytes(20));
  const uri = otpauthUri(secret, account);
  const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { secret, sealedSecret: sealedSetupSecret(secret), uri, qrSvg };
}

/** Checks the code against the secret the form carried; returns what to store, or null if it does not match. */
export function confirmTwoFactorSetup(sealedSecret: string, code: string, now: Date) {
  let secret: string;
  try {
    const opened = unseal(sealedSecret, SETUP_FORM);
    if (!opened.startsWith("totp-setup:")) return null;
    secret = opened.slice("totp-setup:".length);
  } catch {
    return null;
  }
  const step = matchTotp(secret, code, now);
  if (step === null) return null;
  const recovery = newRecoveryCodes();
  return {
    recoveryCodes: recovery.codes,
    /** What to store on the user's row, the secret sealed for that row. */
    userData: (userId: string) => ({
      totpSecret: seal(secret, at("user", "totpSecret", userId)),
      totpEnabledAt: now,
      totpLastStep: step,
      recoveryCodes: JSON.stringify(recovery.digests),
    }),
  };
}
