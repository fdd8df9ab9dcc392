import { useTranslations } from "next-intl";

/** Where the DPO starts sending: says that nothing will leave without a mail server, and what to do instead. */
export function NoMailServerNotice({ lettersHref }: { lettersHref: string | null }) {
  const t = useTranslations("communications.mailServer");
  return (
    <div className="subform" role="note" aria-label={t("heading")}>
      <p>
        <strong>{t("beforeSending")}</strong>
      </p>
      <p>
        {t("wayForward")}
        {lettersHref ? (
          <>
            {" "}
            <a href={lettersHref}>{t("printLetters")}</a>
          </>
        ) : null}
      </p>
    </div>
  );
}
