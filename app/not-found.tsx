import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p className="card">
        This page does not exist, or you do not have access to it. <Link href="/">Back to the dashboard</Link>
      </p>
    </>
  );
}
