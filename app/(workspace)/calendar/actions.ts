"use server";

import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/server/auth/current-actor";
import { createCalendarToken, revokeCalendarToken } from "@/lib/server/deadlines/calendar-token";
import { defaultContext } from "@/lib/server/service-context";

export interface CalendarTokenState {
  status: "idle" | "created" | "revoked" | "error";
  /** The subscription URL, shown once: only its token's hash is kept. */
  url?: string;
  message?: string;
}

export async function createCalendarTokenAction(_previous: CalendarTokenState): Promise<CalendarTokenState> {
  const actor = await currentActor();
  if (!actor || actor.needsTwoFactor) return { status: "error", message: "Your session has ended: sign in again." };
  const ctx = await defaultContext();
  const result = await createCalendarToken(ctx, actor);
  if (!result.ok) return { status: "error", message: "message" in result ? result.message : "The link could not be created." };
  revalidatePath("/calendar");
  return { status: "created", url: `${ctx.env.appUrl.replace(/\/$/, "")}/api/calendar/feed/${result.value.token}` };
}

export async function revokeCalendarTokenAction(_previous: CalendarTokenState): Promise<CalendarTokenState> {
  const actor = await currentActor();
  if (!actor || actor.needsTwoFactor) return { status: "error", message: "Your session has ended: sign in again." };
  const result = await revokeCalendarToken(await defaultContext(), actor);
  if (!result.ok) return { status: "error", message: "message" in result ? result.message : "The link could not be revoked." };
  revalidatePath("/calendar");
  return { status: "revoked" };
}
