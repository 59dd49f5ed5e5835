using System.Text;

namespace Intake.Review.Ui.Pages;

/// <summary>
/// The one stylesheet, compiled into the program and served by it: system fonts, no image, no
/// import. Laptop first (reviewers read long testimonies), still usable on a narrow window.
/// </summary>
internal static class Stylesheet
{
    public const string Path = "/review.css";

    public static byte[] Bytes { get; } = Encoding.UTF8.GetBytes("""
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --accent: #0b5394; --error: #b00020; --line: #c8c8c8; --soft: #f4f4f4; --original: #fff8e1; }
        * { box-sizing: border-box; }
        html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 100%; line-height: 1.5; color: var(--ink); background: #fff; }
        body { margin: 0 auto; padding: 0 1rem 2rem; max-width: 64rem; }
        a { color: var(--accent); }
        a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #f5a623; outline-offset: 2px; }
        header.site { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: .5rem; border-bottom: 1px solid var(--line); padding: .75rem 0; }
        .brand { margin: 0; font-weight: 700; }
        .brand a { text-decoration: none; color: var(--ink); }
        nav { display: flex; gap: .5rem; align-items: center; }
        .nav-label { color: var(--muted); }
        .languages { list-style: none; display: flex; gap: .75rem; margin: 0; padding: 0; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: 1.25rem 0 .75rem; }
        h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
        h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
        fieldset { border: 1px solid var(--line); border-radius: .5rem; margin: 1rem 0; padding: .75rem 1rem; min-width: 0; }
        legend { font-weight: 700; padding: 0 .25rem; }
        label { display: block; font-weight: 600; }
        input, select, textarea { font: inherit; padding: .4rem; border: 1px solid #767676; border-radius: .35rem; background: #fff; max-width: 100%; }
        textarea { display: block; width: 100%; min-height: 7rem; }
        button { font: inherit; font-weight: 700; color: #fff; background: var(--accent); border: 0; border-radius: .4rem; padding: .55rem 1rem; cursor: pointer; }
        .filter-row { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; }
        .field { margin: .4rem 0; }
        .actions { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; margin: .75rem 0 0; }
        .count { color: var(--muted); }
        .notice { background: var(--soft); border-left: 4px solid var(--accent); padding: .75rem 1rem; }
        .error-summary { border: 3px solid var(--error); border-radius: .5rem; padding: .5rem 1rem; margin: 1rem 0; color: var(--error); font-weight: 600; }
        .field-error { color: var(--error); font-weight: 600; margin: .25rem 0; }
        [aria-invalid=true] { border-color: var(--error); border-width: 2px; }
        .table-scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        thead th { background: var(--soft); }
        td.number { text-align: right; }
        td.file-name, .free-text, .note-text { overflow-wrap: anywhere; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 1rem 0; }
        dl.facts dt { font-weight: 600; }
        dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        .status-form { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; background: var(--soft); padding: .5rem .75rem; border-radius: .5rem; }
        .status-form label { display: inline; }
        dl.answers dt { font-weight: 600; margin-top: .75rem; }
        dl.answers dd { margin: .15rem 0 0 1rem; }
        .original-marker { margin: 0; color: var(--muted); font-size: .9rem; font-style: italic; }
        .free-text { white-space: pre-wrap; background: var(--original); border-left: 4px solid #e0b000; padding: .5rem .75rem; }
        .hint { color: var(--muted); }
        code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9rem; overflow-wrap: anywhere; }
        code.command { white-space: nowrap; overflow-wrap: normal; }
        ol.notes { padding-left: 1.25rem; }
        ol.notes li { margin: .5rem 0; }
        .note-day { margin: 0; color: var(--muted); font-size: .9rem; }
        .note-text { white-space: pre-wrap; }
        .notes form button { margin-top: .5rem; }
        footer { margin-top: 3rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; }
        @media print { nav, form, footer { display: none; } }
        """);
}
