/**
 * FakeTShirtCo's people and services: who they are, when they work (relative
 * events per UTC hour) and what they do. The seed names alex.miller,
 * data-pipeline and order-processor-role; the rest is a realistic handful.
 */
import type { Action } from "./actions";
import { ARTIFACT_BUCKET, BACKUP_BUCKET, FINANCIAL_BUCKET, PROD_BUCKET, TRAIL_BUCKET } from "./catalog";
import type { DayInfo } from "./calendar";
import type { Caller } from "./events/envelope";
import { consoleIdentity, iamUserIdentity, roleIdentity, serviceIdentity, type IamUserDef, type RoleDef } from "./identities";
import { WeightedTable, type Rng } from "./rng";
import { awsCli, awsConsole, javaSdk, jsSdk, serviceAgent, type AgentFn } from "./user-agents";

export interface Actor {
  name: string;
  /** A human (works office hours) rather than automation. */
  person: boolean;
  /** Relative events per UTC hour (24 entries) on weekdays and on weekends. */
  weekday: readonly number[];
  weekend: readonly number[];
  /** What the actor does from 06:00 to 00:59, and from 01:00 to 05:59 (never an object read: the quiet hours stay quiet). */
  dayMix: WeightedTable<Action>;
  nightMix: WeightedTable<Action>;
  /** The caller of one call (identity, address, userAgent). */
  caller(day: DayInfo, action: Action, rng: Rng): Caller;
  /** The IAM user name, for calls about oneself. */
  self?: string;
}

/** alex.miller: a real employee whose long-term access key is stolen (see scenarios/exfil.ts). */
export const ALEX: IamUserDef = { userName: "alex.miller", principalId: "AIDAQ3T7LX5MILR2KPZ4E", accessKeyId: "AKIAQ3T7LX5MB6YH2WNC", sourceIp: "10.10.30.55" };
const MIKE: IamUserDef = { userName: "mike.chen", principalId: "AIDAQ3T7LX5CHN8VD2QJM", accessKeyId: "AKIAQ3T7LX5CR4PZ7KTA", sourceIp: "10.10.30.12" };
const SARAH: IamUserDef = { userName: "sarah.patel", principalId: "AIDAQ3T7LX5PTL6WS9HYB", accessKeyId: "AKIAQ3T7LX5PG2MX8DQE", sourceIp: "10.10.30.41" };
const JESSICA: IamUserDef = { userName: "jessica.ramos", principalId: "AIDAQ3T7LX5RMS4JF7UCV", accessKeyId: "AKIAQ3T7LX5RK9TB3VWH", sourceIp: "10.10.30.78" };
const DAVID: IamUserDef = { userName: "david.kim", principalId: "AIDAQ3T7LX5KMD2CF6NXG", accessKeyId: "AKIAQ3T7LX5KZ5LQ4RFY", sourceIp: "10.10.30.79" };
const PIPELINE: IamUserDef = { userName: "data-pipeline", principalId: "AIDAQ3T7LX5DPL7PN3EMS", accessKeyId: "AKIAQ3T7LX5DV8HC6JZU", sourceIp: "10.10.20.50" };

const ORDER_ROLE: RoleDef = { roleName: "order-processor-role", roleId: "AROAQ3T7LX5ORDPRC4K2M" };
const CI_ROLE: RoleDef = { roleName: "ci-deploy-role", roleId: "AROAQ3T7LX5CIDPL9W3HT" };
const ASG_ROLE: RoleDef = { roleName: "AWSServiceRoleForAutoScaling", roleId: "AROAQ3T7LX5ASGSLR7B6N" };

