/**
 * FakeTShirtCo's resources: buckets and their object keys, EC2 instances,
 * Lambda functions. Object sizes are a function of the key, so a file has
 * the same size whenever it is read or written.
 */
import { hashKey, type Rng } from "./rng";
import type { DayInfo } from "./calendar";

export const FINANCIAL_BUCKET = "faketshirtco-financial-reports";
export const PROD_BUCKET = "faketshirtco-prod-data";
export const BACKUP_BUCKET = "faketshirtco-backups";
export const ARTIFACT_BUCKET = "faketshirtco-build-artifacts";
export const TRAIL_BUCKET = "faketshirtco-cloudtrail-logs";

/** Fiscal years whose reports exist in January 2026 (FakeTShirtCo's fiscal year ends in January, so FY2026 Q4 is current). */
const FISCAL_YEARS = [2024, 2025, 2026] as const;

const QUARTERLY_FILES = [
  "quarterly-revenue.xlsx",
  "balance-sheet.xlsx",
  "cash-flow-statement.xlsx",
  "profit-and-loss.xlsx",
  "expense-summary.xlsx",
  "board-deck.pptx",
  "sales-by-region.xlsx",
  "inventory-valuation.xlsx",
  "accounts-receivable.xlsx",
  "vendor-payments.csv",
] as const;

const SPECIAL_FILES = [
  "2024/q4/annual-financial-report.xlsx",
  "2025/q4/annual-financial-report.xlsx",
  "2026/q4/annual-financial-report.xlsx",
  "2025/q2/merger-plans-2025.docx",
  "2025/q3/investor-update.pdf",
  "2025/q4/payroll-summary-2025.xlsx",
  "2026/q1/budget-forecast-2026.xlsx",
  "2026/q2/acquisition-targets.xlsx",
  "2026/q3/tax-filing-fy2025.pdf",
  "2026/q3/salary-bands.xlsx",
  "2026/q4/audit-findings.docx",
  "2026/q4/board-minutes-dec.docx",
] as const;

function buildFinancialKeys(): string[] {
  const keys: string[] = [];
  for (const fy of FISCAL_YEARS) {
    for (let q = 1; q <= 4; q++) {
      for (const f of QUARTERLY_FILES) keys.push(`${fy}/q${q}/${f}`);
      // Monthly close workbooks: three per quarter, months counted from the fiscal year's February start.
      for (let m = 0; m < 3; m++) {
        const month = ((q - 1) * 3 + m + 1) % 12 + 1;
        const year = month === 1 ? fy : fy - 1;
        keys.push(`${fy}/q${q}/monthly-close-${year}-${String(month).padStart(2, "0")}.xlsx`);
      }
    }
  }
  keys.push(...SPECIAL_FILES);
  return keys;
}

/** Every object in the financial-reports bucket (the exfil target). */
export const FINANCIAL_KEYS: readonly string[] = buildFinancialKeys();

/** Keys of the current fiscal quarter: what finance staff work on day to day. */
export const CURRENT_FINANCIAL_KEYS: readonly string[] = FINANCIAL_KEYS.filter((k) => k.startsWith("2026/q4/") || k.startsWith("2026/q3/"));

const SIZE_RANGES: Record<string, [number, number]> = {
  xlsx: [48_000, 4_800_000],
  docx: [28_000, 1_900_000],
  pdf: [120_000, 9_500_000],
  pptx: [1_200_000, 18_000_000],
  csv: [6_000, 2_400_000],
  json: [900, 64_000],
  gz: [40_000_000, 900_000_000],
  zip: [2_000_000, 14_000_000],
  jpg: [80_000, 2_200_000],
};

/** Size in bytes of an object, fixed by its key. */
export function objectSize(key: string): number {
  const dot = key.lastIndexOf(".");
  const [lo, hi] = SIZE_RANGES[key.slice(dot + 1)] ?? [1_000, 500_000];
  return lo + (hashKey(key)[0] % (hi - lo));
}

