import Link from "next/link";
import type { MissingItem } from "@/lib/domain/notification/completeness";
import type { NotificationDraft } from "@/lib/server/notification/notification-draft";
import { whereToEnter } from "./missing-item-links";

/** The item in plain words and, when it is entered elsewhere (the practice's details), a link to that place. */
function MissingLine({ item, organizationId }: { item: MissingItem; organizationId: string }) {
  const place = whereToEnter(item.field, organizationId);
  return (
    <li>
      {item.message}
      {place ? (
        <>
          {" "}
          <Link href={place.href}>{place.label}</Link>
        </>
      ) : null}
    </li>
  );
}

/** The draft in the authority's own sections and words, and what is still missing, in plain words. */
export function DraftView({ draft }: { draft: NotificationDraft }) {
  const required = draft.missing.filter((item) => item.requiredFor === "art33");
  const formGaps = draft.missing.filter((item) => item.requiredFor !== "art33");
  return (
    <>
      <section className="card" aria-labelledby="missing-heading" data-testid="missing-items">
        <h2 id="missing-heading">{required.length ? "Still missing before filing" : "Everything Art. 33(3) requires is there"}</h2>
        {required.length ? (
          <ul>
            {required.map((item) => (
              <MissingLine key={item.id} item={item} organizationId={draft.incident.organizationId} />
            ))}
          </ul>
        ) : (
          <p>The draft can be filed; what the form also asks can follow in a follow-up (Art. 33(4)).</p>
        )}
        {formGaps.length ? (
          <details>
            <summary>Also asked by the form ({formGaps.length})</summary>
            <ul>
              {formGaps.map((item) => (
                <MissingLine key={item.id} item={item} organizationId={draft.incident.organizationId} />
              ))}
            </ul>
          </details>
        ) : null}
      </section>
      <section className="card" aria-labelledby="draft-heading">
        <h2 id="draft-heading">
          {draft.document.title} <span className="muted small">({draft.document.notificationKind})</span>
        </h2>
        {draft.document.submission ? (
          <p className="muted">
            Filed by: {draft.document.submission.channel}
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
