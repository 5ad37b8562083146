/**
 * Reading IAM and resource policies out of raw records: does a document grant
 * administrator rights, and whom does an Allow statement let in (everyone,
 * other accounts)?
 */
import type { Json, JsonObject } from "../cloudtrail/types";
import { asObject, list } from "./raw";

/** AWS managed policies that give administrator rights or the means to take them (IAMFullAccess can grant itself anything). */
const ADMIN_MANAGED_POLICIES = new Set(["AdministratorAccess", "IAMFullAccess", "PowerUserAccess"]);

/** The policy name at the end of a policy ARN ("arn:aws:iam::aws:policy/AdministratorAccess" → "AdministratorAccess"). */
export function policyName(arn: string): string {
  const slash = arn.lastIndexOf("/");
  return slash >= 0 ? arn.slice(slash + 1) : arn;
}

/**
 * Whether a managed policy ARN gives administrator-level rights: the AWS
 * managed admin policies, or a customer policy whose name says admin (names
 * are the only thing CloudTrail shows of a customer policy).
 */
export function isAdminPolicyArn(arn: string): boolean {
  if (arn === "") return false;
  const name = policyName(arn);
  if (/^arn:aws[a-z-]*:iam::aws:policy\//.test(arn)) return ADMIN_MANAGED_POLICIES.has(name);
  return /admin/i.test(name);
}

/** The statements of a policy document. */
export function statements(doc: JsonObject | undefined): JsonObject[] {
  return list(doc?.Statement).map(asObject).filter((s): s is JsonObject => s !== undefined);
}

const strings = (v: Json | undefined): string[] => list(v).filter((x): x is string => typeof x === "string");

/** Whether a document allows every action (or every IAM action) on every resource. */
export function isAdminDocument(doc: JsonObject | undefined): boolean {
  return statements(doc).some((s) => {
    if (s.Effect !== "Allow") return false;
    const actions = strings(s.Action);
    const resources = strings(s.Resource);
    return actions.some((a) => a === "*" || a === "*:*" || a.toLowerCase() === "iam:*") && resources.includes("*");
  });
}

/** Who an Allow statement lets in. */
export interface Grantee {
  /** "everyone" for "*", else "account". */
  kind: "everyone" | "account";
  /** The AWS account id ("" for everyone). */
  account: string;
  /** The principal as written. */
  principal: string;
  /** The statement has a Condition, which may narrow "everyone" to an organisation or a network. */
  conditional: boolean;
}

/** The account of an AWS principal: a bare account id, or the account field of an IAM/STS ARN. */
export function accountOfPrincipal(p: string): string {
  if (/^\d+$/.test(p)) return p;
  const m = /^arn:aws[a-z-]*:(?:iam|sts)::(\d+):/.exec(p);
  return m ? m[1] : "";
}

/** The AWS principals that Allow statements of a document let in (service and federated principals are not accounts). */
export function grantees(doc: JsonObject | undefined): Grantee[] {
  const out: Grantee[] = [];
  for (const s of statements(doc)) {
    if (s.Effect !== "Allow") continue;
    const conditional = asObject(s.Condition) !== undefined && Object.keys(asObject(s.Condition) ?? {}).length > 0;
    const p = s.Principal;
    if (p === "*") {
      out.push({ kind: "everyone", account: "", principal: "*", conditional });
      continue;
    }
    for (const a of strings(asObject(p)?.AWS)) {
      if (a === "*") out.push({ kind: "everyone", account: "", principal: a, conditional });
      else {
        const account = accountOfPrincipal(a);
        if (account) out.push({ kind: "account", account, principal: a, conditional });
      }
    }
  }
  return out;
}

/** Grantees outside `ownAccount`: everyone, or other accounts. */
export function externalGrantees(doc: JsonObject | undefined, ownAccount: string): Grantee[] {
  return grantees(doc).filter((g) => g.kind === "everyone" || g.account !== ownAccount);
}
