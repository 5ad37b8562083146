/**
 * What an IAM permission grant gives: the managed policy attached, the
 * inline policy document put, or the group joined, and whether that amounts
 * to administrator rights. Shared by the backdoor, admin-grant and
 * self-escalation rules.
 */
import type { JsonObject } from "../cloudtrail/types";
import { isAdminDocument, isAdminPolicyArn, policyName } from "./policy";
import { at, document, text } from "./raw";
import { SUCCEEDED, cell, rowsWhere, where } from "./rows";
import type { RuleContext } from "./rule";

/** IAM calls that attach a managed policy. */
export const ATTACH_EVENTS = ["AttachUserPolicy", "AttachGroupPolicy", "AttachRolePolicy"] as const;
/** IAM calls that put an inline policy. */
export const PUT_POLICY_EVENTS = ["PutUserPolicy", "PutGroupPolicy", "PutRolePolicy"] as const;

/**
 * Raw records read per rule at most for grant details: grants are rare
 * management events, but a hostile or huge file must not turn one rule into
 * millions of reads.
 */
export const MAX_GRANT_READS = 5_000;

export interface Grant {
  row: number;
  /** What was granted, as an analyst reads it: "AdministratorAccess", "inline policy ops-all", "group Admins". */
  label: string;
  admin: boolean;
  /** The user, group or role that received it. */
  target: string;
  targetKind: "user" | "group" | "role";
}

const KIND: Record<string, Grant["targetKind"]> = {
  AttachUserPolicy: "user",
  PutUserPolicy: "user",
  AddUserToGroup: "user",
  AttachGroupPolicy: "group",
  PutGroupPolicy: "group",
  AttachRolePolicy: "role",
  PutRolePolicy: "role",
};

function targetOf(ctx: RuleContext, row: number, rec: JsonObject | undefined): string {
  const t = ctx.table;
  switch (KIND[cell(t, "eventName", row)]) {
    case "user":
      return cell(t, "targetUser", row) || text(rec, "requestParameters.userName");
    case "role":
      return cell(t, "roleName", row) || text(rec, "requestParameters.roleName");
    default:
      return text(rec, "requestParameters.groupName");
  }
}

/** Groups that hold administrator rights in the loaded data: named like admins, or given an admin policy. */
export async function adminGroups(ctx: RuleContext): Promise<Set<string>> {
  const rows = rowsWhere(ctx.table, [where("eventSource", "iam.amazonaws.com"), where("eventName", "AttachGroupPolicy", "PutGroupPolicy"), SUCCEEDED]);
  const recs = await ctx.readRecords(rows.subarray(0, MAX_GRANT_READS));
  const out = new Set<string>();
  for (const [row, rec] of recs) {
    const group = text(rec, "requestParameters.groupName");
    const admin = cell(ctx.table, "eventName", row) === "AttachGroupPolicy" ? isAdminPolicyArn(cell(ctx.table, "policyArn", row)) : isAdminDocument(document(at(rec, "requestParameters.policyDocument")));
    if (group && admin) out.add(group);
  }
  return out;
}

/** Describes grant rows (Attach*Policy, Put*Policy, AddUserToGroup), reading raw records only where the index lacks the detail. */
export async function describeGrants(ctx: RuleContext, rows: ArrayLike<number>): Promise<Grant[]> {
  const t = ctx.table;
  const all = Array.from(rows);
  // Managed attachments are judged by the indexed policyArn; the raw record is only needed for documents, group names, and the name of a group given admin rights.
  const needRaw = all.filter((r) => {
    const name = cell(t, "eventName", r);
    return !name.startsWith("Attach") || (name === "AttachGroupPolicy" && isAdminPolicyArn(cell(t, "policyArn", r)));
  });
  const recs = await ctx.readRecords(needRaw.slice(0, MAX_GRANT_READS));
  const groups = all.some((r) => cell(t, "eventName", r) === "AddUserToGroup") ? await adminGroups(ctx) : new Set<string>();
  const out: Grant[] = [];
  for (const row of all) {
    const name = cell(t, "eventName", row);
    const rec = recs.get(row);
    const target = targetOf(ctx, row, rec);
    const targetKind = KIND[name] ?? "user";
    if (name.startsWith("Attach")) {
      const arn = cell(t, "policyArn", row);
      out.push({ row, label: policyName(arn), admin: isAdminPolicyArn(arn), target, targetKind });
    } else if (name.startsWith("Put")) {
      if (!rec) continue;
      const doc = document(at(rec, "requestParameters.policyDocument"));
      const policy = text(rec, "requestParameters.policyName");
      out.push({ row, label: `inline policy ${policy || "(unnamed)"}`, admin: isAdminDocument(doc), target, targetKind });
    } else if (name === "AddUserToGroup") {
      if (!rec) continue;
      const group = text(rec, "requestParameters.groupName");
      out.push({ row, label: `group ${group}`, admin: /admin/i.test(group) || groups.has(group), target, targetKind });
    }
  }
  return out;
}
