/**
 * PURPOSE: every active namespace gets a `default` ServiceAccount and the
 * `kube-root-ca.crt` ConfigMap, as the serviceaccount controller and the root CA
 * publisher do.
 * MODELS: https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts
 * NOT MODELLED: token secrets, a real CA certificate.
 */
import type { ConfigMap, Namespace, ServiceAccount } from "../../api/types";
import { isAlreadyExists, isNotFound } from "../../core/errors";
import { type Controller, type ControllerContext } from "../shared/context";
import { objectKey } from "../shared/informer";
import { createWorkQueue } from "../shared/workqueue";

const FAKE_CA = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIBADAKBggqhkjOPQQDAjAVMRMwEQYDVQQDEwprdWJlcm5ldGVz\n-----END CERTIFICATE-----\n";

export function createServiceAccountController(ctx: ControllerContext): Controller {
  const { api, clock } = ctx;
  const namespaces = ctx.informers.informer<Namespace>("namespaces");
  const accounts = ctx.informers.informer<ServiceAccount>("serviceaccounts");
  const configmaps = ctx.informers.informer<ConfigMap>("configmaps");
  namespaces.addHandler((_t, o) => queue.add(objectKey(o)));
  accounts.addHandler((t, o) => {
    if (t === "DELETED" && o.metadata.name === "default") queue.add(o.metadata.namespace ?? "");
  });
  configmaps.addHandler((t, o) => {
    if (t === "DELETED" && o.metadata.name === "kube-root-ca.crt") queue.add(o.metadata.namespace ?? "");
  });

  function ensure(create: () => void): void {
    try {
      create();
    } catch (e) {
      if (!isAlreadyExists(e) && !isNotFound(e)) throw e;
    }
  }

  function reconcile(name: string): void {
    const ns = namespaces.get("", name);
    if (!ns || ns.metadata.deletionTimestamp) return;
    if (!accounts.get(name, "default")) {
      ensure(() => accounts.observe(api.create("serviceaccounts", { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "default", namespace: name } }, { namespace: name })));
    }
    if (!configmaps.get(name, "kube-root-ca.crt")) {
      ensure(() =>
        configmaps.observe(
          api.create(
            "configmaps",
            {
              apiVersion: "v1",
              kind: "ConfigMap",
              metadata: { name: "kube-root-ca.crt", namespace: name, annotations: { "kubernetes.io/description": "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters." } },
              data: { "ca.crt": FAKE_CA },
            },
            { namespace: name },
          ),
        ),
      );
    }
  }

  const queue = createWorkQueue({ clock, reconcile, name: "serviceaccount" });
  return { reconcile, stop: () => queue.stop() };
}
