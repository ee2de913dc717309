import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { SignOutButton } from "@/components/sign-out-button";
import { getCurrentUser } from "@/lib/server/auth/current-user";

export const metadata: Metadata = { title: "Your account" };

const ROLE_DESCRIPTIONS = {
  learner: "Learner — lessons, quizzes, labs and your own progress.",
  instructor: "Instructor — everything a learner has, plus cohorts and their progress.",
  admin: "Administrator — everything, plus managing other users' roles.",
} as const;

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

export default async function AccountPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?callbackUrl=/account");
  return (
    <>
      <h1>Your account</h1>
      <dl className="details">
        <dt>Name</dt>
        <dd>{user.name ?? "Not set"}</dd>
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>
          <span className="badge">{user.role}</span> {ROLE_DESCRIPTIONS[user.role]}
        </dd>
        <dt>Member since</dt>
        <dd>{dateFormat.format(user.createdAt)}</dd>
      </dl>
      <SignOutButton />
    </>
  );
}
