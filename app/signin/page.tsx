export const metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <>
      <h1>Sign in</h1>
      <div className="card">
        <p>
          Breachdesk has personal accounts only. Your administrator sends you a one-time invitation link; you choose
          your own password there.
        </p>
        <p className="muted">Sign-in opens with the accounts release.</p>
      </div>
    </>
  );
}
