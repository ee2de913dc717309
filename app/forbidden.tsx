import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="error-page">
      <h1>Not for your account</h1>
      <p>
        This page is for instructors or administrators. An administrator can change your role; your own progress is on <Link href="/progress">your progress page</Link>.
      </p>
    </div>
  );
}
