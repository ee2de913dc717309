import type { Metadata } from "next";

import { MODULES } from "@/lib/content/lesson-frontmatter";
import { listLessons } from "@/lib/server/content/list-lessons";

export const metadata: Metadata = { title: "Course map" };

export default async function CourseMapPage() {
  const lessons = await listLessons();
  const totalMinutes = lessons.reduce((sum, l) => sum + l.frontmatter.minutes, 0);
  return (
    <>
      <h1>Course map</h1>
      <p>
        {lessons.length} lessons, about {Math.round(totalMinutes / 60)} hours, from one container on one host to the
        whole control plane. Each lesson has a simulated cluster to type into.
      </p>
      {MODULES.map((module) => {
        const inModule = lessons.filter((l) => l.frontmatter.module === module.id);
        if (inModule.length === 0) return null;
        return (
          <section key={module.id} aria-labelledby={`module-${module.id}`}>
            <h2 id={`module-${module.id}`}>{module.title}</h2>
            <ol className="syllabus">
              {inModule.map(({ frontmatter: l }) => (
                <li key={l.slug} value={l.order}>
                  <h3>
                    {l.order}. {l.title}
                  </h3>
                  <p>
                    {l.summary} <span className="badge">{l.minutes} min</span>
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
