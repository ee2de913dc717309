import Link from "next/link";

import { SearchForm } from "@/components/search/search-form";
import { SignOutButton } from "@/components/sign-out-button";
import { ThemeToggle } from "@/components/theme-toggle";
import type { RoleName } from "@/lib/validation/auth";

export type HeaderUser = { email: string; name: string | null; role: RoleName; dueCards: number } | null;

// Every page is rendered per request (the header shows who is signed in), so prefetching the
// header's links on each page view would cost the server a render per link and compete with the
// page's own loading; links still navigate client-side when clicked.
export function SiteHeader({ user }: { user: HeaderUser }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand" prefetch={false}>
          Kube Academy
        </Link>
        <nav aria-label="Main" className="site-nav">
          <Link href="/learn" prefetch={false}>
            Course
          </Link>
          <Link href="/labs" prefetch={false}>
            Labs
          </Link>
          <Link href="/sandbox" prefetch={false}>
            Sandbox
          </Link>
          {user ? (
            <>
              <Link href="/interview" prefetch={false}>
                Interview
              </Link>
              <Link href="/review" prefetch={false} aria-label={`Review, ${user.dueCards} card${user.dueCards === 1 ? "" : "s"} due today`}>
                Review <span className="nav-count">{user.dueCards}</span>
              </Link>
              <Link href="/progress" prefetch={false}>
                Progress
              </Link>
              <Link href="/cohorts" prefetch={false}>
                Cohorts
              </Link>
              {user.role !== "learner" ? (
                <Link href="/instructor" prefetch={false}>
                  Instructor
                </Link>
              ) : null}
              {user.role === "admin" ? (
                <Link href="/admin/users" prefetch={false}>
                  Admin
                </Link>
              ) : null}
              <Link href="/account" prefetch={false}>
                Account
              </Link>
            </>
          ) : null}
        </nav>
        <SearchForm />
        <div className="site-header__account">
          <ThemeToggle />
          {user ? (
            <>
              <span>
                Signed in as <strong>{user.name ?? user.email}</strong>
              </span>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/signin" prefetch={false}>
                Sign in
              </Link>
              <Link href="/signup" className="button" prefetch={false}>
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
