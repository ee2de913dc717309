import type { ReactNode } from "react";

import { getHeaderUser } from "@/lib/server/auth/header-user";

import { GuestProgressMerger } from "./_components/guest-progress-merger";

import "./learn.css";

export default async function LearnLayout({ children }: { children: ReactNode }) {
  const user = await getHeaderUser();
  return (
    <>
      <GuestProgressMerger signedIn={user !== null} />
      {children}
    </>
  );
}
