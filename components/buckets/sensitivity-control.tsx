"use client";
/**
 * A bucket's sensitivity: the HIGH/MEDIUM/LOW badge, where the level comes
 * from, and a menu to set it. The analyst's choice goes to the store (saved
 * in the browser and sent to the engine by SensitivitySync).
 */
import type { Sensitivity } from "../../lib/detect/sensitivity";
import { sensitivitySchema } from "../../lib/state/sensitivity-slice";
import type { SensitivitySource } from "../../lib/worker/entity-types";
import { useAppStore } from "../state/store-provider";
import styles from "../entity/entity.module.css";

const SOURCE_TEXT: Record<SensitivitySource, string> = {
  analyst: "set by you",
  default: "the seed's table",
  name: "guessed from the name",
};

/** The badge alone. */
export function SensitivityBadge({ level, source }: { level: Sensitivity; source: SensitivitySource }) {
  return (
    <span className={styles.badge} data-level={level} title={`Sensitivity ${level} (${SOURCE_TEXT[source]})`}>
      {level.toUpperCase()}
    </span>
  );
}

interface SensitivityControlProps {
  bucket: string;
  level: Sensitivity;
  source: SensitivitySource;
  /** Show where the level comes from next to the menu. */
  explain?: boolean;
}

/** Badge plus menu. "Default" removes the analyst's level. */
export function SensitivityControl({ bucket, level, source, explain = false }: SensitivityControlProps) {
  const setBucketLevel = useAppStore((s) => s.setBucketLevel);
  const value = source === "analyst" ? level : "";
  return (
    <span className={styles.sensitivity}>
      <SensitivityBadge level={level} source={source} />
      <select
        className={styles.select}
        aria-label={`Sensitivity of ${bucket}`}
        value={value}
        onChange={(e) => {
          const parsed = sensitivitySchema.safeParse(e.target.value);
          setBucketLevel(bucket, parsed.success ? parsed.data : null);
        }}
      >
        <option value="">Default</option>
        <option value="high">High</option>
        <option value="medium">Medium</option>
        <option value="low">Low</option>
      </select>
      {explain && <span className={styles.muted}>{SOURCE_TEXT[source]}</span>}
    </span>
  );
}
