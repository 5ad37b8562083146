/** The exported HTML report's stylesheet (inlined in the file; readable on screen and on paper). */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f6f7f9; color: #1c2330; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 32px 24px 64px; }
h1 { font-size: 28px; margin: 0 0 8px; }
h2 { font-size: 20px; margin: 0 0 12px; display: flex; gap: 10px; align-items: baseline; }
h2 .n { display: inline-block; min-width: 28px; padding: 1px 8px; border-radius: 12px; background: #1d4ed8; color: #fff; font-size: 14px; text-align: center; }
.meta { color: #5b6474; }
.step { background: #fff; border: 1px solid #dde1e8; border-radius: 10px; padding: 20px 24px; margin: 24px 0; break-inside: avoid; }
.talking-point { font-size: 17px; }
.talking-point blockquote { margin: 8px 0; padding: 4px 16px; border-left: 4px solid #1d4ed8; background: #eef2ff; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 14px 0; font-size: 14px; }
dl.facts dt { color: #5b6474; font-weight: 600; }
dl.facts dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
ul.parts { font-size: 14px; color: #374151; }
.problem { color: #9a3412; background: #fff7ed; border: 1px solid #fed7aa; border-radius: 6px; padding: 6px 10px; }
table { width: 100%; border-collapse: collapse; font-size: 13px; margin-top: 10px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e5e7eb; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f1f3f6; }
td:first-child { white-space: nowrap; font-variant-numeric: tabular-nums; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; background: #f1f3f6; padding: 0 4px; border-radius: 4px; }
img { max-width: 100%; margin-top: 12px; border: 1px solid #e5e7eb; border-radius: 6px; }
.notes, .more { color: #5b6474; font-size: 14px; }
.notes { white-space: pre-line; }
@media print { body { background: #fff; } .step { border-color: #ccc; } }
`;
