import Link from "next/link";

import { SearchForm } from "@/components/search/search-form";
import { SignOutButton } from "@/components/sign-out-button";
import { ThemeToggle } from "@/components/theme-toggle";

export type HeaderUser = { email: string; name: string | null } | null;

export function SiteHeader({ user }: { user: HeaderUser }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          Kube Academy
        </Link>
        <nav aria-label="Main" className="site-nav">
          <Link href="/learn">Course</Link>
          <Link href="/sandbox">Sandbox</Link>
          {user ? <Link href="/account">Account</Link> : null}
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
              <Link href="/signin">Sign in</Link>
              <Link href="/signup" className="button">
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
