/**
 * Every detection rule, in one list. Adding a rule is one new module in
 * rules/ and one line here.
 */
import type { Rule } from "./rule";
import { rule as cloudtrailTampering } from "./rules/cloudtrail-tampering";
import { rule as configRecorderStopped } from "./rules/config-recorder-stopped";
import { rule as consoleLoginSpraying } from "./rules/console-login-spraying";
import { rule as consoleLoginWithoutMfa } from "./rules/console-login-without-mfa";
import { rule as ec2UserDataModified } from "./rules/ec2-user-data-modified";
import { rule as guarddutyDisabled } from "./rules/guardduty-disabled";
import { rule as iamAdminPolicyAttached } from "./rules/iam-admin-policy-attached";
import { rule as iamBackdoorUser } from "./rules/iam-backdoor-user";
import { rule as iamCredentialsForOtherUser } from "./rules/iam-credentials-for-other-user";
import { rule as iamRoleTrustOpened } from "./rules/iam-role-trust-opened";
import { rule as iamSelfInlinePolicy } from "./rules/iam-self-inline-policy";
import { rule as networkAclRouteChanged } from "./rules/network-acl-route-changed";
import { rule as offHoursActivity } from "./rules/off-hours-activity";
import { rule as reconAccessDeniedBurst } from "./rules/recon-access-denied-burst";
import { rule as reconEnumerationBurst } from "./rules/recon-enumeration-burst";
import { rule as reconScannerUserAgent } from "./rules/recon-scanner-user-agent";
import { rule as rootAccountUsage } from "./rules/root-account-usage";
import { rule as s3BucketExposure } from "./rules/s3-bucket-exposure";
import { rule as s3MassDownload } from "./rules/s3-mass-download";
import { rule as s3ObjectsDeleted } from "./rules/s3-objects-deleted";
import { rule as s3VersioningSuspended } from "./rules/s3-versioning-suspended";
import { rule as secretsHarvesting } from "./rules/secrets-harvesting";
import { rule as securityGroupOpened } from "./rules/security-group-opened";
import { rule as snapshotOrImageShared } from "./rules/snapshot-or-image-shared";
import { rule as vpcFlowLogsDeleted } from "./rules/vpc-flow-logs-deleted";

/** The rules in the order they run (persistence and escalation first, behaviour baselines last). */
export const RULES: readonly Rule[] = [
  iamBackdoorUser,
  iamAdminPolicyAttached,
  iamSelfInlinePolicy,
  iamCredentialsForOtherUser,
  iamRoleTrustOpened,
  cloudtrailTampering,
  guarddutyDisabled,
  configRecorderStopped,
  vpcFlowLogsDeleted,
  rootAccountUsage,
  consoleLoginWithoutMfa,
  consoleLoginSpraying,
  securityGroupOpened,
  networkAclRouteChanged,
  s3BucketExposure,
  s3VersioningSuspended,
  s3ObjectsDeleted,
  snapshotOrImageShared,
  ec2UserDataModified,
  secretsHarvesting,
  reconAccessDeniedBurst,
  reconEnumerationBurst,
  reconScannerUserAgent,
  s3MassDownload,
  offHoursActivity,
];

/** The rule with this id, if any. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
