import { practicePatchFromApi } from "@/lib/server/api/practice-input";
import { withApi } from "@/lib/server/api/with-api";
import { getPracticeDetails, updatePracticeDetails } from "@/lib/server/organizations/practice-details";

type Params = { slug: string };

/** The practice's details as the authority forms use them; its administrators only. */
export const GET = withApi<Params>(async ({ ctx, actor, params }) => getPracticeDetails(ctx, actor, params.slug));

/** Changes the fields sent and keeps the others (last write wins); answers the details as stored. */
export const PATCH = withApi<Params>(async ({ ctx, actor, params, body }) => {
  const patch = practicePatchFromApi(body);
  if (!patch.ok) return patch;
  return updatePracticeDetails(ctx, actor, params.slug, patch.value);
});