function ymd(day: DayInfo): { y: string; m: string; d: string } {
  return { y: day.date.slice(0, 4), m: day.date.slice(5, 7), d: day.date.slice(8, 10) };
}

const PRODUCTS = ["classic-tee", "vneck-tee", "raglan-tee", "tank-top", "hoodie", "longsleeve-tee", "kids-tee", "polo"];
const COLORS = ["black", "white", "navy", "heather-grey", "red", "forest-green"];

/** A key in the production bucket, as the app and the data team use it. */
export function prodKey(rng: Rng, day: DayInfo): string {
  const { y, m, d } = ymd(day);
  switch (rng.int(0, 5)) {
    case 0:
    case 1:
      return `orders/${y}/${m}/${d}/order-${rng.int(100000, 999999)}.json`;
    case 2:
      return `product-images/${rng.pick(PRODUCTS)}-${rng.pick(COLORS)}.jpg`;
    case 3:
      return `exports/customers-${y}-${m}-${String(Math.max(1, Number(d) - rng.int(0, 1))).padStart(2, "0")}.csv`;
    case 4:
      return `inventory/stock-levels-${y}${m}${d}.json`;
    default:
      return `config/${rng.pick(["storefront", "checkout", "pricing", "shipping"])}-settings.json`;
  }
}

/** A key in the backups bucket. */
export function backupKey(rng: Rng, day: DayInfo): string {
  const { y, m, d } = ymd(day);
  const db = rng.pick(["orders-db", "customers-db", "inventory-db"]);
  return rng.chance(0.8) ? `db/${db}/${y}-${m}-${d}T0200Z.sql.gz` : `configs/${y}${m}${d}/${rng.pick(["nginx", "app", "terraform-state"])}.tar.gz`;
}

/** A key in the build-artifacts bucket. */
export function artifactKey(rng: Rng): string {
  return `lambda/${rng.pick(LAMBDA_FUNCTIONS)}/${rng.chars("0123456789abcdef", 12)}.zip`;
}

/** Prefixes listed with ListBucket in each bucket. */
export function listPrefix(rng: Rng, bucket: string, day: DayInfo): string {
  const { y, m } = ymd(day);
  switch (bucket) {
    case FINANCIAL_BUCKET:
      return rng.pick(["2026/q4/", "2026/q3/", "2026/", ""]);
    case PROD_BUCKET:
      return rng.pick([`orders/${y}/${m}/`, "exports/", "inventory/", "product-images/"]);
    case BACKUP_BUCKET:
      return rng.pick(["db/orders-db/", "db/customers-db/", "configs/"]);
    default:
      return rng.pick(["lambda/", ""]);
  }
}

export const LAMBDA_FUNCTIONS = ["process-orders", "resize-product-images", "send-order-confirmation", "sync-inventory"] as const;

/** The EC2 fleet: [instanceId, Name tag]. */
export const INSTANCES: readonly string[] = [
  "i-0a1b2c3d4e5f60718",
  "i-0b7e21c9a44f0d3e2",
  "i-0c93d0f1e2a4b5c66",
  "i-0d5f7a8b9c0d1e2f3",
  "i-0e4c1b2a3d5f6e7a8",
  "i-0f2a9b8c7d6e5f4a3",
  "i-01d2e3f4a5b6c7d8e",
  "i-02f3e4d5c6b7a8f9e",
];

/** IAM users a legitimate admin creates, changes or removes now and then (contractors, interns, test users). */
export const TRANSIENT_USERS = ["contractor.lee", "intern.garcia", "qa-automation", "contractor.novak", "audit.readonly"] as const;

/** Managed policies an admin attaches in normal work (never AdministratorAccess: that is the attack's signature). */
export const ROUTINE_POLICIES = [
  "arn:aws:iam::aws:policy/ReadOnlyAccess",
  "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
  "arn:aws:iam::aws:policy/AWSLambda_ReadOnlyAccess",
  "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess",
] as const;
