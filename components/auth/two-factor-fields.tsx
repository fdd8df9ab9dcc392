import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/text-field";

export interface TwoFactorSetupView {
  secret: string;
  sealedSecret: string;
  qrSvg: string;
}

/** Scan-or-type set-up of an authenticator app, then the code it shows to prove it works. */
export function TwoFactorFields({ setup, error }: { setup: TwoFactorSetupView; error?: string }) {
  const t = useTranslations("auth.twoFactor");
  return (
    <fieldset className="two-factor">
      <legend>{t("legend")}</legend>
      <p>{t("scan")}</p>
      {/* The SVG is generated on our server from our own otpauth URI. */}
      <div className="qr" aria-hidden="true" dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
      <p>
        {t.rich("key", {
          key: setup.secret.replace(/(.{4})/g, "$1 ").trim(),
          code: (chunks) => <code data-testid="totp-secret">{chunks}</code>,
        })}
      </p>
      <input type="hidden" name="totpSecret" value={setup.sealedSecret} />
      <TextField
        name="totpCode"
        label={t("code")}
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{6}"
        required
        error={error}
      />
    </fieldset>
  );
}
