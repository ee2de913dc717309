/**
 * PURPOSE: `kubectl explain TYPE[.field...]`: the description and fields of a kind or of a field path,
 * rendered from the same OpenAPI schemas the simulated API server serves at /openapi/v3, so the shell
 * and the real kubectl against that server print the same text.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_explain/
 * NOT MODELLED: --output=plaintext-openapiv2, kinds of metrics.k8s.io.
 */
import { findResource } from "../../../api/resources";
import { schemaComponents } from "../../../api/schemas/documents";
import { explainText } from "../../../api/schemas/explain-text";
import { KubectlError, type KubectlCommand } from "./command";
import { flagBool, flagString } from "./flags";

export const explainCommand: KubectlCommand = {
  path: "explain",
  flags: [{ name: "recursive", type: "bool" }, { name: "api-version", type: "string" }, { name: "output", type: "string" }],
  run(flags, _env, io) {
    const arg = flags.args[0];
    if (arg === undefined) throw new KubectlError('You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.');
    const [type, ...path] = arg.split(".");
    const info = findResource(type);
    if (!info) {
      // explain reports the mapper's failure as it is, without kubectl's "error: " prefix.
      io.err(`the server doesn't have a resource type "${type}"\n`);
      return 1;
    }
    const requested = flagString(flags, "api-version");
    const version = requested ? requested.split("/").pop() ?? info.version : info.version;
    const schemas = schemaComponents(info.group, version);
    if (!schemas) throw new KubectlError(`couldn't find resource for "${info.group ? `${info.group}/` : ""}${version}, Resource=${info.resource}"`);
    const result = explainText({ components: { schemas } }, { group: info.group, kind: info.kind, version }, path, flagBool(flags, "recursive"));
    io.out(result.text);
    if (!result.ok) throw new KubectlError(result.error);
    return 0;
  },
};
