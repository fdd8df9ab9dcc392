"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ endSession, label = "Sign out" }: { endSession: () => Promise<void>; label?: string }) {
  return (
    <button
      type="button"
      className="link-button"
      onClick={async () => {
        await endSession();
        await signOut({ callbackUrl: "/signin" });
      }}
    >
      {label}
    </button>
  );
}
