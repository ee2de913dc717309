"use client";

import Link from "next/link";

// Shown instead of the page when rendering fails (for example, the database is down).
// Never shows the error itself: it may hold internal details.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="error-page" role="alert">
      <h1>Something went wrong on our side</h1>
      <p>
        This page could not be loaded, usually because the database is briefly unavailable. Your progress is safe. Please
        try again in a moment.
      </p>
      <p className="hero__actions">
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
        <Link href="/" className="button button--secondary">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
