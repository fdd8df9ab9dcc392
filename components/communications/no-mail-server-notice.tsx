import { mailServerLabels } from "./mail-server-labels";

/** Where the DPO starts sending: says that nothing will leave without a mail server, and what to do instead. */
export function NoMailServerNotice({ lettersHref }: { lettersHref: string | null }) {
  return (
    <div className="subform" role="note" aria-label={mailServerLabels.heading}>
      <p>
        <strong>{mailServerLabels.beforeSending}</strong>
      </p>
      <p>
        {mailServerLabels.wayForward}
        {lettersHref ? (
          <>
            {" "}
            <a href={lettersHref}>{mailServerLabels.printLetters}</a>
          </>
        ) : null}
      </p>
    </div>
  );
}
