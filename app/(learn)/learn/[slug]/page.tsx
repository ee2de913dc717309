import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { LessonBody } from "@/components/mdx/lesson-body";
import { MODULES } from "@/lib/content/lesson-frontmatter";
import { getCourseLessons, getLesson } from "@/lib/server/content/get-lesson";
import { openLessonForViewer } from "@/lib/server/progress/viewer-progress";

import { LessonDoneButton } from "../_components/lesson-done-button";
import { LessonPager } from "../_components/lesson-pager";
import { StatusBadge } from "../_components/status-badge";
import { TableOfContents } from "../_components/table-of-contents";

type Params = { params: Promise<{ slug: string }> };

// Every lesson is known at build time; other slugs are 404 without rendering.
export const dynamicParams = false;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return (await getCourseLessons()).map((l) => ({ slug: l.frontmatter.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const lesson = (await getCourseLessons()).find((l) => l.frontmatter.slug === slug);
  return lesson ? { title: lesson.frontmatter.title, description: lesson.frontmatter.summary } : {};
}

export default async function LessonPage({ params }: Params) {
  const { slug } = await params;
  const lesson = await getLesson(slug);
  if (!lesson) notFound();
  const { frontmatter: fm, compiled } = lesson;
  const viewer = await openLessonForViewer(fm.slug);
  const moduleTitle = MODULES.find((m) => m.id === fm.module)?.title ?? fm.module;
  return (
    <article className="lesson">
      <header className="lesson__header">
        <p className="lesson__eyebrow">
          <Link href="/learn">Course</Link> · {moduleTitle} · Lesson {fm.order} · {fm.minutes} min
          {viewer.signedIn ? (
            <>
              {" "}
              · <StatusBadge status={viewer.status} />
            </>
          ) : null}
        </p>
        <h1>{fm.title}</h1>
        <p className="lesson__summary">{fm.summary}</p>
        <div className="lesson__intro">
          <section aria-labelledby="objectives-heading">
            <h2 id="objectives-heading">You will learn to</h2>
            <ul>
              {fm.objectives.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="prerequisites-heading">
            <h2 id="prerequisites-heading">Before you start</h2>
            {lesson.prerequisites.length === 0 ? (
              <p>Nothing: this is a starting point.</p>
            ) : (
              <ul>
                {lesson.prerequisites.map((p) => (
                  <li key={p.slug}>
                    <Link href={`/learn/${p.slug}`}>{p.title}</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </header>
      <div className="lesson__layout">
        <div className="lesson__aside">
          <TableOfContents entries={compiled.toc} />
        </div>
        <div className="lesson__body">
          <LessonBody code={compiled.code} />
          <section className="lesson__check" aria-labelledby="check-heading">
            <h2 id="check-heading">Check what you understood</h2>
            <p>
              <Link href={`/learn/${fm.slug}/quiz`} className="button">
                Take the quiz
              </Link>{" "}
              Questions on every objective of this lesson, graded with explanations.
            </p>
          </section>
          <LessonDoneButton slug={fm.slug} signedIn={viewer.signedIn} initialDone={viewer.status === "done"} />
          <LessonPager previous={lesson.previous} next={lesson.next} />
        </div>
      </div>
    </article>
  );
}
