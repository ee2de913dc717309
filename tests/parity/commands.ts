// The parity script: kubectl commands over the lesson scenarios, compared between the shell and the
// real kubectl. `setup` lines build state through the shell only; `clientClock` marks commands whose
// output has ages kubectl computes from its own clock; `waits` marks commands that wait for the cluster.
import type { ParityStep } from "./parity-harness";

const API_V1 = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  labels:
    app: api
spec:
  replicas: 2
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
      - name: api
        image: nginx:1.27
        ports:
        - containerPort: 80
`;

// An autoscaler in the version older manifests use; the API server keeps it as autoscaling/v2.
const HPA_V1 = `apiVersion: autoscaling/v1
kind: HorizontalPodAutoscaler
metadata:
  name: web-v1
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: 1
  maxReplicas: 4
  targetCPUUtilizationPercentage: 60
`;

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: solo
  labels:
    run: solo
spec:
  containers:
  - name: solo
    image: busybox
    command: ["sleep", "3600"]
`;

const INVALID = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: broken
spec:
  replicas: 1
  selector:
    matchLabels:
      app: broken
  template:
    metadata:
      labels:
        app: other
    spec:
      containers:
      - name: broken
        image: nginx
`;

const c = (command: string): ParityStep => ({ command });
const clk = (command: string): ParityStep => ({ command, clientClock: true });
const setup = (line: string): ParityStep => ({ setup: line });
// kubectl delete waits until the object is gone, as the shell does in virtual time.
const del = (command: string): ParityStep => ({ command, waits: true });

const READ_THE_CLUSTER: ParityStep[] = [
  c("kubectl get nodes"),
  c("kubectl get nodes -o wide"),
  c("kubectl get nodes --show-labels"),
  c("kubectl get nodes -o name"),
  c("kubectl get nodes -o yaml"),
  c("kubectl get nodes -o json"),
  c("kubectl get node node01 -o jsonpath={.status.nodeInfo.kubeletVersion}"),
  c("kubectl get node node01 -o jsonpath={.status.addresses[0].address}"),
  c("kubectl get ns"),
  c("kubectl get ns kube-system -o yaml"),
  c("kubectl get pods -A"),
  c("kubectl get pods -A -o wide"),
  c("kubectl get pods -n kube-system"),
  c("kubectl get pods -n kube-system -o name"),
  c("kubectl get pods -n kube-system -l k8s-app=kube-dns"),
  c("kubectl get pods -n kube-system --field-selector spec.nodeName=node01"),
  c("kubectl get pods -n kube-system --sort-by=.metadata.name"),
  c("kubectl get pods -n kube-system -o custom-columns=NAME:.metadata.name,IP:.status.podIP"),
  c("kubectl get pods -n kube-system --no-headers"),
  c("kubectl get pods -n kube-system -l tier=control-plane -o wide"),
  c("kubectl get svc -A"),
  c("kubectl get svc -n kube-system kube-dns -o yaml"),
  c("kubectl get ds -A"),
  c("kubectl get ds -n kube-system -o wide"),
  c("kubectl get deploy -A"),
  c("kubectl get deploy -n kube-system -o wide"),
  c("kubectl get rs -A"),
  c("kubectl get cm -A"),
  c("kubectl get secrets -A"),
  c("kubectl get sa -A"),
  c("kubectl get endpointslices -A"),
  c("kubectl get leases -A"),
  c("kubectl get clusterroles"),
  c("kubectl get clusterrolebindings"),
  c("kubectl get clusterrolebindings -o wide"),
  c("kubectl get roles -A"),
  c("kubectl get rolebindings -A"),
  c("kubectl get events -A"),
  c("kubectl get all -A"),
  c("kubectl get all"),
  c("kubectl get pods"),
  c("kubectl get pods -A -l app=none"),
  c("kubectl get deploy,svc -n kube-system"),
  c("kubectl get pods,ds -n kube-system -o name"),
  c("kubectl api-resources"),
  c("kubectl api-resources --namespaced=true"),
  c("kubectl api-resources -o wide"),
  c("kubectl api-resources -o name"),
  c("kubectl api-resources --api-group=apps"),
  c("kubectl version"),
  clk("kubectl describe node node01"),
  clk("kubectl describe node controlplane"),
  clk("kubectl describe nodes"),
  clk("kubectl describe ns kube-system"),
  clk("kubectl describe pod -n kube-system -l k8s-app=kube-dns"),
  clk("kubectl describe pod -n kube-system etcd-controlplane"),
  clk("kubectl describe deploy -n kube-system coredns"),
  clk("kubectl describe svc -n kube-system kube-dns"),
  clk("kubectl describe ds -n kube-system kube-proxy"),
  clk("kubectl describe rs -n kube-system"),
  clk("kubectl describe cm -n kube-system coredns"),
  clk("kubectl describe sa default"),
  c("kubectl top nodes"),
  c("kubectl top node node01"),
  c("kubectl top pods -A"),
  c("kubectl top pods -n kube-system"),
];

const WORKLOADS: ParityStep[] = [
  c("kubectl create deployment web --image=nginx --replicas=3"),
  setup("sim advance 30s"),
  c("kubectl get deploy"),
  c("kubectl get deploy web -o wide"),
  c("kubectl get rs"),
  c("kubectl get rs -o wide"),
  c("kubectl get pods"),
  c("kubectl get pods -o wide"),
  c("kubectl get pods --show-labels"),
  c("kubectl get pods -l app=web -o name"),
  c("kubectl get deploy web -o yaml"),
  c("kubectl get deploy web -o json"),
  c("kubectl get deploy web -o jsonpath={.spec.replicas}"),
  c("kubectl get pods -o jsonpath={.items[*].spec.nodeName}"),
  clk("kubectl describe deploy web"),
  clk("kubectl describe rs"),
  clk("kubectl describe pods -l app=web"),
  c("kubectl scale deployment web --replicas=5"),
  setup("sim advance 20s"),
  c("kubectl get deploy web"),
  c("kubectl get pods"),
  c("kubectl scale deploy web --replicas=2"),
  c("kubectl get pods"),
  setup("sim advance 40s"),
  c("kubectl expose deployment web --port=80"),
  c("kubectl get svc"),
  c("kubectl get svc web -o yaml"),
  c("kubectl get svc web -o wide"),
  c("kubectl get endpointslices"),
  clk("kubectl describe svc web"),
  c("kubectl label deployment web tier=frontend"),
  c("kubectl label deployment web tier=backend"),
  c("kubectl label deployment web tier=backend --overwrite"),
  c("kubectl get deploy --show-labels"),
  c("kubectl label deployment web tier-"),
  c("kubectl annotate deployment web owner=team-a"),
  c("kubectl get deploy web -o jsonpath={.metadata.annotations.owner}"),
  c("kubectl annotate deployment web owner-"),
  c("kubectl label pods -l app=web env=lab"),
  c("kubectl get pods -L env"),
  c("kubectl set image deployment/web nginx=nginx:1.27"),
  setup("sim advance 90s"),
  { command: "kubectl rollout status deployment/web", waits: true },
  c("kubectl rollout history deployment/web"),
  c("kubectl get rs"),
  c("kubectl rollout undo deployment/web"),
  setup("sim advance 90s"),
  c("kubectl get deploy web -o wide"),
  c("kubectl autoscale deployment web --min=2 --max=5 --cpu-percent=50"),
  setup("sim advance 30s"),
  c("kubectl get hpa"),
  c("kubectl get hpa web -o yaml"),
  clk("kubectl describe hpa web"),
  { command: "kubectl apply -f hpa-v1.yaml", files: { "hpa-v1.yaml": HPA_V1 } },
  c("kubectl apply -f hpa-v1.yaml"),
  { command: "kubectl apply -f hpa-v1.yaml", files: { "hpa-v1.yaml": HPA_V1.replace("maxReplicas: 4", "maxReplicas: 6") } },
  c("kubectl get hpa web-v1 -o jsonpath={.spec.maxReplicas}/{.spec.metrics[0].resource.target.averageUtilization}"),
  del("kubectl delete hpa web-v1"),
  c("kubectl run nginx --image=nginx"),
  c("kubectl run nginx --image=nginx"),
  c("kubectl get pod nginx"),
  setup("sim advance 20s"),
  c("kubectl logs nginx"),
  c("kubectl logs nginx --tail=2"),
  c("kubectl logs pod/nginx -c nginx"),
  c("kubectl logs nope"),
  c("kubectl get pod nginx -o yaml"),
  clk("kubectl describe pod nginx"),
  c("kubectl top pods"),
  del("kubectl delete pod nginx"),
];

const CONFIG_AND_ACCESS: ParityStep[] = [
  c("kubectl create namespace dev"),
  c("kubectl get ns dev"),
  // One key: kubectl describe prints a ConfigMap's data in Go map order, which varies from run to run.
  c("kubectl create configmap app-config --from-literal=mode=prod -n dev"),
  c("kubectl get cm -n dev"),
  c("kubectl get cm app-config -n dev -o yaml"),
  clk("kubectl describe cm app-config -n dev"),
  c("kubectl create secret generic db --from-literal=password=s3cret -n dev"),
  c("kubectl get secret db -n dev -o yaml"),
  c("kubectl get secrets -n dev"),
  clk("kubectl describe secret db -n dev"),
  c("kubectl create serviceaccount robot -n dev"),
  c("kubectl get sa -n dev"),
  c("kubectl create role reader --verb=get,list --resource=pods -n dev"),
  c("kubectl create rolebinding reader-jane --role=reader --user=jane -n dev"),
  c("kubectl get role,rolebinding -n dev"),
  c("kubectl get rolebinding reader-jane -n dev -o wide"),
  clk("kubectl describe role reader -n dev"),
  clk("kubectl describe rolebinding reader-jane -n dev"),
  c("kubectl auth can-i list pods -n dev --as=jane"),
  c("kubectl auth can-i delete pods -n dev --as=jane"),
  c("kubectl auth can-i list pods --as=jane"),
  c("kubectl auth can-i create deployments"),
  c("kubectl auth can-i get pods -n dev --as=jane --as-group=devs"),
  c("kubectl get pods -n dev --as=jane"),
  c("kubectl get deploy -n dev --as=jane"),
  del("kubectl delete pod x -n dev --as=jane"),
  c("kubectl create clusterrole node-reader --verb=get,list --resource=nodes"),
  c("kubectl create clusterrolebinding node-reader-jane --clusterrole=node-reader --user=jane"),
  c("kubectl auth can-i list nodes --as=jane"),
  c("kubectl get nodes --as=jane"),
];

const MANIFESTS: ParityStep[] = [
  { command: "kubectl apply -f api.yaml", files: { "api.yaml": API_V1 } },
  c("kubectl apply -f api.yaml"),
  { command: "kubectl apply -f api.yaml", files: { "api.yaml": API_V1.replace("replicas: 2", "replicas: 3") } },
  setup("sim advance 30s"),
  c("kubectl get deploy api"),
  c("kubectl get deploy api -o jsonpath={.spec.replicas}"),
  { command: "kubectl create -f pod.yaml", files: { "pod.yaml": POD } },
  c("kubectl create -f pod.yaml"),
  c("kubectl get -f pod.yaml"),
  c("kubectl get -f pod.yaml -o name"),
  c("kubectl get -f missing.yaml"),
  setup("sim advance 20s"),
  c("kubectl get pod solo -o wide"),
  clk("kubectl describe -f pod.yaml"),
  del("kubectl delete -f pod.yaml"),
  { command: "kubectl apply -f broken.yaml", files: { "broken.yaml": INVALID } },
  c(`kubectl patch deployment api -p '{"spec":{"replicas":1}}'`),
  c(`kubectl patch deployment api --type=merge -p '{"metadata":{"labels":{"stage":"test"}}}'`),
  c(`kubectl patch deployment api --type=json -p '[{"op":"replace","path":"/spec/replicas","value":2}]'`),
  c(`kubectl patch deployment api -p '{"spec":{"replicas":2}}'`),
  c("kubectl patch deployment api -p notjson"),
  c("kubectl get deploy api --show-labels"),
  c("kubectl create deployment dry --image=nginx --dry-run=server"),
  c("kubectl get deploy dry"),
  c("kubectl create deployment dry --image=nginx --dry-run=client -o yaml"),
  c("kubectl run tmp --image=busybox --dry-run=client -o yaml"),
  c("kubectl delete deployment api --dry-run=server"),
  c("kubectl get deploy api"),
  del("kubectl delete deployment api"),
  c("kubectl get deploy"),
];

const NODES_AND_ERRORS: ParityStep[] = [
  c("kubectl cordon node02"),
  c("kubectl cordon node02"),
  c("kubectl get nodes"),
  c("kubectl uncordon node02"),
  c("kubectl taint nodes node02 dedicated=lab:NoSchedule"),
  clk("kubectl describe node node02"),
  c("kubectl taint nodes node02 dedicated=lab:NoSchedule-"),
  { command: "kubectl drain node01 --ignore-daemonsets --delete-emptydir-data", waits: true },
  c("kubectl get nodes"),
  c("kubectl get pods -o wide"),
  c("kubectl uncordon node01"),
  c("kubectl get deploy nope"),
  c("kubectl get pod nope"),
  del("kubectl delete pod nope"),
  c("kubectl get foo"),
  c("kubectl get pods -n nope"),
  c("kubectl scale deploy nope --replicas=1"),
  c("kubectl create deployment web --image=nginx"),
  c("kubectl expose deployment nope --port=80"),
  c("kubectl describe pod nope"),
  del("kubectl delete svc web"),
  del("kubectl delete hpa web"),
  del("kubectl delete deployment web"),
];

// explain reads the field schemas the served API publishes at /openapi/v3; the shell reads the same schemas.
const EXPLAIN: ParityStep[] = [
  c("kubectl explain pods"),
  c("kubectl explain pod.spec.containers"),
  c("kubectl explain pod.spec.restartPolicy"),
  c("kubectl explain deployment.spec.strategy"),
  c("kubectl explain svc.spec.type"),
  c("kubectl explain node.status.nodeInfo"),
  c("kubectl explain hpa.spec --recursive"),
  c("kubectl explain hpa --api-version=autoscaling/v1"),
  c("kubectl explain networkpolicy --recursive"),
  c("kubectl explain rolebinding.roleRef"),
  c("kubectl explain pod.spec.foo"),
  c("kubectl explain foo"),
];

export const PARITY_SCRIPT = {
  scenario: "default",
  seed: 7,
  k8sVersion: "1.32",
  steps: [...READ_THE_CLUSTER, ...WORKLOADS, ...CONFIG_AND_ACCESS, ...MANIFESTS, ...NODES_AND_ERRORS, ...EXPLAIN],
};
