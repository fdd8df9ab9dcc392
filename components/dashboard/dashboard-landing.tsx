import Link from "next/link";

/** What a visitor who is not signed in sees at /. */
export function DashboardLanding() {
  return (
    <>
      <h1>Dashboard</h1>
      <div className="grid">
        <section className="card" aria-labelledby="clocks">
          <h2 id="clocks">Clocks</h2>
          <p>Every open notification deadline across your practices, nearest first.</p>
          <p className="muted">Sign in to see the deadlines of the practices you work for.</p>
        </section>
        <section className="card" aria-labelledby="report">
          <h2 id="report">Report a breach</h2>
          <p>Found patient data where it should not be? Log it now: the 72-hour clock may already be running.</p>
          <Link className="button" href="/signin">
            Sign in to report
          </Link>
        </section>
      </div>
    </>
  );
}
