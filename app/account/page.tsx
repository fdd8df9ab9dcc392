import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { requireActor } from "@/lib/server/auth/current-actor";
import { signOutEverywhereAction } from "./actions";

export const metadata = { title: "Your account" };

export default async function AccountPage() {
  const actor = await requireActor();
  return (
    <>
      <h1>Your account</h1>
      <section className="card">
        <p>
          {actor.name} ({actor.email})
        </p>
        <p>
          <Link href="/account/two-factor">Set up two-factor authentication on a new phone</Link>
        </p>
      </section>
      <section className="card" aria-labelledby="sessions">
        <h2 id="sessions">Sessions</h2>
        <p>Lost a device, or signed in on a shared computer? End every session, this one included.</p>
        <SignOutButton endSession={signOutEverywhereAction} label="Sign out everywhere" />
      </section>
    </>
  );
}
