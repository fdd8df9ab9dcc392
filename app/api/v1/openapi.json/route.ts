import { openApiDocument } from "@/lib/server/api/openapi";
import { apiJson } from "@/lib/server/api/responses";
import { withPublicApi } from "@/lib/server/api/with-api";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of /api/v1: the one document readable without a token. */
export const GET = withPublicApi(async () => apiJson(openApiDocument()));
