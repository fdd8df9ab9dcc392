import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { MissingItem } from "@/lib/domain/notification/completeness";
import { missingMessage } from "@/lib/domain/notification/words/missing-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { NotificationDraft } from "@/lib/server/notification/notification-draft";
import { whereToEnter } from "./missing-item-links";
import type { NotificationT } from "./notification-details-questions";

/**
 * The item in plain words, in the reader's language (the sentences the authority documents use for each id),
 * and, when it is entered elsewhere (the practice's details), a link to that place.
 */
function MissingLine({ item, organizationId, t, locale }: { item: MissingItem; organizationId: string; t: NotificationT; locale: Locale }) {
  const place = whereToEnter(item.field, organizationId, t);
  return (
    <li>
      {missingMessage(item, locale)}
      {place ? (
        <>
          {" "}
          <Link href={place.href}>{place.label}</Link>
        </>
      ) : null}
    </li>
  );
}

/**
 * The draft in the authority's own sections and words, and what is still missing, in plain words. The form is
 * quoted in its own language (the CNIL's French, the ÚOOÚ's Czech), marked with lang for screen readers.
 */
export async function DraftView({ draft }: { draft: NotificationDraft }) {
  const t = await getTranslations("notification");
  const locale = await getLocale();
  const required = draft.missing.filter((item) => item.requiredFor === "art33");
  const formGaps = draft.missing.filter((item) => item.requiredFor !== "art33");
  return (
    <>
      <section className="card" aria-labelledby="missing-heading" data-testid="missing-items">
        <h2 id="missing-heading">{required.length ? t("draft.missingHeading") : t("draft.completeHeading")}</h2>
        {required.length ? (
          <ul>
            {required.map((item) => (
              <MissingLine key={item.id} item={item} organizationId={draft.incident.organizationId} t={t} locale={locale} />
            ))}
          </ul>
        ) : (
          <p>{t("draft.canBeFiled")}</p>
        )}
        {formGaps.length ? (
          <details>
            <summary>{t("draft.alsoAsked", { count: formGaps.length })}</summary>
            <ul>
              {formGaps.map((item) => (
                <MissingLine key={item.id} item={item} organizationId={draft.incident.organizationId} t={t} locale={locale} />
              ))}
            </ul>
          </details>
        ) : null}
      </section>
      <section className="card" aria-labelledby="draft-heading" lang={draft.document.language}>
        <h2 id="draft-heading">
          {draft.document.title} <span className="muted small">({draft.document.notificationKind})</span>
        </h2>
        {draft.document.submission ? (
          <p className="muted">
            <span lang={locale}>{t("draft.filedBy")}</span> {draft.document.submission.channel}
            {draft.document.submission.url ? (
              <>
                {" "}
                <a href={draft.document.submission.url} rel="noreferrer noopener" target="_blank">
                  {draft.document.submission.url}
                </a>
              </>
            ) : null}
          </p>
        ) : null}
        {draft.document.sections.map((section) => (
          <div key={section.id}>
            <h3>{section.heading}</h3>
            <dl className="facts-list">
              {section.blocks.map((block) => (
                <div className="facts-row" key={block.field}>
                  <dt>{block.label}</dt>
                  <dd className="prose">
                    {block.kind === "row" ? block.value : block.text}
                    {block.note ? <span className="muted small"> ({block.note})</span> : null}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </section>
    </>
  );
}
