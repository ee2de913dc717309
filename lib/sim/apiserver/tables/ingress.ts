/**
 * PURPOSE: `kubectl get ingress` and `kubectl get ingressclasses` columns.
 * MODELS: printIngress / printIngressClass in kubernetes pkg/printers/internalversion,
 * https://kubernetes.io/docs/concepts/services-networking/ingress/
 * NOT MODELLED: the "(default)" marker of a default IngressClass.
 */
import type { Ingress, IngressClass } from "../../api/types";
import { age, AGE_COLUMN, col, NAME_COLUMN, type TableHandler } from "./common";

function hosts(ing: Ingress): string {
  const list = (ing.spec.rules ?? []).map((r) => r.host).filter((h): h is string => Boolean(h));
  return list.length > 0 ? list.join(",") : "*";
}

function address(ing: Ingress): string {
  return (ing.status?.loadBalancer?.ingress ?? []).map((i) => i.ip ?? i.hostname ?? "").filter(Boolean).join(",");
}

export const ingressTable: TableHandler = {
  columns: [
    NAME_COLUMN,
    col("Class", "string", 0, "The name of the IngressClass resource that should be used for this Ingress."),
    col("Hosts", "string", 0, "Hosts that incoming requests are matched against before the ingress rule"),
    col("Address", "string", 0, "Address is a list containing ingress points for the load-balancer"),
    col("Ports", "string", 0, "Ports of TLS configurations that open"),
    AGE_COLUMN,
  ],
  row(o, now) {
    const ing = o as Ingress;
    return [
      ing.metadata.name ?? "",
      ing.spec.ingressClassName ?? "<none>",
      hosts(ing),
      address(ing),
      (ing.spec.tls ?? []).length > 0 ? "80, 443" : "80",
      age(ing.metadata.creationTimestamp, now),
    ];
  },
};

export const ingressClassTable: TableHandler = {
  columns: [NAME_COLUMN, col("Controller", "string", 0, "Controller that is responsible for handling this class"), col("Parameters", "string", 0, "A reference to a resource with additional parameters"), AGE_COLUMN],
  row: (o, now) => [o.metadata.name ?? "", (o as IngressClass).spec.controller ?? "", "<none>", age(o.metadata.creationTimestamp, now)],
};
