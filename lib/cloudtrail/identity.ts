/**
 * Who acted: turns a record's userIdentity into the principal the views group
 * by (an IAM user, the role behind an assumed-role session, root, an AWS
 * service, …). Every value is attacker-controlled text and may have any type.
 */
import type { Json, JsonObject } from "./types";

export interface Principal {
  principal: string;
  principalType: string;
  principalArn: string;
  sessionName: string;
}

const KNOWN_TYPES = new Set([
  "IAMUser",
  "AssumedRole",
  "Root",
  "AWSService",
  "FederatedUser",
  "AWSAccount",
  "IdentityCenterUser",
  "WebIdentityUser",
  "SAMLUser",
]);

const NO_PRINCIPAL: Principal = { principal: "", principalType: "Unknown", principalArn: "", sessionName: "" };

/** `v` when it is a string, else "". */
export function str(v: Json | undefined): string {
  return typeof v === "string" ? v : "";
}

/** `v` when it is a JSON object (not an array), else undefined. */
export function obj(v: Json | undefined): JsonObject | undefined {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : undefined;
}

/** The resource part of an ARN (after the fifth colon), "" when not an ARN. */
function arnResource(arn: string): string {
  let i = -1;
  for (let n = 0; n < 5; n++) {
    i = arn.indexOf(":", i + 1);
    if (i < 0) return "";
  }
  return arn.slice(i + 1);
}

/** The segments of an ARN's resource after `prefix/` (e.g. "assumed-role"), or undefined when it is not that kind. */
function arnParts(arn: string, prefix: string): string[] | undefined {
  const res = arnResource(arn);
  if (!res.startsWith(`${prefix}/`)) return undefined;
  return res.slice(prefix.length + 1).split("/");
}

function firstNonEmpty(...values: string[]): string {
  for (const v of values) if (v !== "") return v;
  return "";
}

/** The last path segment of an ARN's resource (`user/path/NAME` → NAME), "" when absent. */
function arnTail(arn: string): string {
  const res = arnResource(arn);
  const slash = res.lastIndexOf("/");
  return slash >= 0 ? res.slice(slash + 1) : "";
}

/** Part of a principalId after "ROLEID:" (the session name of role sessions), "" when none. */
function afterColon(principalId: string): string {
  const i = principalId.indexOf(":");
  return i >= 0 ? principalId.slice(i + 1) : "";
}

/** Resolves the acting principal of a record (see NormalizedEvent.principal). */
export function resolvePrincipal(ui: JsonObject | undefined, eventSource: string): Principal {
  if (!ui) return NO_PRINCIPAL;
  const type = str(ui.type);
  const arn = str(ui.arn);
  const userName = str(ui.userName);
  const principalId = str(ui.principalId);
  const issuer = obj(obj(ui.sessionContext)?.sessionIssuer);
  const issuerName = issuer ? str(issuer.userName) : "";
  const issuerArn = issuer ? str(issuer.arn) : "";
  const principalType = KNOWN_TYPES.has(type) ? type : "Unknown";
  switch (type) {
    case "IAMUser":
      return { principal: firstNonEmpty(userName, arnTail(arn), principalId), principalType, principalArn: arn, sessionName: "" };
    case "AssumedRole": {
      const parts = arnParts(arn, "assumed-role");
      const roleId = principalId.includes(":") ? principalId.slice(0, principalId.indexOf(":")) : principalId;
      const role = firstNonEmpty(issuerName, parts && parts.length >= 2 ? parts[0] : "", issuerArn ? arnTail(issuerArn) : "", roleId);
      const sessionName = firstNonEmpty(parts && parts.length >= 2 ? parts[parts.length - 1] : "", afterColon(principalId));
      return { principal: role, principalType, principalArn: firstNonEmpty(issuerArn, arn), sessionName };
    }
    case "Root":
      return { principal: "root", principalType, principalArn: arn, sessionName: "" };
    case "AWSService":
      return { principal: firstNonEmpty(str(ui.invokedBy), eventSource), principalType, principalArn: arn, sessionName: "" };
    case "AWSAccount":
      return { principal: firstNonEmpty(str(ui.accountId), principalId), principalType, principalArn: arn, sessionName: "" };
    case "FederatedUser": {
      const parts = arnParts(arn, "federated-user");
      return { principal: firstNonEmpty(issuerName, parts ? parts.join("/") : "", userName, principalId), principalType, principalArn: arn, sessionName: "" };
    }
    default: {
      // IdentityCenterUser, WebIdentityUser, SAMLUser and types CloudTrail adds later: the most readable stable name on offer.
      const onBehalfOf = obj(ui.onBehalfOf);
      const name = firstNonEmpty(userName, issuerName, onBehalfOf ? str(onBehalfOf.userId) : "", principalId, arnTail(arn));
      return { principal: name, principalType, principalArn: arn, sessionName: "" };
    }
  }
}
