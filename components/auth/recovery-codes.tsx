import { useTranslations } from "next-intl";

export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("auth.recoveryCodes");
  return (
    <section className="card" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">{t("heading")}</h2>
      <p>{t.rich("text", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <ul className="recovery-codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
