import { expect, test } from "vitest";

import { createSession } from "../../session/session";

test("an Ingress is stored and listed with its hosts, and no address while no controller serves it", () => {
  const session = createSession({ scenario: "default", seed: 2 });
  session.run(`cat <<EOF > ingress.yaml
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /api
            pathType: Prefix
            backend:
              service:
                name: api
                port:
                  number: 80
EOF`);
  expect(session.run("kubectl apply -f ingress.yaml").stdout).toBe("ingress.networking.k8s.io/shop created\n");
  expect(session.run("kubectl get ingress").stdout).toBe(
    "NAME   CLASS    HOSTS              ADDRESS   PORTS   AGE\nshop   <none>   shop.example.com             80      0s\n",
  );
});
