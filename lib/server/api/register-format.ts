import { invalid, ok, type ServiceResult } from "@/lib/server/result";

/**
 * GET /register answers CSV when asked by `?format=csv` (which wins, as it is explicit) or by an Accept
 * header that prefers text/csv; JSON otherwise. An unknown ?format is named, not silently ignored.
 */
export function wantsCsv(request: Request, url: URL): ServiceResult<boolean> {
  const format = url.searchParams.get("format");
  if (format !== null) {
    if (format === "csv") return ok(true);
    if (format === "json") return ok(false);
    return invalid([{ field: "format", problem: "must be json or csv" }]);
  }
  const accept = request.headers.get("accept") ?? "";
  const types = accept.split(",").map((part) => part.split(";")[0]!.trim().toLowerCase());
  const csv = types.indexOf("text/csv");
  const json = types.indexOf("application/json");
  return ok(csv !== -1 && (json === -1 || csv < json));
}