// Office rhythm in UTC: 08:00–18:00 busy with a lunch dip, a little in the evening, nothing 23:00–06:59.
const OFFICE = [0, 0, 0, 0, 0, 0, 0, 0.3, 0.8, 1, 1, 1, 0.6, 0.9, 1, 1, 0.9, 0.6, 0.25, 0.12, 0.1, 0.06, 0.02, 0];
const WEEKEND_OFFICE = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0.05, 0.08, 0.1, 0.08, 0.08, 0.1, 0.08, 0.06, 0.04, 0.02, 0.02, 0, 0, 0, 0];
const scale = (profile: readonly number[], f: number): number[] => profile.map((w) => w * f);
const flat = (w: number): number[] => new Array<number>(24).fill(w);
const PIPELINE_HOURS = [0.3, 0.35, 0.35, 0.35, 0.35, 0.3, ...new Array<number>(18).fill(0.5)];
const ORDER_HOURS = [0.15, 0.15, 0.15, 0.15, 0.15, 0.15, 0.25, 0.25, ...new Array<number>(15).fill(0.4), 0.25];
const UPLOAD_HOURS = OFFICE.map((w) => (w > 0.5 ? 0.2 : 0.03));
const CI_HOURS = Array.from({ length: 24 }, (_, h) => (h >= 9 && h <= 18 ? 0.5 : 0));

type Mix = [Action, number][];
const s3 = (op: "GetObject" | "PutObject" | "ListBucket" | "DeleteObject", bucket: string, error?: "AccessDenied" | "NoSuchKey"): Action => ({ svc: "s3", op, bucket, error });
const table = (mix: Mix): WeightedTable<Action> => new WeightedTable(mix);

/** A person who works from the CLI and (with probability consoleShare) from the console. */
function personCaller(user: IamUserDef, cli: AgentFn, consoleShare: number): Actor["caller"] {
  const cliIdentity = iamUserIdentity(user);
  let consoleDay = Number.NaN;
  let consoleId = cliIdentity;
  return (day, action, rng) => {
    if (rng.chance(consoleShare)) {
      if (consoleDay !== day.startMs) {
        consoleDay = day.startMs;
        consoleId = consoleIdentity(user, day);
      }
      return { identity: consoleId, sourceIp: user.sourceIp, userAgent: awsConsole(action.svc, action.op), tls: false };
    }
    return { identity: cliIdentity, sourceIp: user.sourceIp, userAgent: cli(action.svc, action.op), tls: true };
  };
}

/** Automation that keeps one identity per day (role sessions rotate daily). */
function dailyCaller(identityFor: (day: DayInfo) => Caller["identity"], sourceIp: string, agent: AgentFn, tls: boolean): Actor["caller"] {
  let cachedDay = Number.NaN;
  let identity: Caller["identity"] | undefined;
  return (day, action) => {
    if (identity === undefined || cachedDay !== day.startMs) {
      cachedDay = day.startMs;
      identity = identityFor(day);
    }
    return { identity, sourceIp, userAgent: agent(action.svc, action.op), tls };
  };
}

function person(user: IamUserDef, weekdayFactor: number, weekend: number[], cli: AgentFn, consoleShare: number, mix: Mix): Actor {
  const t = table(mix);
  return {
    name: user.userName,
    person: true,
    weekday: scale(OFFICE, weekdayFactor),
    weekend,
    dayMix: t,
    nightMix: t,
    caller: personCaller(user, cli, consoleShare),
    self: user.userName,
  };
}

const MAC = awsCli("2.15.30", "Python/3.11.8 Darwin/23.4.0 exe/arm64");
const LINUX = awsCli("2.15.30", "Python/3.11.8 Linux/6.5.0-27-generic exe/x86_64.ubuntu.22");
const WINDOWS = awsCli("2.15.30", "Python/3.11.8 Windows/10 exe/AMD64");

