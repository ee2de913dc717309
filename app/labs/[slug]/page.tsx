import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { Markdown } from "@/components/markdown";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { listLessons } from "@/lib/server/content/list-lessons";
import { loadLabs } from "@/lib/server/content/labs/load-labs";
import { publicLab } from "@/lib/server/content/labs/public-lab";

import { LabWorkspace } from "./_components/lab-workspace";
import { submitLabAction } from "./actions";
import "../labs.css";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return (await loadLabs()).map((l) => ({ slug: l.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const lab = (await loadLabs()).find((l) => l.slug === slug);
  return lab ? { title: `Lab: ${lab.title}`, description: lab.summary } : {};
}

export default async function LabPage({ params }: Props) {
  const { slug } = await params;
  const lab = (await loadLabs()).find((l) => l.slug === slug);
  if (!lab) notFound();
  const [viewer, lessons] = await Promise.all([getCurrentUser(), listLessons()]);
  const titles = new Map(lessons.map((l) => [l.frontmatter.slug, l.frontmatter.title]));
  return (
    <article className="lab">
      <p className="lesson__eyebrow">
        <Link href="/labs">Labs</Link> · {lab.minutes} min · Practises{" "}
        {lab.lessons.map((s, i) => (
          <span key={s}>
            {i > 0 ? ", " : ""}
            <Link href={`/learn/${s}`}>{titles.get(s) ?? s}</Link>
          </span>
        ))}
      </p>
      <h1>Lab: {lab.title}</h1>
      <p className="lesson__summary">{lab.summary}</p>
      <section aria-labelledby="instructions-heading" className="lab-instructions">
        <h2 id="instructions-heading">Your task</h2>
        <Markdown text={lab.instructions} block />
      </section>
      <LabWorkspace lab={publicLab(lab)} signedIn={viewer !== null} submit={submitLabAction} />
    </article>
  );
}
