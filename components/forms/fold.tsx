"use client";

import { useState, type ReactNode } from "react";

/**
 * A <details> fold (keyboard and screen-reader friendly as it is) that also opens by itself when `forceOpen`
 * (it holds an answer or an error): a folded input can neither be seen nor take focus.
 */
export function Fold(props: { summary: ReactNode; forceOpen?: boolean; className?: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={props.className} open={opened || !!props.forceOpen} onToggle={(event) => setOpened(event.currentTarget.open)}>
      <summary>{props.summary}</summary>
      {props.children}
    </details>
  );
}
