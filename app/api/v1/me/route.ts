import { describeActor } from "@/lib/server/api/describe-actor";
import { withApi } from "@/lib/server/api/with-api";

/** Who the token acts as: e-mail and the organisations (slugs) with the role in each. */
export const GET = withApi(async ({ ctx, actor }) => describeActor(ctx, actor));
