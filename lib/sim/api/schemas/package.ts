// The compact form the field schemas are written in, and the shared metadata types (meta/v1, Quantity,
// IntOrString) every group refers to. Descriptions paraphrase the Kubernetes 1.33 API reference.

/** type: a primitive (string, integer, boolean, number), a type name, `[]T` or `map[string]T`; d: description. */
export type FieldDef = [type: string, d: string, extra?: { req?: true; e?: string[] }];

/** A type: its description and fields; `t` gives the JSON type of a type without fields (Time is a string). */
export type TypeDef = { d: string; f?: Record<string, FieldDef>; t?: string };

/** Types named under one schema prefix, such as io.k8s.api.core.v1. */
export type Package = { prefix: string; types: Record<string, TypeDef> };

export const COMMON: Record<"apiVersion" | "kind" | "metadata", FieldDef> = {
  apiVersion: ["string", "The versioned schema of this object, as group/version (v1 for the core group). The server may convert it to another version it serves."],
  kind: ["string", "The REST kind of this object, in CamelCase. Set by the client, read-only on the server."],
  metadata: ["ObjectMeta", "Standard object metadata: name, namespace, labels, annotations, owner references and server-set fields."],
};

export const META: Package = {
  prefix: "io.k8s.apimachinery.pkg.apis.meta.v1",
  types: {
    ObjectMeta: {
      d: "Metadata every persisted object has.",
      f: {
        annotations: ["map[string]string", "Unstructured key-value data for tools and people; not used to select objects."],
        creationTimestamp: ["Time", "When the server created the object. Read-only."],
        deletionGracePeriodSeconds: ["integer", "Seconds the object is given to terminate once deletion was requested. Read-only."],
        deletionTimestamp: ["Time", "When the object will be deleted; set by the server when deletion is requested. Read-only."],
        finalizers: ["[]string", "Keys that must be removed before the object is deleted from the store."],
        generateName: ["string", "A prefix the server completes with a random suffix when name is empty."],
        generation: ["integer", "A sequence number of the desired state, raised by the server on spec changes. Read-only."],
        labels: ["map[string]string", "Key-value pairs used to organize and select objects."],
        managedFields: ["[]ManagedFieldsEntry", "Which field manager set which fields, for server-side apply."],
        name: ["string", "The object's name, unique per kind within its namespace."],
        namespace: ["string", "The namespace the object lives in; empty for cluster-scoped kinds."],
        ownerReferences: ["[]OwnerReference", "The objects this object depends on; it is garbage collected when they are all gone."],
        resourceVersion: ["string", "An opaque version of the object, used for optimistic concurrency and watches. Read-only."],
        uid: ["string", "A unique ID the server gives the object for its lifetime. Read-only."],
      },
    },
    OwnerReference: {
      d: "Identifies an owner of an object, in the same namespace.",
      f: {
        apiVersion: ["string", "The owner's API version.", { req: true }],
        blockOwnerDeletion: ["boolean", "With foreground deletion, the owner is not removed before this object."],
        controller: ["boolean", "Whether this owner is the managing controller."],
        kind: ["string", "The owner's kind.", { req: true }],
        name: ["string", "The owner's name.", { req: true }],
        uid: ["string", "The owner's UID.", { req: true }],
      },
    },
    ManagedFieldsEntry: {
      d: "The fields one manager owns, for server-side apply.",
      f: {
        apiVersion: ["string", "The version the fields are written in."],
        fieldsType: ["string", "The format of fieldsV1."],
        manager: ["string", "The field manager's name."],
        operation: ["string", "Apply or Update."],
        time: ["Time", "When the entry was last changed."],
      },
    },
    LabelSelector: {
      d: "A label query; the requirements are ANDed. An empty selector matches everything, a null one nothing.",
      f: {
        matchExpressions: ["[]LabelSelectorRequirement", "Requirements on label values."],
        matchLabels: ["map[string]string", "Labels that must be present with these values."],
      },
    },
    LabelSelectorRequirement: {
      d: "A key, an operator and values.",
      f: {
        key: ["string", "The label key.", { req: true }],
        operator: ["string", "In, NotIn, Exists or DoesNotExist.", { req: true }],
        values: ["[]string", "The values; must be empty for Exists and DoesNotExist."],
      },
    },
    Condition: {
      d: "One aspect of an object's current state.",
      f: {
        lastTransitionTime: ["Time", "When the condition last changed status.", { req: true }],
        message: ["string", "Details about the transition.", { req: true }],
        observedGeneration: ["integer", "The generation the condition was set for."],
        reason: ["string", "A CamelCase reason for the last transition.", { req: true }],
        status: ["string", "True, False or Unknown.", { req: true }],
        type: ["string", "The condition's type.", { req: true }],
      },
    },
    Time: { d: "A timestamp in RFC 3339 form, with seconds.", t: "string" },
    MicroTime: { d: "A timestamp in RFC 3339 form, with microseconds.", t: "string" },
  },
};

/** Types outside meta/v1 that keep their own schema names. */
export const SCALARS: Package[] = [
  { prefix: "io.k8s.apimachinery.pkg.api.resource", types: { Quantity: { d: "A fixed-point amount with a unit suffix, such as 500m (CPU) or 128Mi (memory)." } } },
  { prefix: "io.k8s.apimachinery.pkg.util.intstr", types: { IntOrString: { d: "Either an integer or a string, such as a port number or a port name." } } },
];
