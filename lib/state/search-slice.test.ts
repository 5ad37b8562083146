import { describe, expect, it } from "vitest";
import { createAppStore } from "./store";
import { isNavigationChange, parseUrlState, serializeUrlState, urlStateOf } from "./url-state";

describe("search slice", () => {
  it("runs a search and remembers it once, newest first", () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().submitSearch("  eventName=CreateUser\n| table _time  ");
    expect(s().searchQuery).toBe("eventName=CreateUser\n| table _time");
    s().rememberSearch("a");
    s().rememberSearch("b");
    s().rememberSearch("a");
    expect(s().searchHistory).toEqual(["a", "b"]);
  });

  it("restores stored searches behind this visit's", () => {
    const store = createAppStore();
    store.getState().rememberSearch("new");
    store.getState().restoreSearchHistory(["old", "new"]);
    expect(store.getState().searchHistory).toEqual(["new", "old"]);
    store.getState().clearSearchHistory();
    expect(store.getState().searchHistory).toEqual([]);
  });

  it("switches the chart style", () => {
    const store = createAppStore();
    expect(store.getState().chartStyle).toBe("columns");
    store.getState().setChartStyle("lines");
    expect(store.getState().chartStyle).toBe("lines");
  });
});

describe("the search in the URL", () => {
  const query = 'index=cloud eventName IN ("GetObject", "PutObject")\n| timechart span=1h count by eventName';

  it("round-trips on /search and stays off other routes", () => {
    const state = { ...urlStateOf(createAppStore().getState()), searchQuery: query, text: "alex" };
    const onSearch = serializeUrlState(state, "/search");
    expect(onSearch).toBe(`q=alex&spl=${encodeURIComponent(query).replace(/%3A/g, ":").replace(/%2C/g, ",")}`);
    expect(parseUrlState(onSearch, "/search")).toMatchObject({ searchQuery: query, text: "alex" });
    expect(serializeUrlState(state, "/timeline")).toBe("q=alex");
    expect(parseUrlState(`spl=${encodeURIComponent(query)}`, "/timeline")).not.toHaveProperty("searchQuery");
  });

  it.each([
    ["absent", "", ""],
    ["too long", `spl=${"x".repeat(10_001)}`, ""],
  ])("reads an %s search as none", (_, search, expected) => {
    expect(parseUrlState(search, "/search").searchQuery).toBe(expected);
  });

  it("gives another search its own history entry", () => {
    const base = urlStateOf(createAppStore().getState());
    expect(isNavigationChange(base, { ...base, searchQuery: "a" })).toBe(true);
    expect(isNavigationChange({ ...base, searchQuery: "a" }, { ...base, searchQuery: "a", text: "x" })).toBe(false);
  });
});
