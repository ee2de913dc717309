import { Arrow, Box, DiagramFrame, Label, Region } from "./svg-parts";

const ID = "scheduler-cycle";

export function SchedulerCycleDiagram() {
  return (
    <DiagramFrame
      id={ID}
      width={800}
      height={360}
      title="One scheduling cycle: filter, score, bind"
      desc="A pod requesting 500m CPU enters the scheduling queue because it has no node. In the filter phase, controlplane is rejected because of its NoSchedule taint and node02 because its remaining allocatable CPU is too small; node01 and node03 pass. In the score phase node01 scores 71 and node03 scores 84. The scheduler then binds the pod to node03 by writing a Binding through the API server. If no node passed the filters, the pod would stay Pending with a FailedScheduling event."
    >
      <Box x={10} y={20} w={150} h={64} label="scheduling queue" sub={["pod web-x", "requests cpu 500m"]} tone="accent" />
      <Arrow id={ID} from={[160, 52]} to={[196, 52]} />
      <Region x={200} y={8} w={250} h={290} label="1 · Filter (feasible?)" />
      <Box x={215} y={42} w={220} h={44} label="controlplane ✕" sub="untolerated taint NoSchedule" tone="muted" fontSize={13} />
      <Box x={215} y={98} w={220} h={44} label="node01 ✓" sub="fits: 1200m free" fontSize={13} />
      <Box x={215} y={154} w={220} h={44} label="node02 ✕" sub="Insufficient cpu (300m free)" tone="muted" fontSize={13} />
      <Box x={215} y={210} w={220} h={44} label="node03 ✓" sub="fits: 2600m free" fontSize={13} />
      <Arrow id={ID} from={[450, 150]} to={[486, 150]} />
      <Region x={490} y={8} w={150} h={290} label="2 · Score" />
      <Box x={505} y={98} w={120} h={44} label="node01: 71" fontSize={13} />
      <Box x={505} y={210} w={120} h={44} label="node03: 84" tone="accent" fontSize={13} />
      <Arrow id={ID} from={[640, 232]} to={[666, 232]} />
      <Box x={668} y={195} w={122} h={74} label="3 · Bind" sub={["Binding →", "spec.nodeName", "= node03"]} tone="accent" fontSize={13} />
      <Label x={400} y={325} anchor="middle" muted>No feasible node → the pod stays Pending with a FailedScheduling event explaining each rejection.</Label>
      <Label x={400} y={345} anchor="middle" muted>Fit is judged on requests against allocatable, not on live usage.</Label>
    </DiagramFrame>
  );
}
