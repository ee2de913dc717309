import Link from "next/link";

export default function NotFound() {
  return (
    <div className="error-page">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. The <Link href="/learn">course map</Link> lists every lesson.
      </p>
    </div>
  );
}
