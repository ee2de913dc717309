import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { getCurrentUser } from "@/lib/server/auth/current-user";
import { formatJoinCode, joinCodeSchema } from "@/lib/validation/cohort";

import { JoinCohortForm } from "../_components/join-cohort-form";

export const metadata: Metadata = { title: "Join a cohort" };

type Props = { searchParams: Promise<{ code?: string | string[] }> };

/** Where a join link lands: sign in first, then confirm with the code filled in. */
export default async function JoinCohortPage({ searchParams }: Props) {
  const raw = (await searchParams).code;
  const parsed = joinCodeSchema.safeParse(typeof raw === "string" ? raw : "");
  const code = parsed.success ? parsed.data : "";
  if (!(await getCurrentUser())) redirect(`/signin?callbackUrl=${encodeURIComponent(`/cohorts/join?code=${code}`)}`);
  return (
    <div>
      <h1>Join a cohort</h1>
      <p>Your instructor will see your lessons, quiz answers and lab submissions while you are in the cohort. You can leave it at any time from Cohorts.</p>
      <JoinCohortForm initialCode={code ? formatJoinCode(code) : ""} />
    </div>
  );
}
