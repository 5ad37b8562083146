/**
 * The seed's "exfil" scenario, every record under alex.miller's stolen
 * long-term access key from 10.10.30.55 and tagged demo_id "exfil":
 *   Day 8   10:45:00  CreateUser svc-datasync; 10:46:00 AttachUserPolicy AdministratorAccess to it
 *   Day 9   15:37:12  ListBucket on faketshirtco-financial-reports (recon, inside office hours)
 *   Day 10  23:14:08  one test GetObject (late evening, outside office hours, before the first mass night)
 *   Day 11–14         mass GetObject of every financial file, only between 01:00 and 05:00 UTC,
 *                     including 2026/q4/annual-financial-report.xlsx at exactly 03:15:00 on Day 12
 * The attacker's tool differs from Alex's own (an older AWS CLI on Linux instead of his Mac): a clue an analyst can find.
 */
import type { DayInfo } from "../calendar";
import { ALEX } from "../cast";
import { FINANCIAL_BUCKET, FINANCIAL_KEYS, objectSize } from "../catalog";
import type { Caller, CloudTrailRecord } from "../events/envelope";
import { iamEvent, iamUniqueId } from "../events/iam";
import { s3Event } from "../events/s3";
import { iamUserIdentity, userArn } from "../identities";
import { Rng } from "../rng";
import { awsCli, type Service } from "../user-agents";
import type { ScenarioContext } from "./registry";

export const BACKDOOR_USER = "svc-datasync";
export const ADMIN_POLICY = "arn:aws:iam::aws:policy/AdministratorAccess";
/** The file the attacker tries first on Day 10. */
export const TEST_KEY = "2026/q1/budget-forecast-2026.xlsx";
/** The seed's example record: Day 12 at 03:15:00Z. */
export const ANCHOR_KEY = "2026/q4/annual-financial-report.xlsx";
const ANCHOR_DAY = 12;
const ANCHOR_SECOND = 3 * 3600 + 15 * 60;
/** The nights of mass downloads. */
const MASS_DAYS = [11, 12, 13, 14] as const;

const attackerAgent = awsCli("2.9.19", "Python/3.9.11 Linux/5.15.0-91-generic exe/x86_64.ubuntu.20");

const at = (day: DayInfo, h: number, m: number, s: number): number => day.startMs + ((h * 60 + m) * 60 + s) * 1000;

/** Builds the scenario's records (time-ordered) for the days that exist in the period. */
export function exfilScenario(ctx: ScenarioContext): CloudTrailRecord[] {
  const rng = Rng.fromKey(ctx.seed, "exfil");
  const identity = iamUserIdentity(ALEX);
  const caller = (service: Service, op: string): Caller => ({ identity, sourceIp: ALEX.sourceIp, userAgent: attackerAgent(service, op), tls: true });
  const dayN = (n: number): DayInfo | undefined => ctx.days[n - 1];
  const out: CloudTrailRecord[] = [];
  const callerArn = userArn(ALEX.userName);

  const d8 = dayN(8);
  if (d8) {
    const userId = iamUniqueId(rng, "AIDA");
    out.push(iamEvent(rng, at(d8, 10, 45, 0), caller("iam", "CreateUser"), { op: "CreateUser", userName: BACKDOOR_USER, newUserId: userId, callerArn }));
    out.push(
      iamEvent(rng, at(d8, 10, 46, 0), caller("iam", "AttachUserPolicy"), { op: "AttachUserPolicy", userName: BACKDOOR_USER, policyArn: ADMIN_POLICY, callerArn }),
    );
  }
  const d9 = dayN(9);
  if (d9) out.push(s3Event(rng, at(d9, 15, 37, 12), caller("s3", "ListBucket"), { op: "ListBucket", bucket: FINANCIAL_BUCKET, key: "" }));
  const d10 = dayN(10);
  const get = (ms: number, key: string): CloudTrailRecord =>
    s3Event(rng, ms, caller("s3", "GetObject"), { op: "GetObject", bucket: FINANCIAL_BUCKET, key, size: objectSize(key) });
  if (d10) out.push(get(at(d10, 23, 14, 8), TEST_KEY));

  // Every financial file is taken once over the four nights, in a random order and in uneven nightly batches.
  const files = rng.shuffle(FINANCIAL_KEYS.filter((k) => k !== ANCHOR_KEY));
  const shares = MASS_DAYS.map(() => 0.7 + rng.float() * 0.6);
  const shareSum = shares.reduce((a, b) => a + b, 0);
  let next = 0;
  MASS_DAYS.forEach((n, i) => {
    const take = i === MASS_DAYS.length - 1 ? files.length - next : Math.round((files.length * shares[i]) / shareSum);
    const batch = files.slice(next, next + take);
    next += take;
    const day = dayN(n);
    if (!day) return;
    // The script starts some time after 01:00 and is done well before 05:00.
    const first = 3600 + rng.int(0, 1500);
    const last = 5 * 3600 - 1 - rng.int(0, 1200);
    const seconds = batch.map(() => rng.int(first, last));
    const keys = [...batch];
    if (n === ANCHOR_DAY) {
      seconds.push(ANCHOR_SECOND);
      keys.push(ANCHOR_KEY);
    }
    const order = seconds.map((s, j) => [s, j] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [s, j] of order) out.push(get(day.startMs + s * 1000, keys[j]));
  });

  for (const r of out) r.demo_id = "exfil";
  return out;
}
