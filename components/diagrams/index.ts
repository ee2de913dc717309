export { DockerHostDiagram } from "./docker-host-diagram";
export { PodAnatomyDiagram } from "./pod-anatomy-diagram";
