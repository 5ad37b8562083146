"use client";
/**
 * Route /exfil: one identity's attack laid out as a chain along the time
 * axis (from the findings correlated per principal), and beside it how it
 * read S3 — reads by hour and day against its baseline, objects and bytes per
 * night, the files taken from each bucket, and the source IPs it used. The
 * principal is the URL's `principal`, else the most severe chain's.
 */
import Link from "next/link";
import { useMemo } from "react";
import { correlate, type FindingChain } from "../../lib/detect/correlate";
import { formatCount } from "../../lib/state/format";
import { useHasData } from "../filters/use-query-spec";
import { DetectionStatus } from "../findings/detection-status";
import { principalHref, timelineHref } from "../findings/finding-links";
import { formatSpan } from "../findings/finding-text";
import { SeverityBadge } from "../findings/severity-badge";
import { useFindings } from "../findings/use-findings";
import { useUrlState } from "../hooks/use-url-state";
import { useEngineQuery } from "../hooks/use-engine-query";
import { NoDataset } from "../layout/no-dataset";
import { useAppStore } from "../state/store-provider";
import { ChainChart } from "./chain-chart";
import { chainIdentities, collectionRows, layoutChain, pickChain } from "./chain-layout";
import { ChainSteps } from "./chain-steps";
import { NightsTable } from "./nights-table";
import { PrincipalNotes } from "../notes/entity-notes";
import { PrincipalPicker } from "./principal-picker";
import { ReadsPanel } from "./reads-panel";
import { SourceIps } from "./source-ips";
import { TakenFiles } from "./taken-files";
import { useListings } from "./use-listings";
import styles from "./exfil.module.css";

const NO_ROWS = new Uint32Array(0);

function Chain({ chain, principal }: { chain: FindingChain | null; principal: string }) {
  const tz = useAppStore((s) => s.timeZone);
  const url = useUrlState();
  const rows = useMemo(() => (chain ? collectionRows(chain.findings) : NO_ROWS), [chain]);
  const { listings, error } = useListings(rows);
  const layout = useMemo(() => (chain && listings ? layoutChain(chain.findings, listings) : null), [chain, listings]);

  return (
    <section aria-labelledby="exfil-chain" className={styles.panel}>
      <div className={styles.head}>
        <h2 id="exfil-chain">Attack chain</h2>
        {chain && (
          <>
            <SeverityBadge severity={chain.severity} />
            <span className={styles.muted}>
              {formatCount(chain.findings.length)} findings · {formatSpan(chain.start, chain.end, tz)}
            </span>
          </>
        )}
        <nav aria-label="Chain links" className={`${styles.links} ${styles.headActions}`}>
          {chain && <Link href={timelineHref({ principal, entities: { principals: [principal] }, start: chain.start, end: chain.end }, url)}>Show in timeline</Link>}
          <Link href={principalHref(principal, url)}>Principal page</Link>
        </nav>
      </div>
      {!chain && <p className={styles.muted}>No finding names {principal}: there is no attack chain to lay out. Its S3 reads are below.</p>}
      {error && (
        <p role="alert" className={styles.error}>
          The listing calls could not be read: {error}
        </p>
      )}
      {chain && !layout && !error && <p className={styles.muted}>Laying out the chain…</p>}
      {layout && (
        <>
          <ChainChart layout={layout} tz={tz} />
          {layout.steps.length > 0 ? (
            <ChainSteps steps={layout.steps} principal={principal} label="Attack chain steps" />
          ) : (
            <p className={styles.muted}>No persistence, escalation, discovery, collection or evasion finding: only the findings below.</p>
          )}
          {layout.other && (
            <>
              <h3 className={styles.small}>Other findings of this identity</h3>
              <ChainSteps steps={[layout.other]} principal={principal} label="Other findings" numbered={false} />
            </>
          )}
        </>
      )}
    </section>
  );
}

function ReadStats({ chain, principal }: { chain: FindingChain | null; principal: string }) {
  const params = useMemo(
    () => ({ principals: chain ? chainIdentities(chain) : [principal], evidence: chain ? collectionRows(chain.findings) : NO_ROWS }),
    [chain, principal],
  );
  const { data, error } = useEngineQuery("exfilStats", params);
  if (error) {
    return (
      <p role="alert" className={styles.error}>
        The read statistics failed: {error}
      </p>
    );
  }
  if (!data) return <p className={styles.muted}>Reading the S3 activity…</p>;
  return (
    <>
      <ReadsPanel stats={data} principal={principal} />
      <div className={styles.grid}>
        <TakenFiles buckets={data.buckets} />
        <div className={styles.page}>
          <NightsTable nights={data.nights} />
          <SourceIps ips={data.ips} />
        </div>
      </div>
    </>
  );
}

/** Everything on route /exfil. */
export function ExfilView() {
  const hasData = useHasData();
  const state = useFindings();
  const selected = useAppStore((s) => s.selectedPrincipal);
  const chains = useMemo(() => correlate(state.findings ?? []), [state.findings]);
  const chain = state.findings ? pickChain(chains, selected) : null;
  const principal = selected ?? chain?.principal ?? null;

  if (!hasData) return <NoDataset title="Exfil pattern" />;
  return (
    <div className={styles.page}>
      <section aria-labelledby="exfil-title" className={styles.panel}>
        <div className={styles.head}>
          <h1 id="exfil-title">Exfil pattern{principal ? `: ${principal}` : ""}</h1>
          {state.findings && principal !== null && <PrincipalPicker chains={chains} principal={principal} />}
        </div>
        {state.findings && selected === null && chain && (
          <p className={styles.muted}>The identity with the most severe chain of findings is shown; pick another above.</p>
        )}
        <DetectionStatus state={state} />
        {principal !== null && <PrincipalNotes name={principal} />}
      </section>
      {state.findings && principal === null && <p className={styles.muted}>No rule fired on the loaded data: there is no attack to lay out.</p>}
      {state.findings && principal !== null && (
        <>
          <Chain chain={chain} principal={principal} />
          <ReadStats chain={chain} principal={principal} />
        </>
      )}
    </div>
  );
}
