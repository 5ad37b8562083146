/** The severity of a finding as a small coloured badge (text always present, colour is only a hint). */
import type { Severity } from "../../lib/detect/finding";
import { severityLabel } from "./finding-text";
import styles from "./findings.module.css";

/** Marker and badge colours, readable on both themes. */
export const SEVERITY_COLORS: Readonly<Record<Severity, string>> = {
  critical: "#ff5d5d",
  high: "#f2a33a",
  medium: "#e8cf4a",
  low: "#4cc2ff",
  info: "#7c8a99",
};

/** "Critical", "High", … with its colour. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span className={styles.badge} data-severity={severity} style={{ ["--sev" as string]: SEVERITY_COLORS[severity] }}>
      {severityLabel(severity)}
    </span>
  );
}
