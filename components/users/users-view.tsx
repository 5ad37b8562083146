"use client";
/** Route /users: the filter bar, then the principals list or, with ?principal=…, that principal's page. */
import { FilterBar } from "../filters/filter-bar";
import { useHasData } from "../filters/use-query-spec";
import { NoDataset } from "../layout/no-dataset";
import { useAppStore } from "../state/store-provider";
import { PrincipalPage } from "./principal-page";
import { UsersList } from "./users-list";
import styles from "../entity/entity.module.css";

/** Everything on route /users. */
export function UsersView() {
  const hasData = useHasData();
  const principal = useAppStore((s) => s.selectedPrincipal);
  return (
    <div className={styles.page}>
      <FilterBar />
      {!hasData ? <NoDataset title={principal ?? "Users"} /> : principal ? <PrincipalPage key={principal} name={principal} /> : <UsersList />}
    </div>
  );
}
