import { Arrow, Box, DiagramFrame, Label, Region } from "./svg-parts";

const ID = "reconcile-loop";

export function ReconcileLoopDiagram() {
  return (
    <DiagramFrame
      id={ID}
      width={800}
      height={380}
      title="Controllers: reconcile loops and the object chain"
      desc="Every controller repeats the same loop: observe the current state through watches on the API server, compare it with the desired state in the object's spec, and act through the API server to close the gap, then observe again. On the right, a Deployment named web with replicas 3 owns a ReplicaSet web-6d4cf56db6, created by the Deployment controller, which owns three pods created by the ReplicaSet controller. Owner references link them so that deleting the Deployment garbage-collects the rest."
    >
      <Region x={10} y={10} w={360} h={360} label="Every controller" accent />
      <Box x={120} y={50} w={140} h={56} label="Observe" sub="watch via API" tone="accent" />
      <Box x={220} y={170} w={130} h={56} label="Compare" sub="spec vs status" />
      <Box x={30} y={170} w={130} h={56} label="Act" sub="create / delete / update" />
      <Arrow id={ID} from={[240, 106]} to={[280, 168]} />
      <Arrow id={ID} from={[218, 198]} to={[162, 198]} />
      <Arrow id={ID} from={[95, 168]} to={[140, 108]} />
      <Box x={60} y={270} w={260} h={56} label="API server" sub="all reads and writes go here" />
      <Arrow id={ID} from={[95, 226]} to={[140, 268]} dashed />
      <Label x={190} y={350} anchor="middle" muted>Level-triggered: it re-reads state every time.</Label>

      <Region x={390} y={10} w={400} h={360} label="Who creates what" />
      <Box x={440} y={50} w={300} h={56} label="Deployment web" sub="replicas: 3, image nginx — written by you" tone="accent" />
      <Arrow id={ID} from={[590, 106]} to={[590, 142]} label="Deployment controller" labelOffset={[74, 4]} />
      <Box x={440} y={145} w={300} h={56} label="ReplicaSet web-6d4cf56db6" sub="ownerReferences → Deployment web" />
      <Arrow id={ID} from={[590, 201]} to={[590, 237]} label="ReplicaSet controller" labelOffset={[70, 4]} />
      <Box x={410} y={240} w={115} h={56} label="pod …-2xkqp" fontSize={12} sub="owner: RS" />
      <Box x={533} y={240} w={115} h={56} label="pod …-8hzrw" fontSize={12} sub="owner: RS" />
      <Box x={656} y={240} w={115} h={56} label="pod …-q7t5n" fontSize={12} sub="owner: RS" />
      <Label x={590} y={330} anchor="middle" muted>scheduler binds them · kubelets run them</Label>
      <Label x={590} y={350} anchor="middle" muted>delete the Deployment → garbage collector removes the rest</Label>
    </DiagramFrame>
  );
}
