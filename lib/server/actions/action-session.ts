import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { problemsFor } from "@/lib/i18n/problem-translator";
import { DEFAULT_LOCALE, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";
import type { FormState } from "@/lib/schemas/form-state";
import type { Actor } from "@/lib/server/actor";
import { currentActor, type SignedInActor } from "@/lib/server/auth/current-actor";
import { defaultContext, type ServiceContext } from "@/lib/server/service-context";

/** What every signed-in action works with: who asks, and the context its service runs in. */
export interface ActionSession<A extends Actor = SignedInActor> {
  ctx: ServiceContext;
  actor: A;
}

/** The one answer a form gets when its person's session ended while the page was open. */
export const SIGNED_OUT_MESSAGE = "Your session has ended: sign in again. What you typed is still in this page.";
/** The signed-out answer of a page opened from a link (an invitation): the person opens it again once signed in. */
export const SIGNED_OUT_OPEN_LINK_AGAIN = "Your session has ended: sign in again, then open the link again.";

/** The signed-out answer as a form state, for sessionAction's `signedOut`. */
export const signedOutState = (message: string): FormState<never> => ({ status: "error", message, fields: {} });

export interface SessionOptions {
  /** Setting up two-factor authentication and signing out are allowed before it is set up. */
  allowWithoutTwoFactor?: boolean;
  /** "answer" (the default) tells the form; "sign-in" sends the browser to the sign-in page, as a page would. */
  whenSignedOut?: "answer" | "sign-in";
  /** A form whose person must do more than sign in again says so here. */
  signedOutMessage?: string;
}

/**
 * The signed-in person and the service context, or null when nobody is signed in. A DPO or administrator
 * without two-factor authentication is sent to set it up (currentActor redirects, which ends the action).
 */
export async function actionSession(options: SessionOptions = {}): Promise<ActionSession | null> {
  const actor = await currentActor({ allowWithoutTwoFactor: options.allowWithoutTwoFactor });
  if (!actor && options.whenSignedOut === "sign-in") redirect("/signin");
  return actor ? { actor, ctx: await defaultContext() } : null;
}

/** The language of a request nobody is signed in to: the browser's (docs/I18N.md). */
export async function browserLocale(): Promise<Locale> {
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}

/**
 * An answer with problems (a form state's error, a conflict) said in the reader's language (docs/I18N.md,
 * "Problems"): its message and its fields' problems. Any other answer is returned as it is.
 */
function inLanguage<R>(answer: R, locale: Locale): R {
  if (!answer || typeof answer !== "object" || !("status" in answer) || !("message" in answer)) return answer;
  if ((answer.status !== "error" && answer.status !== "conflict") || typeof answer.message !== "string") return answer;
  const say = problemsFor(locale);
  const fields =
    "fields" in answer && answer.fields && typeof answer.fields === "object"
      ? {
          fields: Object.fromEntries(
            Object.entries(answer.fields).map(([field, problem]) => [field, typeof problem === "string" ? say(problem) : problem]),
          ),
        }
      : {};
  return Object.assign({}, answer, { message: say(answer.message) }, fields);
}

/**
 * An action that is not a form post (autosave, polling, a button with arguments): the session is looked up
 * once here, and `signedOut` shapes the answer for the caller when there is none.
 */
export function sessionAction<Args extends unknown[], R>(
  run: (session: ActionSession, ...args: Args) => Promise<R>,
  signedOut: (message: string) => R,
  options: SessionOptions = {},
): (...args: Args) => Promise<R> {
  return async (...args: Args) => {
    const session = await actionSession(options);
    if (!session) return signedOut(problemsFor(await browserLocale())(options.signedOutMessage ?? SIGNED_OUT_MESSAGE));
    return inLanguage(await run(session, ...args), session.actor.locale);
  };
}
