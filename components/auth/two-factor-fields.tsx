import { TextField } from "@/components/forms/text-field";

export interface TwoFactorSetupView {
  secret: string;
  sealedSecret: string;
  qrSvg: string;
}

/** Scan-or-type set-up of an authenticator app, then the code it shows to prove it works. */
export function TwoFactorFields({ setup, error }: { setup: TwoFactorSetupView; error?: string }) {
  return (
    <fieldset className="two-factor">
      <legend>Two-factor authentication</legend>
      <p>
        Scan this code with an authenticator app (for example FreeOTP, Aegis, Google or Microsoft Authenticator), or type the key by hand.
      </p>
      {/* The SVG is generated on our server from our own otpauth URI. */}
      <div className="qr" aria-hidden="true" dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
      <p>
        Key: <code data-testid="totp-secret">{setup.secret.replace(/(.{4})/g, "$1 ").trim()}</code>
      </p>
      <input type="hidden" name="totpSecret" value={setup.sealedSecret} />
      <TextField
        name="totpCode"
        label="Code from the app"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{6}"
        required
        error={error}
      />
    </fieldset>
  );
}
