export { DockerHostDiagram } from "./docker-host-diagram";
export { PodAnatomyDiagram } from "./pod-anatomy-diagram";
export { DockerVsKubernetesDiagram } from "./docker-vs-kubernetes-diagram";
export { ControlPlaneDiagram } from "./control-plane-diagram";
export { HaControlPlaneDiagram } from "./ha-control-plane-diagram";
export { ApiRequestPipelineDiagram } from "./api-request-pipeline-diagram";
export { EtcdQuorumDiagram } from "./etcd-quorum-diagram";
export { SchedulerCycleDiagram } from "./scheduler-cycle-diagram";
