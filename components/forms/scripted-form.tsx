"use client";

import { useSyncExternalStore, type ButtonHTMLAttributes, type FormHTMLAttributes } from "react";

const subscribe = () => () => {};

/** True once React has hydrated this page in the browser; false in the server's HTML and during hydration. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/**
 * Every form whose submit runs script (a handler, or a confirmation before a server action) is a ScriptedForm
 * with SubmitButtons (docs/CONVENTIONS.md, "Forms"). Until the page's script runs, the browser would submit such
 * a form itself: a GET to the page, putting the password or the breach's facts in the address bar, history and
 * server logs, or a server action without the confirmation it asks for. So it posts, never gets, and its submit
 * buttons wait for hydration; its fields do not, so people can type, tab and autofill while the script loads.
 */
export function ScriptedForm(props: Omit<FormHTMLAttributes<HTMLFormElement>, "method">) {
  const hydrated = useHydrated();
  return <form {...props} method={typeof props.action === "function" ? undefined : "post"} data-hydrated={hydrated ? "" : undefined} />;
}

/**
 * A ScriptedForm's submit button: disabled until hydration. A click then does nothing, and neither does Enter in
 * a field, since a form whose first submit button is disabled is not submitted implicitly (HTML, "implicit submission").
 */
export function SubmitButton({ disabled, ...props }: Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type">) {
  const hydrated = useHydrated();
  return <button {...props} type="submit" disabled={!hydrated || disabled} />;
}
