import { Arrow, Box, DiagramFrame, Label, Region } from "./svg-parts";

const ID = "cloud-controller";

export function CloudControllerDiagram() {
  return (
    <DiagramFrame
      id={ID}
      width={800}
      height={350}
      title="The cloud controller manager between the API server and a cloud provider"
      desc="The cloud-controller-manager watches the API server and runs three controllers. The node controller labels new Node objects with provider ID, zone and instance type, and deletes Nodes whose virtual machines are gone. The route controller programs the cloud's route table so each node's pod CIDR is reachable. The service controller creates a cloud load balancer for every Service of type LoadBalancer and writes its address back into the Service status. Storage is not on this list: volumes are handled by CSI drivers."
    >
      <Box x={20} y={140} w={150} h={60} label="kube-apiserver" sub="Nodes, Services" />
      <Region x={200} y={20} w={300} h={310} label="cloud-controller-manager" accent />
      <Box x={225} y={60} w={250} h={60} label="node controller" sub={["providerID, zone, instance type", "delete Node when VM is gone"]} />
      <Box x={225} y={140} w={250} h={60} label="route controller" sub="pod CIDR routes (some clouds)" />
      <Box x={225} y={220} w={250} h={60} label="service controller" sub={["type: LoadBalancer →", "create LB, write status IP"]} tone="accent" />
      <Arrow id={ID} from={[170, 170]} to={[222, 170]} both label="watch / update" labelOffset={[0, -10]} />
      <Region x={530} y={20} w={260} h={310} label="Cloud provider API" />
      <Box x={555} y={60} w={210} h={60} label="virtual machines" sub="instance metadata" />
      <Box x={555} y={140} w={210} h={60} label="VPC route tables" />
      <Box x={555} y={220} w={210} h={60} label="load balancers" sub="203.0.113.10 → node ports" tone="accent" />
      <Arrow id={ID} from={[475, 90]} to={[553, 90]} />
      <Arrow id={ID} from={[475, 170]} to={[553, 170]} />
      <Arrow id={ID} from={[475, 250]} to={[553, 250]} accent />
      <Label x={20} y={300} muted>Volumes: CSI drivers,</Label>
      <Label x={20} y={318} muted>not the CCM.</Label>
    </DiagramFrame>
  );
}
