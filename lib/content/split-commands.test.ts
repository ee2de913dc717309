import { expect, test } from "vitest";

import { splitCommands } from "./split-commands";

test("one command per line, blank and comment lines skipped", () => {
  expect(splitCommands("kubectl get pods\n\n# a note\nkubectl get nodes\n")).toEqual(["kubectl get pods", "kubectl get nodes"]);
});

test("a here-document stays one command up to its terminator", () => {
  const code = "cat <<EOF > pod.yaml\napiVersion: v1\nkind: Pod\nEOF\nkubectl apply -f pod.yaml";
  expect(splitCommands(code)).toEqual(["cat <<EOF > pod.yaml\napiVersion: v1\nkind: Pod\nEOF", "kubectl apply -f pod.yaml"]);
});

test("quoted and dashed here-document markers are recognised", () => {
  expect(splitCommands("cat <<'END' >f\n  $x\nEND\nls")).toEqual(["cat <<'END' >f\n  $x\nEND", "ls"]);
  expect(splitCommands("cat <<-EOF\n\ta\n\tEOF\nls")).toEqual(["cat <<-EOF\n\ta\n\tEOF", "ls"]);
});

test("a trailing backslash continues the command on the next line", () => {
  expect(splitCommands("kubectl run web \\\n  --image=nginx\nkubectl get pods")).toEqual(["kubectl run web \\\n  --image=nginx", "kubectl get pods"]);
});
