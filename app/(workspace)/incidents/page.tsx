export const metadata = { title: "Incidents" };

export default function IncidentsPage() {
  return (
    <>
      <h1>Incidents</h1>
      <p className="card">Sign in to see and log the incidents of your practice.</p>
    </>
  );
}
