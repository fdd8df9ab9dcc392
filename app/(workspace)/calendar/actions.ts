"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { sessionAction } from "@/lib/server/actions/action-session";
import { createCalendarToken, revokeCalendarToken } from "@/lib/server/deadlines/calendar-token";

export interface CalendarTokenState {
  status: "idle" | "created" | "revoked" | "error";
  /** The subscription URL, shown once: only its token's hash is kept. */
  url?: string;
  message?: string;
}

const signedOut = (message: string): CalendarTokenState => ({ status: "error", message });

export const createCalendarTokenAction = sessionAction(
  async ({ ctx, actor }, _previous: CalendarTokenState): Promise<CalendarTokenState> => {
    const result = await createCalendarToken(ctx, actor);
    if (!result.ok) {
      return {
        status: "error",
        message: "message" in result ? result.message : (await getTranslations("dashboard.calendar"))("createFailed"),
      };
    }
    revalidatePath("/calendar");
    return { status: "created", url: `${ctx.env.appUrl.replace(/\/$/, "")}/api/calendar/feed/${result.value.token}` };
  },
  signedOut,
);

export const revokeCalendarTokenAction = sessionAction(
  async ({ ctx, actor }, _previous: CalendarTokenState): Promise<CalendarTokenState> => {
    const result = await revokeCalendarToken(ctx, actor);
    if (!result.ok) {
      return {
        status: "error",
        message: "message" in result ? result.message : (await getTranslations("dashboard.calendar"))("revokeFailed"),
      };
    }
    revalidatePath("/calendar");
    return { status: "revoked" };
  },
  signedOut,
);
