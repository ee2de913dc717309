import { expect, test } from "vitest";
import { createSession } from "../../../session/session";

test("a Role that grants pods does not grant pods/log; subresources are granted by name", () => {
  const session = createSession({ scenario: "default", seed: 1 });
  session.run("kubectl create serviceaccount reader");
  expect(session.run("kubectl create role pod-reader --verb=get,list,watch --resource=pods").stdout).toBe("role.rbac.authorization.k8s.io/pod-reader created\n");
  session.run("kubectl create rolebinding read-pods --role=pod-reader --serviceaccount=default:reader");
  const as = "--as=system:serviceaccount:default:reader";
  expect(session.run(`kubectl auth can-i get pods ${as}`).stdout).toBe("yes\n");
  expect(session.run(`kubectl auth can-i get pods/log ${as}`).stdout).toBe("no\n");
  expect(session.run(`kubectl auth can-i get pods --subresource=log ${as}`).stdout).toBe("no\n");
  session.run("kubectl create role log-reader --verb=get --resource=pods/log");
  session.run("kubectl create rolebinding read-logs --role=log-reader --serviceaccount=default:reader");
  expect(session.run(`kubectl auth can-i get pods/log ${as}`).stdout).toBe("yes\n");
  const list = session.run(`kubectl auth can-i --list ${as}`).stdout.split("\n");
  expect(list[0]).toMatch(/^Resources\s+Non-Resource URLs\s+Resource Names\s+Verbs$/);
  expect(list).toContain("pods/log                                        []                  []               [get]");
  expect(list).toContain("pods                                            []                  []               [get list watch]");
});

test("describe prints a Role's PolicyRule table and a RoleBinding's role and subjects", () => {
  const session = createSession({ scenario: "default", seed: 1 });
  session.run("kubectl create role pod-reader --verb=get,list,watch --resource=pods,deployments");
  session.run("kubectl create rolebinding read-pods --role=pod-reader --serviceaccount=default:reader --user=jane");
  expect(session.run("kubectl describe role pod-reader").stdout).toBe(
    "Name:         pod-reader\nLabels:       <none>\nAnnotations:  <none>\nPolicyRule:\n" +
      "  Resources         Non-Resource URLs  Resource Names  Verbs\n" +
      "  ---------         -----------------  --------------  -----\n" +
      "  deployments.apps  []                 []              [get list watch]\n" +
      "  pods              []                 []              [get list watch]\n",
  );
  expect(session.run("kubectl describe rolebinding read-pods").stdout).toBe(
    "Name:         read-pods\nLabels:       <none>\nAnnotations:  <none>\nRole:\n  Kind:  Role\n  Name:  pod-reader\nSubjects:\n" +
      "  Kind            Name    Namespace\n  ----            ----    ---------\n  User            jane    \n  ServiceAccount  reader  default\n",
  );
});

test("describe networkpolicy shows the selected pods and the allowed ingress", () => {
  const session = createSession({ scenario: "default", seed: 1 });
  session.shell.fs.write(
    "np.yaml",
    "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: api-from-frontend\nspec:\n  podSelector:\n    matchLabels:\n      app: api\n  policyTypes: [Ingress]\n  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              role: frontend\n      ports:\n        - protocol: TCP\n          port: 80\n",
  );
  session.run("kubectl apply -f np.yaml");
  expect(session.run("kubectl describe networkpolicy api-from-frontend").stdout).toBe(
    "Name:         api-from-frontend\nNamespace:    default\nCreated on:   2025-01-01 00:00:00 +0000 UTC\nLabels:       <none>\nAnnotations:  <none>\nSpec:\n" +
      "  PodSelector:     app=api\n  Allowing ingress traffic:\n    To Port: 80/TCP\n    From:\n      PodSelector: role=frontend\n  Not affecting egress traffic\n  Policy Types: Ingress\n",
  );
});

test("the ha cluster is reached through its load balancer and the first control-plane node holds the leader Leases", () => {
  const session = createSession({ scenario: "ha", seed: 1 });
  expect(session.run("kubectl cluster-info").stdout.split("\n")[0]).toBe("Kubernetes control plane is running at https://192.168.56.100:6443");
  expect(session.run("kubectl config view").stdout).toContain("server: https://192.168.56.100:6443");
  const leases = session.run("kubectl get leases -n kube-system").stdout.split("\n");
  expect(leases[1]).toMatch(/^kube-controller-manager\s+controlplane01_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\s+60s$/);
  expect(leases[2]).toMatch(/^kube-scheduler\s+controlplane01_/);
  const before = session.run("kubectl get lease kube-scheduler -n kube-system -o jsonpath={.spec.renewTime}").stdout;
  session.run("sleep 2");
  expect(session.run("kubectl get lease kube-scheduler -n kube-system -o jsonpath={.spec.renewTime}").stdout).not.toBe(before);
});

test("every cluster runs Flannel as a DaemonSet in kube-flannel, configured with the cluster's pod CIDR", () => {
  const session = createSession({ scenario: "default", seed: 1 });
  expect(session.run("kubectl get ds -n kube-flannel").stdout).toMatch(/^NAME\s+DESIRED\s+CURRENT\s+READY.*\nkube-flannel-ds\s+3\s+3\s+3\s/);
  expect(session.run("kubectl get cm kube-flannel-cfg -n kube-flannel -o yaml").stdout).toContain('"Network": "10.244.0.0/16"');
});

test("describe ingress lists each rule's host, paths and backends with their endpoints", () => {
  const session = createSession({ scenario: "default", seed: 1 });
  session.run("kubectl create deployment web --image=nginx --replicas=2");
  session.run("kubectl expose deployment web --port=80");
  session.run("sleep 20");
  session.shell.fs.write(
    "ing.yaml",
    "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  ingressClassName: nginx\n  rules:\n    - host: shop.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: web\n                port:\n                  number: 80\n",
  );
  session.run("kubectl apply -f ing.yaml");
  const lines = session.run("kubectl describe ingress web").stdout.split("\n");
  expect(lines.slice(4, 11)).toEqual([
    "Ingress Class:    nginx",
    "Default backend:  <default>",
    "Rules:",
    "  Host              Path  Backends",
    "  ----              ----  --------",
    "  shop.example.com  ",
    expect.stringMatching(/^ {20}\/ {3}web:80 \(10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80\)$/),
  ]);
});
