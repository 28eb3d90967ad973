import pg from "pg";

// PostgreSQL catalog types the WASM schema engine cannot deserialize through adapter-pg
// (prisma/orm#27403): `"char"` (oid 18) and `name` (oid 19). Their values are plain text,
// so reporting them as `text` (oid 25) is lossless. Used only by the Prisma CLI process.
const CATALOG_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

type FieldLike = { dataTypeID: number };
type ResultLike = { fields?: FieldLike[] };

function reportCatalogTypesAsText<T>(result: T): T {
  const fields = (result as ResultLike | undefined)?.fields;
  if (fields) {
    for (const field of fields) {
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

export class CatalogAsTextClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has a dozen overloads; we pass them through.
  override query(...args: any[]): any {
    // pg-pool calls query(text, values, callback): wrap the callback as well as the promise.
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (err: Error | null, res: unknown) => callback(err, reportCatalogTypesAsText(res));
    }
    // biome-ignore lint/suspicious/noExplicitAny: see above
    const result = (pg.Client.prototype.query as any).apply(this, args);
    if (result && typeof result.then === "function") return result.then(reportCatalogTypesAsText);
    return result;
  }
}
