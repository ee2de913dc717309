import { expect, test } from "vitest";
import { createSession } from "../../../session/session";

function onNode01(setup: string[] = []) {
  const session = createSession({ scenario: "default", seed: 7 });
  for (const line of setup) session.run(line);
  session.run("ssh node01");
  return session;
}

test("journalctl -u kubelet starts with the unit starting and the node registering", () => {
  const lines = onNode01().run("journalctl -u kubelet").stdout.split("\n");
  expect(lines.slice(0, 4)).toEqual([
    "Dec 31 23:59:00 node01 systemd[1]: Started kubelet.service - kubelet: The Kubernetes Node Agent.",
    'Dec 31 23:59:00 node01 kubelet[1021]: I1231 23:59:00.000000    1021 server.go:530] "Kubelet version" kubeletVersion="v1.33.1"',
    'Dec 31 23:59:00 node01 kubelet[1021]: I1231 23:59:00.000000    1021 kubelet_node_status.go:75] "Attempting to register node" node="node01"',
    'Dec 31 23:59:00 node01 kubelet[1021]: I1231 23:59:00.000000    1021 kubelet_node_status.go:78] "Successfully registered node" node="node01"',
  ]);
});

test("journalctl -u kubelet ends with systemd stopping it at its last heartbeat", () => {
  const session = onNode01(["sleep 20", "sim node stop node01", "sleep 60"]);
  expect(session.run("journalctl -u kubelet -n 3").stdout).toBe(
    "Jan 01 00:00:20 node01 systemd[1]: Stopping kubelet.service - kubelet: The Kubernetes Node Agent...\n" +
      "Jan 01 00:00:20 node01 systemd[1]: kubelet.service: Deactivated successfully.\n" +
      "Jan 01 00:00:20 node01 systemd[1]: Stopped kubelet.service - kubelet: The Kubernetes Node Agent.\n",
  );
  expect(session.shell.host()).toBe("node01");
});

test("ssh still reaches a node whose kubelet stopped, but not a node cut off the network", () => {
  const session = createSession({ scenario: "default", seed: 7 });
  session.run("sim node stop node01");
  session.run("sim node partition node02");
  session.run("sleep 90");
  expect(session.run("ssh node02").stderr).toBe("ssh: connect to host node02 port 22: No route to host\n");
  expect(session.run("ssh node01").exitCode).toBe(0);
});

test("ps aux lists the kubelet while it runs and each pod's pause and container processes", () => {
  const session = onNode01();
  const out = session.run("ps aux").stdout.split("\n");
  expect(out[0]).toBe("USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND");
  expect(out.filter((l) => l.endsWith(" /pause")).length).toBe(session.run("crictl pods -q").stdout.trim().split("\n").length);
  expect(session.run("ps aux | grep -c /usr/bin/kubelet").stdout).toBe("1\n");
  session.run("exit");
  session.run("sim node stop node01");
  session.run("ssh node01");
  expect(session.run("ps aux | grep -c /usr/bin/kubelet").stdout).toBe("0\n");
});

test("crictl exec runs the read-only programs in a running container", () => {
  const session = createSession({ scenario: "default", seed: 7 });
  session.run("kubectl run web --image=nginx");
  session.run("sleep 20");
  session.run(`ssh ${session.run("kubectl get pod web -o jsonpath={.spec.nodeName}").stdout}`);
  const id = session.run("crictl ps --name web -q").stdout.trim();
  expect(session.run(`crictl exec -it ${id.slice(0, 13)} hostname`).stdout).toBe("web\n");
  expect(session.run("crictl exec 0000 hostname").stderr).toBe('FATA[0000] execing command in container: rpc error: code = NotFound desc = an error occurred when try to find container "0000": not found\n');
});

test("the Docker host shows dockerd and its containers in ps, docker0 and a veth in ip addr, Docker's NAT rules, and reaches its bridge", () => {
  const session = createSession({ scenario: "docker", seed: 7 });
  session.run("docker run -d --name web -p 8080:80 nginx");
  const ps = session.run("ps aux").stdout;
  expect(ps).toContain("/usr/bin/dockerd -H fd://");
  expect(ps).toContain("nginx: master process nginx -g daemon off;");
  expect(ps.split("\n").filter((l) => l.startsWith("systemd+") && l.endsWith("nginx: worker process")).length).toBe(2);
  expect(ps).not.toContain("kubelet");
  const addr = session.run("ip addr").stdout;
  expect(addr).toContain("inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0");
  expect(addr).toMatch(/veth[0-9a-f]{7}@if2: .* master docker0 state UP/);
  const nat = session.run("iptables -t nat -S").stdout;
  expect(nat).toContain("-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE");
  expect(nat).toContain("-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80");
  expect(nat).not.toContain("KUBE-");
  const curl = session.run("curl 172.17.0.2");
  expect([curl.exitCode, curl.stdout.includes("Welcome to nginx!")]).toEqual([0, true]);
});
