"use client";
/** The last error (role="alert") or notice of a job, until dismissed. */
import { useAppStore } from "../state/store-provider";
import styles from "./load.module.css";

/** Error and notice banners. */
export function Messages() {
  const error = useAppStore((s) => s.error);
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissMessages);
  if (!error && !notice) return null;
  return (
    <>
      {error && (
        <div role="alert" className={styles.alert}>
          <p>{error}</p>
          <div className={styles.alertActions}>
            <button type="button" className={styles.linkButton} onClick={dismiss}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      {notice && (
        <div role="status" className={styles.notice}>
          <p>{notice}</p>
          <button type="button" className={styles.linkButton} onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
