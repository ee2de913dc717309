import type { Metadata } from "next";
import Link from "next/link";

import { getCurrentUser } from "@/lib/server/auth/current-user";
import { loadLabs } from "@/lib/server/content/labs/load-labs";
import { listLabStanding } from "@/lib/server/data/lab-submissions/list-lab-standing";

import "./labs.css";

export const metadata: Metadata = { title: "Labs", description: "Hands-on exercises on a simulated cluster, graded by replaying your commands." };

export default async function LabsPage() {
  const [labs, viewer] = await Promise.all([loadLabs(), getCurrentUser()]);
  const standing = viewer ? new Map((await listLabStanding({ userId: viewer.id })).map((s) => [s.labSlug, s])) : new Map();
  return (
    <>
      <h1>Labs</h1>
      <p className="lesson__summary">
        Each lab starts a simulated cluster in your browser with a task to do in its terminal. When you check your work, the server replays your commands on a fresh cluster and tells you, check by check, what holds and what does not.
      </p>
      <ul className="cards">
        {labs.map((lab) => {
          const s = standing.get(lab.slug);
          return (
            <li key={lab.slug} className="card">
              <h2>
                <Link href={`/labs/${lab.slug}`}>{lab.title}</Link>
              </h2>
              <p>{lab.summary}</p>
              <p>
                {lab.minutes} min{viewer ? ` · ${s?.passed ? "Passed" : s ? "Not passed yet" : "Not tried"}` : ""}
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
