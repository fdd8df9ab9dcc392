/** JSON answers of the API. The wrapper adds Cache-Control: no-store to each. */
export function apiJson(value: unknown, init: ResponseInit = {}): Response {
  return Response.json(value, init);
}

/** 201 with the new resource and where it lives. */
export function created(value: unknown, location: string): Response {
  return Response.json(value, { status: 201, headers: { Location: location } });
}

/** An inline-or-attachment file answer, e.g. the register as CSV. */
export function fileResponse(body: string, contentType: string, fileName: string): Response {
  const safeName = fileName.replace(/[^\w.-]/g, "_");
  return new Response(body, {
    status: 200,
    headers: { "Content-Type": contentType, "Content-Disposition": `attachment; filename="${safeName}"` },
  });
}
