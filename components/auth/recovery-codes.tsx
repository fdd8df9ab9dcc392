export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <section className="card" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">Your recovery codes</h2>
      <p>
        Each code lets you sign in once if you lose your phone. <strong>They are shown only now.</strong> Print them or keep them in your
        password manager.
      </p>
      <ul className="recovery-codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
