export { DockerHostDiagram } from "./docker-host-diagram";
export { PodAnatomyDiagram } from "./pod-anatomy-diagram";
export { DockerVsKubernetesDiagram } from "./docker-vs-kubernetes-diagram";
