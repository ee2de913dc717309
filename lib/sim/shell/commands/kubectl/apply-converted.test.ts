import { expect, test } from "vitest";
import { createShell } from "../../index";
import { createTestCluster } from "../../test-cluster";

const V1_HPA = (target: number) => `apiVersion: autoscaling/v1
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: 1
  maxReplicas: 5
  targetCPUUtilizationPercentage: ${target}
`;

test("an autoscaling/v1 manifest is applied through the stored v2 object, and applied again with a change", () => {
  const shell = createShell({ cluster: createTestCluster() });
  shell.run(`cat <<EOF > hpa.yaml\n${V1_HPA(50)}EOF`);
  expect(shell.run("kubectl apply -f hpa.yaml")).toMatchObject({ stdout: "horizontalpodautoscaler.autoscaling/web created\n", exitCode: 0 });
  const target = "kubectl get hpa web -o jsonpath={.spec.metrics[0].resource.target.averageUtilization}";
  expect(shell.run(target).stdout).toBe("50");
  expect(shell.run("kubectl apply -f hpa.yaml").stdout).toBe("horizontalpodautoscaler.autoscaling/web unchanged\n");
  shell.run(`cat <<EOF > hpa.yaml\n${V1_HPA(70)}EOF`);
  expect(shell.run("kubectl apply -f hpa.yaml").stdout).toBe("horizontalpodautoscaler.autoscaling/web configured\n");
  expect(shell.run(target).stdout).toBe("70");
  expect(shell.run("kubectl get hpa web -o jsonpath='{.metadata.annotations.kubectl\\.kubernetes\\.io/last-applied-configuration}'").stdout).toContain('"apiVersion":"autoscaling/v1"');
  expect(shell.run("kubectl apply -f hpa.yaml -o jsonpath={.spec.targetCPUUtilizationPercentage}").stdout).toBe("70");
});

test("kubectl create -f takes an autoscaling/v1 manifest too", () => {
  const shell = createShell({ cluster: createTestCluster() });
  shell.run(`cat <<EOF > hpa.yaml\n${V1_HPA(60)}EOF`);
  expect(shell.run("kubectl create -f hpa.yaml")).toMatchObject({ stdout: "horizontalpodautoscaler.autoscaling/web created\n", exitCode: 0 });
  expect(shell.run("kubectl get hpa web -o jsonpath={.spec.maxReplicas}/{.spec.metrics[0].resource.target.averageUtilization}").stdout).toBe("5/60");
});