/** Everyone who acts in the account in normal times. */
export const CAST: readonly Actor[] = [
  person(ALEX, 1, WEEKEND_OFFICE, MAC, 0.4, [
    [s3("ListBucket", PROD_BUCKET), 8], [s3("GetObject", PROD_BUCKET), 14], [s3("PutObject", PROD_BUCKET), 5],
    [s3("ListBucket", BACKUP_BUCKET), 2], [s3("GetObject", BACKUP_BUCKET), 1.5], [s3("GetObject", PROD_BUCKET, "NoSuchKey"), 0.3],
    [{ svc: "ec2", op: "DescribeInstances" }, 12], [{ svc: "ec2", op: "StartInstances" }, 1.5], [{ svc: "ec2", op: "StopInstances" }, 1.5],
    [{ svc: "lambda", op: "Invoke" }, 3], [{ svc: "cloudtrail", op: "LookupEvents" }, 1.5], [{ svc: "iam", op: "GetUser" }, 1.5],
  ]),
  person(MIKE, 1.1, scale(WEEKEND_OFFICE, 2), LINUX, 0.5, [
    [{ svc: "ec2", op: "DescribeInstances" }, 14], [{ svc: "ec2", op: "StartInstances" }, 2.5], [{ svc: "ec2", op: "StopInstances" }, 2.5],
    [{ svc: "iam", op: "GetUser" }, 4], [{ svc: "iam", op: "ListUsers" }, 4], [{ svc: "iam", op: "CreateUser" }, 0.25],
    [{ svc: "iam", op: "AttachUserPolicy" }, 0.35], [{ svc: "iam", op: "DeleteUser" }, 0.2], [{ svc: "cloudtrail", op: "LookupEvents" }, 4],
    [s3("ListBucket", BACKUP_BUCKET), 3], [s3("GetObject", BACKUP_BUCKET), 1.5], [s3("PutObject", BACKUP_BUCKET), 1],
    [s3("ListBucket", PROD_BUCKET), 2], [{ svc: "lambda", op: "CreateFunction" }, 0.3],
  ]),
  person(SARAH, 1, WEEKEND_OFFICE, LINUX, 0.3, [
    [{ svc: "lambda", op: "Invoke" }, 8], [{ svc: "lambda", op: "CreateFunction" }, 0.5], [{ svc: "lambda", op: "CreateFunction", denied: true }, 0.1],
    [s3("GetObject", PROD_BUCKET), 7], [s3("PutObject", PROD_BUCKET), 4], [s3("ListBucket", PROD_BUCKET), 4], [s3("DeleteObject", PROD_BUCKET), 1.2],
    [s3("ListBucket", ARTIFACT_BUCKET), 1], [s3("GetObject", ARTIFACT_BUCKET), 1], [{ svc: "ec2", op: "DescribeInstances" }, 5],
    [{ svc: "ec2", op: "StopInstances", denied: true }, 0.3], [{ svc: "cloudtrail", op: "LookupEvents" }, 0.8],
    [s3("GetObject", FINANCIAL_BUCKET, "AccessDenied"), 0.35], [{ svc: "iam", op: "ListUsers", denied: true }, 0.4],
  ]),
  person(JESSICA, 0.8, WEEKEND_OFFICE, WINDOWS, 0.85, [
    [s3("GetObject", FINANCIAL_BUCKET), 12], [s3("PutObject", FINANCIAL_BUCKET), 5], [s3("ListBucket", FINANCIAL_BUCKET), 6],
    [s3("DeleteObject", FINANCIAL_BUCKET), 0.6], [s3("GetObject", FINANCIAL_BUCKET, "NoSuchKey"), 0.4], [s3("GetObject", PROD_BUCKET), 1.5],
    [{ svc: "ec2", op: "DescribeInstances", denied: true }, 0.25],
  ]),
  person(DAVID, 0.35, scale(WEEKEND_OFFICE, 0.5), WINDOWS, 0.95, [
    [s3("GetObject", FINANCIAL_BUCKET), 8], [s3("ListBucket", FINANCIAL_BUCKET), 4], [s3("PutObject", FINANCIAL_BUCKET), 1.5],
    [s3("GetObject", BACKUP_BUCKET, "AccessDenied"), 0.3],
  ]),
  {
    name: PIPELINE.userName,
    person: false,
    weekday: PIPELINE_HOURS,
    weekend: PIPELINE_HOURS,
    dayMix: table([
      [s3("GetObject", PROD_BUCKET), 10], [s3("PutObject", PROD_BUCKET), 10], [s3("ListBucket", PROD_BUCKET), 4],
      [{ svc: "ec2", op: "DescribeInstances" }, 3], [s3("DeleteObject", PROD_BUCKET), 1], [s3("GetObject", PROD_BUCKET, "NoSuchKey"), 0.25],
      [s3("DeleteObject", BACKUP_BUCKET, "AccessDenied"), 0.15],
    ]),
    // The nightly batch writes database dumps; it never reads objects at night.
    nightMix: table([[s3("PutObject", BACKUP_BUCKET), 8], [s3("ListBucket", BACKUP_BUCKET), 2], [s3("PutObject", PROD_BUCKET), 2]]),
    caller: dailyCaller(() => iamUserIdentity(PIPELINE), PIPELINE.sourceIp, javaSdk, true),
  },
  {
    name: ORDER_ROLE.roleName,
    person: false,
    weekday: ORDER_HOURS,
    weekend: ORDER_HOURS,
    dayMix: table([
      [{ svc: "lambda", op: "Invoke", fn: "process-orders" }, 10], [{ svc: "lambda", op: "Invoke", fn: "send-order-confirmation" }, 3],
      [s3("PutObject", PROD_BUCKET), 4], [s3("GetObject", PROD_BUCKET), 1.5],
    ]),
    nightMix: table([
      [{ svc: "lambda", op: "Invoke", fn: "process-orders" }, 10], [{ svc: "lambda", op: "Invoke", fn: "send-order-confirmation" }, 3],
      [s3("PutObject", PROD_BUCKET), 4],
    ]),
    caller: dailyCaller(
      (day) => roleIdentity(ORDER_ROLE, `orders-${day.date.replaceAll("-", "")}`, day),
      "10.10.20.61",
      jsSdk,
      true,
    ),
  },
  {
    name: CI_ROLE.roleName,
    person: false,
    weekday: CI_HOURS,
    weekend: flat(0),
    dayMix: table([
      [s3("PutObject", ARTIFACT_BUCKET), 5], [s3("GetObject", ARTIFACT_BUCKET), 1.5], [s3("ListBucket", ARTIFACT_BUCKET), 1],
      [{ svc: "lambda", op: "CreateFunction" }, 0.4], [{ svc: "ec2", op: "DescribeInstances" }, 1], [{ svc: "lambda", op: "Invoke" }, 0.8],
    ]),
    nightMix: table([[s3("PutObject", ARTIFACT_BUCKET), 1]]),
    caller: dailyCaller((day) => roleIdentity(CI_ROLE, `gha-${day.date.replaceAll("-", "")}`, day), "10.10.40.20", awsCli("2.15.30", "Python/3.11.8 Linux/6.5.0-1017-azure exe/x86_64.ubuntu.22"), true),
  },
  {
    name: "s3.amazonaws.com",
    person: false,
    weekday: UPLOAD_HOURS,
    weekend: scale(UPLOAD_HOURS, 0.5),
    dayMix: table([[{ svc: "lambda", op: "Invoke", fn: "resize-product-images", trigger: true }, 1]]),
    nightMix: table([[{ svc: "lambda", op: "Invoke", fn: "resize-product-images", trigger: true }, 1]]),
    caller: dailyCaller(() => serviceIdentity("s3.amazonaws.com"), "s3.amazonaws.com", serviceAgent("s3.amazonaws.com"), false),
  },
  {
    name: ASG_ROLE.roleName,
    person: false,
    weekday: flat(0.06),
    weekend: flat(0.06),
    dayMix: table([[{ svc: "ec2", op: "DescribeInstances" }, 1]]),
    nightMix: table([[{ svc: "ec2", op: "DescribeInstances" }, 1]]),
    caller: dailyCaller((day) => roleIdentity(ASG_ROLE, "AutoScaling", day, "autoscaling.amazonaws.com"), "autoscaling.amazonaws.com", serviceAgent("autoscaling.amazonaws.com"), false),
  },
  {
    name: "cloudtrail.amazonaws.com",
    person: false,
    weekday: flat(0.12),
    weekend: flat(0.12),
    dayMix: table([[s3("PutObject", TRAIL_BUCKET), 1]]),
    nightMix: table([[s3("PutObject", TRAIL_BUCKET), 1]]),
    caller: dailyCaller(() => serviceIdentity("cloudtrail.amazonaws.com"), "cloudtrail.amazonaws.com", serviceAgent("cloudtrail.amazonaws.com"), false),
  },
];
