export { DockerHostDiagram } from "./docker-host-diagram";
