import { expect, test } from "vitest";
import { createSession } from "../../../session/session";

test("logs -f keeps running and prints the lines the container writes later", () => {
  const session = createSession({ scenario: "default", seed: 7 });
  session.run("kubectl run web --image=nginx --port=80");
  session.run("kubectl expose pod web --port=80");
  session.run("sleep 20");
  const follow = session.run("kubectl logs web -f --tail=1");
  expect(follow.stdout).toBe("2025/01/01 00:00:04 [notice] 1#1: start worker process 30\n");
  expect(follow.stream).toBeDefined();
  const answer = session.cluster.network.request({ from: "node01", target: "web" });
  expect(answer.ok).toBe(true);
  const later = session.run("sleep 1").stdout;
  expect(later.endsWith(' "GET / HTTP/1.1" 200 615 "-" "curl/8.5.0" "-"\n')).toBe(true);
  expect(later.split("\n").length).toBe(2);
  expect(session.run("sleep 1").stdout).toBe("");
});
