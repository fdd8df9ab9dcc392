import { redirect } from "next/navigation";
import { safeNextPath } from "@/components/auth/next-path";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentActor } from "@/lib/server/auth/current-actor";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  if (await currentActor({ allowWithoutTwoFactor: true })) redirect(safeNextPath(next));
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm next={next} />
      <p className="muted">
        Breachdesk has personal accounts only. New here? Your administrator sends you a one-time invitation link where you choose your own
        password.
      </p>
    </>
  );
}
