import pg from "pg";

// Catalog columns of type `name` (OID 19) and `"char"` (OID 18) cannot be
// deserialized by Prisma 6's pg adapter (prisma/prisma#27403); Prisma's own
// migration queries read them. Reporting them as `text` (OID 25) is harmless:
// their values already arrive as strings.
const TEXT_OID = 25;
const UNMAPPED_OIDS = new Set([18, 19]);

type FieldsResult = { fields?: { dataTypeID: number }[] };

function relabelCatalogTypes<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results as FieldsResult[]) {
    for (const field of r?.fields ?? []) {
      if (UNMAPPED_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

type QueryFn = (...args: unknown[]) => unknown;

class CatalogSafeClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // query() has promise, callback and submittable forms; relabel results in the first two.
    const original = this.query.bind(this) as QueryFn;
    const query: QueryFn = (...params) => {
      const callback = params[params.length - 1];
      if (typeof callback === "function") {
        params[params.length - 1] = (err: unknown, result: unknown) => callback(err, err ? result : relabelCatalogTypes(result));
      }
      const out = original(...params);
      return out instanceof Promise ? out.then(relabelCatalogTypes) : out;
    };
    Object.assign(this, { query });
  }
}

export function createPgPool(connectionString: string, options: { max?: number } = {}): pg.Pool {
  return new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
    Client: CatalogSafeClient,
  });
}
