"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton({ endSession, label }: { endSession: () => Promise<void>; label?: string }) {
  const t = useTranslations("auth");
  return (
    <button
      type="button"
      className="link-button"
      onClick={async () => {
        await endSession();
        await signOut({ callbackUrl: "/signin" });
      }}
    >
      {label ?? t("signOut")}
    </button>
  );
}
