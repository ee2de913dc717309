import type { Metadata } from "next";
import Link from "next/link";

import { MODULES } from "@/lib/content/lesson-frontmatter";
import { getCourseLessons } from "@/lib/server/content/get-lesson";
import { loadCourseProgress } from "@/lib/server/progress/viewer-progress";

import { GuestStatusBadge } from "./_components/guest-status-badge";
import { StatusBadge } from "./_components/status-badge";

export const metadata: Metadata = { title: "Course map" };

export default async function CourseMapPage() {
  const [lessons, progress] = await Promise.all([getCourseLessons(), loadCourseProgress()]);
  const totalMinutes = lessons.reduce((sum, l) => sum + l.frontmatter.minutes, 0);
  const doneCount = lessons.filter((l) => progress.statuses.get(l.frontmatter.slug) === "done").length;
  return (
    <>
      <h1>Course map</h1>
      <p>
        {lessons.length} lessons, about {Math.round(totalMinutes / 60)} hours, from one container on one host to the
        whole control plane. Each lesson has a simulated cluster to type into.
      </p>
      {progress.signedIn ? (
        <p className="course-progress">
          You have finished {doneCount} of {lessons.length} lessons.
        </p>
      ) : (
        <p className="course-progress">Lessons you mark as done are kept in this browser until you sign up or sign in.</p>
      )}
      {MODULES.map((module) => {
        const inModule = lessons.filter((l) => l.frontmatter.module === module.id);
        if (inModule.length === 0) return null;
        return (
          <section key={module.id} aria-labelledby={`module-${module.id}`}>
            <h2 id={`module-${module.id}`}>{module.title}</h2>
            <ol className="syllabus">
              {inModule.map(({ frontmatter: l }) => (
                <li key={l.slug} value={l.order} data-lesson={l.slug}>
                  <h3>
                    <Link href={`/learn/${l.slug}`}>
                      {l.order}. {l.title}
                    </Link>
                  </h3>
                  <p>{l.summary}</p>
                  <p className="syllabus__meta">
                    <span className="badge">{l.minutes} min</span>{" "}
                    {progress.signedIn ? (
                      <StatusBadge status={progress.statuses.get(l.slug) ?? "not-started"} />
                    ) : (
                      <GuestStatusBadge slug={l.slug} />
                    )}
                  </p>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}
