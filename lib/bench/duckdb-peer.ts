/**
 * The peer engine of the benchmark: DuckDB (in-memory, default threads),
 * loading the same JSON-lines file into a table with the columns the
 * standard queries need, derived the way lib/cloudtrail normalises them.
 */
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { processCpuMs } from "./timing";

/** One result row as DuckDB's JS conversion returns it (BIGINT → bigint, VARCHAR → string). */
export type PeerRow = unknown[];

/**
 * The JSON fields behind every column our index holds (lib/cloudtrail/fields.ts),
 * so the peer's load builds the same table ours does: same file, same columns.
 */
const INDEXED_JSON_COLUMNS = `{
  eventVersion: 'VARCHAR',
  eventTime: 'TIMESTAMP',
  eventSource: 'VARCHAR',
  eventName: 'VARCHAR',
  eventType: 'VARCHAR',
  eventCategory: 'VARCHAR',
  eventID: 'VARCHAR',
  awsRegion: 'VARCHAR',
  sourceIPAddress: 'VARCHAR',
  userAgent: 'VARCHAR',
  errorCode: 'VARCHAR',
  errorMessage: 'VARCHAR',
  readOnly: 'BOOLEAN',
  recipientAccountId: 'VARCHAR',
  demo_id: 'VARCHAR',
  userIdentity: 'STRUCT(type VARCHAR, principalId VARCHAR, arn VARCHAR, accountId VARCHAR, accessKeyId VARCHAR, userName VARCHAR, invokedBy VARCHAR, sessionContext STRUCT(sessionIssuer STRUCT(userName VARCHAR, arn VARCHAR), attributes STRUCT(mfaAuthenticated VARCHAR)))',
  requestParameters: 'STRUCT(bucketName VARCHAR, "key" VARCHAR, userName VARCHAR, policyArn VARCHAR, roleName VARCHAR)',
  additionalEventData: 'STRUCT(bytesTransferredOut DOUBLE, bytesTransferredIn DOUBLE, MFAUsed VARCHAR)'
}`;

/** Only the fields the six queries read: DuckDB's fastest honest load, reported beside the same-columns load. */
const QUERIED_JSON_COLUMNS = `{
  eventTime: 'TIMESTAMP',
  eventName: 'VARCHAR',
  eventSource: 'VARCHAR',
  awsRegion: 'VARCHAR',
  sourceIPAddress: 'VARCHAR',
  errorCode: 'VARCHAR',
  readOnly: 'BOOLEAN',
  userIdentity: 'STRUCT(type VARCHAR, userName VARCHAR, invokedBy VARCHAR, sessionContext STRUCT(sessionIssuer STRUCT(userName VARCHAR)))',
  requestParameters: 'STRUCT(bucketName VARCHAR)'
}`;

/**
 * The acting principal as lib/cloudtrail/identity.ts resolves it for
 * complete records: the role behind an assumed-role session, "root" for the
 * root user, the calling service (else the event source) for AWS services,
 * else the user name. Its fallbacks for partial records are not mirrored;
 * the answer cross-check would catch data that needs them.
 */
const PRINCIPAL_SQL = `coalesce(CASE userIdentity.type
    WHEN 'AssumedRole' THEN userIdentity.sessionContext.sessionIssuer.userName
    WHEN 'Root' THEN 'root'
    WHEN 'AWSService' THEN coalesce(nullif(userIdentity.invokedBy, ''), eventSource)
    ELSE userIdentity.userName
  END, '')`;

/**
 * Which columns the peer loads: the same ones our index holds (default), only those the queries read, the
 * whole file as DuckDB infers it (`SELECT *`; sample_size=-1 because records differ in shape and a sampled
 * schema rejects later records, so DuckDB reads every record once to infer the schema and again to load it),
 * or the whole file with that inferred schema given up front (one read: the load alone, without the inference).
 */
export type PeerLoad = "indexed" | "queried" | "full" | "full-known-schema";

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/**
 * The load statement: strings absent in a record become "" like our columns, hour is UTC like ours.
 * `columns` (a DuckDB struct literal of column types, see inferredColumns) is required for "full-known-schema".
 */
