export const metadata = { title: "Settings" };

export default function SettingsPage() {
  return (
    <>
      <h1>Settings</h1>
      <p className="card">People, roles and practice settings, for administrators. Sign in to continue.</p>
    </>
  );
}
