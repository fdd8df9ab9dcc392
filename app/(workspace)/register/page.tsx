export const metadata = { title: "Breach register" };

export default function RegisterPage() {
  return (
    <>
      <h1>Breach register</h1>
      <p className="card">
        Every breach, notified or not, with its facts, effects and remedial action (GDPR Art. 33(5)). Sign in to
        see your practice&apos;s register.
      </p>
    </>
  );
}