export function loadSql(path: string, load: PeerLoad = "indexed", columns?: string): string {
  const file = sqlString(path);
  const queried = `eventTime AS ts,
  hour(eventTime) AS hour,
  coalesce(eventName, '') AS eventName,
  coalesce(eventSource, '') AS eventSource,
  ${PRINCIPAL_SQL} AS principal,
  coalesce(requestParameters.bucketName, '') AS bucket,
  coalesce(errorCode, '') AS errorCode,
  readOnly,
  coalesce(awsRegion, '') AS region,
  coalesce(sourceIPAddress, '') AS sourceIp`;
  if (load === "full") return `CREATE OR REPLACE TABLE t_full AS SELECT * FROM read_json(${file}, format = 'newline_delimited', sample_size = -1)`;
  if (load === "full-known-schema") {
    if (!columns) throw new Error("the full-known-schema load needs the file's columns (inferredColumns)");
    return `CREATE OR REPLACE TABLE t_full AS SELECT * FROM read_json(${file}, format = 'newline_delimited', columns = ${columns})`;
  }
  if (load === "queried") return `CREATE OR REPLACE TABLE t AS SELECT\n  ${queried}\nFROM read_json(${file}, format = 'newline_delimited', columns = ${QUERIED_JSON_COLUMNS})`;
  return `CREATE OR REPLACE TABLE t AS SELECT
  ${queried},
  coalesce(eventID, '') AS eventId,
  coalesce(eventType, '') AS eventType,
  coalesce(eventCategory, '') AS eventCategory,
  coalesce(eventVersion, '') AS eventVersion,
  coalesce(userIdentity.type, '') AS identityType,
  coalesce(userIdentity.userName, '') AS userName,
  coalesce(CASE WHEN userIdentity.type = 'AssumedRole' THEN userIdentity.sessionContext.sessionIssuer.arn ELSE userIdentity.arn END, '') AS principalArn,
  coalesce(CASE WHEN userIdentity.type = 'AssumedRole' THEN split_part(userIdentity.arn, '/', 3) END, '') AS sessionName,
  coalesce(userIdentity.invokedBy, '') AS invokedBy,
  coalesce(userIdentity.accessKeyId, '') AS accessKeyId,
  coalesce(userIdentity.accountId, recipientAccountId, '') AS accountId,
  coalesce(recipientAccountId, '') AS recipientAccountId,
  coalesce(userAgent, '') AS userAgent,
  coalesce(errorMessage, '') AS errorMessage,
  coalesce(userIdentity.sessionContext.attributes.mfaAuthenticated, CASE additionalEventData.MFAUsed WHEN 'Yes' THEN 'true' WHEN 'No' THEN 'false' END, '') AS mfa,
  coalesce(requestParameters."key", '') AS objectKey,
  coalesce(requestParameters.userName, '') AS targetUser,
  coalesce(requestParameters.policyArn, '') AS policyArn,
  coalesce(requestParameters.roleName, '') AS roleName,
  additionalEventData.bytesTransferredOut AS bytesOut,
  additionalEventData.bytesTransferredIn AS bytesIn,
  coalesce(demo_id, '') AS demo_id
FROM read_json(${file}, format = 'newline_delimited', columns = ${INDEXED_JSON_COLUMNS})`;
}

/** A DuckDB in-memory database holding one benchmark table `t`. */
export class DuckDbPeer {
  readonly name = "duckdb";

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
  ) {}

  /** A fresh in-memory database with DuckDB's default settings (threads = cores). */
  static async open(): Promise<DuckDbPeer> {
    const instance = await DuckDBInstance.create(":memory:");
    return new DuckDbPeer(instance, await instance.connect());
  }

  /**
   * The schema DuckDB infers from every record of the file, as a struct literal for read_json's `columns`
   * (one full read of the file).
   */
  async inferredColumns(path: string): Promise<string> {
    const rows = await this.query(`DESCRIBE SELECT * FROM read_json(${sqlString(path)}, format = 'newline_delimited', sample_size = -1)`);
    return `{${rows.map((r) => `${sqlString(String(r[0]))}: ${sqlString(String(r[1]))}`).join(", ")}}`;
  }

  /**
   * Loads the JSON-lines file into `t` (the whole-file loads: `t_full`, then dropped); returns the load's wall
   * time, the CPU time of the process during it (DuckDB's threads all count), and the row count.
   */
  async load(path: string, load: PeerLoad = "indexed", columns?: string): Promise<{ ms: number; cpuMs: number; rows: number }> {
    const sql = loadSql(path, load, columns);
    const whole = load === "full" || load === "full-known-schema";
    const cpu0 = processCpuMs();
    const t0 = performance.now();
    await this.conn.run(sql);
    const ms = performance.now() - t0;
    const cpuMs = processCpuMs() - cpu0;
    const [[rows]] = await this.query(whole ? "SELECT count(*) FROM t_full" : "SELECT count(*) FROM t");
    // The full table only measures the load; drop it so it does not sit beside `t` during the queries.
    if (whole) await this.conn.run("DROP TABLE t_full");
    return { ms, cpuMs, rows: Number(rows) };
  }

  /** Runs a query and materialises its rows as JS values (part of the timed work: a caller needs the rows). */
  async query(sql: string): Promise<PeerRow[]> {
    const reader = await this.conn.runAndReadAll(sql);
    return reader.getRowsJS();
  }

  /** Releases the connection and the database. */
  close(): void {
    this.conn.closeSync();
    this.instance.closeSync();
  }
}
