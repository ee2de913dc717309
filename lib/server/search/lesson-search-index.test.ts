import { expect, test } from "vitest";

import { buildSearchIndex, loadSearchIndex, toSearchDocuments } from "./lesson-search-index";
import { snippetOf } from "./search-lessons";

const lessons = [
  {
    slug: "kube-proxy-and-services",
    title: "kube-proxy and Services",
    summary: "Virtual IPs and the rules behind them.",
    sections: [
      { id: "", heading: "", text: "" },
      { id: "iptables-rules", heading: "iptables rules", text: "kube-proxy writes NAT rules for every Service." },
    ],
  },
  { slug: "etcd", title: "etcd", summary: "The key-value store.", sections: [{ id: "quorum", heading: "Quorum", text: "A majority of members must agree." }] },
];

test("a serialised index finds a section by its text and links to its heading", () => {
  const index = loadSearchIndex(buildSearchIndex(toSearchDocuments(lessons)));
  const hits = index.search("nat rules");
  expect(hits[0]?.id).toBe("kube-proxy-and-services#iptables-rules");
  expect(index.search("majority")[0]?.id).toBe("etcd#quorum");
});

test("the lesson title is searchable by prefix", () => {
  const index = loadSearchIndex(buildSearchIndex(toSearchDocuments(lessons)));
  expect(index.search("kube-pro").map((h) => h.slug)).toContain("kube-proxy-and-services");
});

test("a snippet is cut around the first matched term", () => {
  const text = `${"a ".repeat(100)}the scheduler binds pods ${"b ".repeat(100)}`;
  const snippet = snippetOf(text, ["scheduler"]);
  expect(snippet.startsWith("…")).toBe(true);
  expect(snippet).toContain("the scheduler binds pods");
});
