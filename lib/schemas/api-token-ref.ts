import { z } from "zod";

/** One of the signed-in person's API tokens, named by its id (revoking it). */
export const apiTokenRefSchema = z.object({ tokenId: z.string({ error: "is required" }).min(1, { error: "is required" }) });
