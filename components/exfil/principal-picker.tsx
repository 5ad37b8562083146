"use client";
/** Which identity's attack to lay out: every correlated chain, most severe first; the choice goes into the URL. */
import type { FindingChain } from "../../lib/detect/correlate";
import { useAppStore } from "../state/store-provider";
import { severityLabel } from "../findings/finding-text";
import styles from "./exfil.module.css";

/** The select; `principal` is the one shown (the default when nothing is selected). */
export function PrincipalPicker({ chains, principal }: { chains: readonly FindingChain[]; principal: string }) {
  const selectPrincipal = useAppStore((s) => s.selectPrincipal);
  const known = chains.some((c) => c.principal === principal);
  return (
    <label className={styles.control}>
      Principal
      <select value={principal} onChange={(e) => selectPrincipal(e.target.value)}>
        {!known && <option value={principal}>{principal} (no chain of its own)</option>}
        {chains.map((c) => (
          <option key={c.principal} value={c.principal}>
            {c.principal || "(unknown)"} — {severityLabel(c.severity)} · {c.findings.length} finding{c.findings.length === 1 ? "" : "s"}
          </option>
        ))}
      </select>
    </label>
  );
}
