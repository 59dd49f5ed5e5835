namespace Intake.Review.Reports;

/// <summary>The report's inline stylesheet: system fonts, readable on a phone, a laptop and paper.</summary>
internal static class ReportStyles
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --bar: #0b5394; --line: #c8c8c8; --soft: #f4f4f4; }
        * { box-sizing: border-box; }
        html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; color: var(--ink); background: #fff; }
        body { margin: 0 auto; padding: 0 1rem 2rem; max-width: 56rem; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: 1.25rem 0 .75rem; }
        h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
        .table-scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-variant-numeric: tabular-nums; }
        th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); }
        thead th { background: var(--soft); }
        td.number, th.number { text-align: right; }
        tfoot td, tfoot th { font-weight: 700; }
        .suppressed { color: var(--muted); }
        svg.chart { display: block; width: 100%; max-width: 40rem; height: auto; margin: .5rem 0; }
        svg.chart .bar { fill: var(--bar); }
        svg.chart text { font-size: 13px; fill: var(--ink); }
        svg.chart text.suppressed { fill: var(--muted); font-style: italic; }
        .notes { background: var(--soft); border-left: 4px solid var(--bar); padding: .5rem 1rem; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          h2 { break-after: avoid; }
          section, table, svg.chart { break-inside: avoid; }
          .table-scroll { overflow: visible; }
          svg.chart .bar { fill: #333; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          .notes { background: none; border: 1px solid #999; }
        }
        """;
}
