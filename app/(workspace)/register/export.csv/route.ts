import { registerQueryFromSearchParams } from "@/lib/domain/register/register-query";
import { currentActor } from "@/lib/server/auth/current-actor";
import { exportRegisterCsv } from "@/lib/server/register/export-register-csv";
import { defaultContext } from "@/lib/server/service-context";

/** The register as CSV, with the page's filters; the export is audited by the service. */
export async function GET(request: Request) {
  const actor = await currentActor();
  const text = (status: number, body: string) =>
    new Response(body, {
      status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" },
    });
  if (!actor) return text(401, "Sign in to export the register.");
  if (actor.needsTwoFactor) return text(403, "Set up two-factor authentication first.");
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const result = await exportRegisterCsv(await defaultContext(), actor, registerQueryFromSearchParams(params), { locale: actor.locale });
  if (!result.ok)
    return text(
      result.error === "invalid" ? 400 : 403,
      result.error === "invalid" ? result.fields.map((f) => `${f.field}: ${f.problem}`).join("\n") : result.message,
    );
  return new Response(result.value.body, {
    headers: {
      "Content-Type": result.value.contentType,
      "Content-Disposition": `attachment; filename="${result.value.fileName.replace(/[^\w.-]/g, "_")}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
