import { registerQueryFromSearchParams } from "@/lib/domain/register/register-query";
import { filtersIn, registerWords } from "@/lib/domain/register/register-words";
import { renderDocumentPdf } from "@/lib/documents/pdf/render-pdf";
import { registerDocument } from "@/lib/domain/register/register-document";
import { currentActor } from "@/lib/server/auth/current-actor";
import { queryRegister } from "@/lib/server/register/query-register";
import { defaultContext } from "@/lib/server/service-context";
import { listMyOrganizations } from "@/lib/server/workspace/workspace-directory";

/** The register as a PDF for the authority or the file; the read behind it is audited by the service. */
export async function GET(request: Request) {
  const actor = await currentActor();
  const text = (status: number, body: string) =>
    new Response(body, {
      status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" },
    });
  if (!actor) return text(401, "Sign in to export the register.");
  if (actor.needsTwoFactor) return text(403, "Set up two-factor authentication first.");
  const ctx = await defaultContext();
  const query = registerQueryFromSearchParams(Object.fromEntries(new URL(request.url).searchParams));
  const [result, organizations] = await Promise.all([queryRegister(ctx, actor, query), listMyOrganizations(ctx, actor)]);
  if (!result.ok)
    return text(
      result.error === "invalid" ? 400 : 403,
      result.error === "invalid" ? result.fields.map((f) => `${f.field}: ${f.problem}`).join("\n") : result.message,
    );
  const mine = organizations.ok ? organizations.value : [];
  // The generation time is shown in the practice's zone when there is one practice in view.
  const practice = mine.find((o) => o.slug === query.organization) ?? (mine.length === 1 ? mine[0] : undefined);
  const now = ctx.now();
  const pdf = await renderDocumentPdf(
    registerDocument({
      rows: result.value.rows,
      statistics: result.value.statistics,
      filtersInWords: filtersIn(registerWords(actor.locale), query),
      generatedAt: now,
      timeZone: practice?.timeZone ?? "UTC",
      locale: actor.locale,
    }),
  );
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="breach-register-${query.organization ?? "all"}-${now.toISOString().slice(0, 10)}.pdf"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
