/**
 * The ATT&CK techniques the rules cite, with their names, so findings carry
 * only ids and the UI and CLI can still say what they mean.
 */

export const MITRE_TECHNIQUES = {
  "T1078.004": "Valid Accounts: Cloud Accounts",
  "T1098": "Account Manipulation",
  "T1098.001": "Account Manipulation: Additional Cloud Credentials",
  "T1098.003": "Account Manipulation: Additional Cloud Roles",
  "T1110.003": "Brute Force: Password Spraying",
  "T1136.003": "Create Account: Cloud Account",
  "T1059": "Command and Scripting Interpreter",
  "T1485": "Data Destruction",
  "T1490": "Inhibit System Recovery",
  "T1526": "Cloud Service Discovery",
  "T1530": "Data from Cloud Storage",
  "T1537": "Transfer Data to Cloud Account",
  "T1552": "Unsecured Credentials",
  "T1555.006": "Credentials from Password Stores: Cloud Secrets Management Stores",
  "T1562.001": "Impair Defenses: Disable or Modify Tools",
  "T1562.007": "Impair Defenses: Disable or Modify Cloud Firewall",
  "T1562.008": "Impair Defenses: Disable or Modify Cloud Logs",
  "T1580": "Cloud Infrastructure Discovery",
} as const;

export type MitreId = keyof typeof MITRE_TECHNIQUES;

/** A technique as a rule declares it. */
export interface MitreTechnique {
  id: MitreId;
  name: string;
}

/** The techniques with these ids, with their names. */
export function techniques(...ids: MitreId[]): MitreTechnique[] {
  return ids.map((id) => ({ id, name: MITRE_TECHNIQUES[id] }));
}

/** "T1136.003 Create Account: Cloud Account", or the id alone when it is not in the catalogue. */
export function mitreLabel(id: string): string {
  const name = (MITRE_TECHNIQUES as Record<string, string>)[id];
  return name && Object.prototype.hasOwnProperty.call(MITRE_TECHNIQUES, id) ? `${id} ${name}` : id;
}
