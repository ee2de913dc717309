import { expect, test } from "vitest";
import { createShell } from "../../index";
import { createTestCluster } from "../../test-cluster";

function run(line: string, setup: string[] = []) {
  const shell = createShell({ cluster: createTestCluster() });
  for (const s of setup) shell.run(s);
  return shell.run(line);
}

test("an empty list goes to stderr with the namespace named", () => {
  expect(run("kubectl get pods -n dev")).toEqual({ stdout: "", stderr: "No resources found in dev namespace.\n", exitCode: 0, output: "No resources found in dev namespace.\n" });
});

test("an unknown resource type is a client error", () => {
  expect(run("kubectl get pdos").stderr).toBe('error: the server doesn\'t have a resource type "pdos"\n');
});

test("a missing object is reported by the server with its group", () => {
  expect(run("kubectl get deployment web").stderr).toBe('Error from server (NotFound): deployments.apps "web" not found\n');
});

test("an unknown flag points at the command's help", () => {
  expect(run("kubectl get pods --foo").stderr).toBe("error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n");
});

test("run without --image names the required flag", () => {
  expect(run("kubectl run web").stderr).toBe('error: required flag(s) "image" not set\n');
});

test("created objects are reported as kind.group/name", () => {
  expect(run("kubectl create deployment web --image=nginx").stdout).toBe("deployment.apps/web created\n");
  expect(run("kubectl run web --image=nginx").stdout).toBe("pod/web created\n");
});

test("a second create of the same name is AlreadyExists", () => {
  expect(run("kubectl run web --image=nginx", ["kubectl run web --image=nginx"]).stderr).toBe('Error from server (AlreadyExists): pods "web" already exists\n');
});

test("delete prints the 1.33 message form", () => {
  expect(run("kubectl delete pod web", ["kubectl run web --image=nginx"]).stdout).toBe('pod "web" deleted\n');
});

test("apply creates, then reports unchanged, then configured", () => {
  const shell = createShell({ cluster: createTestCluster() });
  const manifest = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  a: '1'\n";
  shell.run(`cat > cm.yaml <<EOF\n${manifest}EOF`);
  expect(shell.run("kubectl apply -f cm.yaml").stdout).toBe("configmap/cfg created\n");
  expect(shell.run("kubectl apply -f cm.yaml").stdout).toBe("configmap/cfg unchanged\n");
  shell.run(`cat > cm.yaml <<EOF\n${manifest.replace("'1'", "'2'")}EOF`);
  expect(shell.run("kubectl apply -f cm.yaml").stdout).toBe("configmap/cfg configured\n");
  expect(shell.run("kubectl get cm cfg -o jsonpath={.data.a}").stdout).toBe("2");
});

test("apply from stdin through a heredoc", () => {
  const shell = createShell({ cluster: createTestCluster() });
  expect(shell.run("kubectl apply -f - <<EOF\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\nEOF").stdout).toBe("namespace/dev created\n");
});

test("get with several types prefixes names with the kind and separates tables", () => {
  expect(run("kubectl get ns,svc").stdout).toBe(
    [
      "NAME                        STATUS   AGE",
      "namespace/default           Active   0s",
      "namespace/kube-node-lease   Active   0s",
      "namespace/kube-public       Active   0s",
      "namespace/kube-system       Active   0s",
      "",
      "NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE",
      "service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   0s",
      "",
    ].join("\n"),
  );
});

test("run --dry-run=client -o yaml prints the generated pod without creating it", () => {
  const shell = createShell({ cluster: createTestCluster() });
  expect(shell.run("kubectl run web --image=nginx --dry-run=client -o yaml").stdout).toBe(
    "apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: null\n  labels:\n    run: web\n  name: web\nspec:\n  containers:\n  - image: nginx\n    name: web\n    resources: {}\n  dnsPolicy: ClusterFirst\n  restartPolicy: Always\nstatus: {}\n",
  );
  expect(shell.run("kubectl get pods").stderr).toBe("No resources found in default namespace.\n");
});

test("top without metrics-server says the Metrics API is not available", () => {
  expect(run("kubectl top nodes").stderr).toBe("error: Metrics API not available\n");
});

test("the namespace of the context applies to later commands", () => {
  const shell = createShell({ cluster: createTestCluster() });
  expect(shell.run("kubectl config set-context --current --namespace=kube-system").stdout).toBe('Context "kubernetes-admin@kubernetes" modified.\n');
  expect(shell.run("kubectl get pods").stderr).toBe("No resources found in kube-system namespace.\n");
});

test("label refuses to overwrite without --overwrite", () => {
  expect(run("kubectl label pod web run=x", ["kubectl run web --image=nginx"]).stderr).toBe("error: 'run' already has a value (web), and --overwrite is false\n");
});

test("impersonation without permissions is forbidden by the server", () => {
  expect(run("kubectl get pods --as=jane").stderr).toBe('Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"\n');
});

test("apply needs -f: a bare file name is an unexpected argument", () => {
  const shell = createShell({ cluster: createTestCluster() });
  const r = shell.run("kubectl apply pod.yaml");
  expect([r.exitCode, r.stderr]).toEqual([1, "error: Unexpected args: [pod.yaml]\nSee 'kubectl apply -h' for help and examples\n"]);
});
