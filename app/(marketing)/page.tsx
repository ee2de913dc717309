import Link from "next/link";

const PILLARS = [
  {
    title: "Every part of the architecture",
    text: "The API server, etcd, the scheduler, controllers, the kubelet, the container runtime, kube-proxy and CNI: one lesson each, checked against the Kubernetes documentation.",
  },
  {
    title: "A cluster in your browser",
    text: "Type kubectl, crictl, docker and iptables into a simulated cluster that answers like the real tools. Stop a node and watch the control plane react — instantly, no cloud sandbox to wait for.",
  },
  {
    title: "Honest grading",
    text: "Quizzes and hands-on labs are graded on the server: labs by replaying your commands against the same simulated cluster, so a pass means you really did it.",
  },
  {
    title: "For learners, instructors and candidates",
    text: "Track your own progress, run a cohort and see which questions the group misses, or take a timed interview self-assessment.",
  },
];

export default function LandingPage() {
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">Understand Kubernetes from the inside</h1>
        <p>
          Kube Academy teaches how Kubernetes really works — what each component does, how they talk to each other, and
          what happens between <code>kubectl run</code> and a running container — with a simulated cluster you can break
          and watch heal.
        </p>
        <div className="hero__actions">
          <Link href="/learn" className="button">
            Start the course
          </Link>
          <Link href="/signup" className="button button--secondary">
            Create an account to save progress
          </Link>
        </div>
      </section>
      <ul className="cards" aria-label="What you get">
        {PILLARS.map((p) => (
          <li key={p.title} className="card">
            <h2>{p.title}</h2>
            <p>{p.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
