import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";

import { AssessmentPlayer } from "@/components/interview/assessment-player";
import { AssessmentReportView } from "@/components/interview/assessment-report";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { ApiError } from "@/lib/server/http/api-error";
import { getAssessmentView } from "@/lib/server/interview/assessments";

import { answerAssessmentItemAction, answerAssessmentPromptAction, rateOpenAnswerAction, submitAssessmentAction } from "../actions";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Interview assessment" };

export default async function AssessmentPage({ params }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=/interview/${encodeURIComponent(id)}`);
  const view = await getAssessmentView(user, id).catch((error: unknown) => {
    if (error instanceof ApiError) return null;
    throw error;
  });
  if (!view) notFound();
  return (
    <article className="quiz interview-page">
      <p className="lesson__eyebrow">
        <Link href="/interview">Interview</Link> · {view.status === "open" ? "Assessment" : "Report"}
      </p>
      <h1>{view.status === "open" ? "Interview assessment" : "Interview assessment report"}</h1>
      {view.status === "open" ? (
        <AssessmentPlayer
          key={view.assessmentId}
          assessment={view}
          actions={{ answerItem: answerAssessmentItemAction, answerPrompt: answerAssessmentPromptAction, submit: submitAssessmentAction }}
        />
      ) : (
        <AssessmentReportView report={view} rate={rateOpenAnswerAction} />
      )}
    </article>
  );
}
