namespace CmkSim.Reports.Writers;

/// <summary>The report page's inline stylesheet: no external fonts or files, and a print layout that breaks cleanly.</summary>
public static class HtmlStyle
{
    public const string Css = """
        body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; margin: 2em auto; max-width: 1000px; color: #212121; line-height: 1.4; }
        h1 { font-size: 1.6em; margin-bottom: 0.2em; }
        h2 { border-bottom: 2px solid #e0e0e0; padding-bottom: 0.2em; margin-top: 2em; }
        table { border-collapse: collapse; width: 100%; font-size: 0.85em; margin: 0.5em 0; }
        th, td { border: 1px solid #d0d0d0; padding: 3px 6px; text-align: left; vertical-align: top; }
        td.wrap { overflow-wrap: anywhere; }
        th { background: #f0f0f0; }
        tr:target { background: #fff59d; }
        .verdict { font-size: 1.4em; font-weight: bold; padding: 0.6em 1em; border-radius: 4px; }
        .passed { background: #e8f5e9; color: #1b5e20; border: 2px solid #2e7d32; }
        .failed { background: #ffebee; color: #b71c1c; border: 2px solid #c62828; }
        .verdicts { display: flex; gap: 0.6em; flex-wrap: wrap; }
        .verdicts .verdict { flex: 1 1 20em; font-size: 1.1em; }
        .verdict-label { display: block; font-size: 0.7em; text-transform: uppercase; letter-spacing: 0.08em; opacity: 0.8; }
        .verdict-detail { display: block; font-size: 0.7em; font-weight: normal; margin-top: 0.3em; }
        .harmed { background: #b71c1c; color: #ffffff; border: 2px solid #7f0000; }
        .atrisk { background: #fff3e0; color: #e65100; border: 2px solid #ef6c00; }
        .sound { background: #e8f5e9; color: #1b5e20; border: 2px solid #2e7d32; }
        blockquote { margin: 0.3em 0 0 0; padding-left: 0.6em; border-left: 3px solid #bdbdbd; color: #424242; }
        details summary { cursor: pointer; }
        tr.group > td { background: #fafafa; }
        .verdict-cell { padding: 0 0.4em; border-radius: 3px; font-weight: bold; white-space: nowrap; }
        .Pass { color: #1b5e20; font-weight: bold; }
        .Fail { color: #b71c1c; font-weight: bold; }
        .Finding { color: #e65100; font-weight: bold; }
        .Critical, .High { color: #b71c1c; font-weight: bold; }
        .Medium { color: #e65100; font-weight: bold; }
        .meta td:first-child { width: 12em; font-weight: bold; }
        figure { margin: 1em 0; page-break-inside: avoid; break-inside: avoid; }
        figure svg { width: 100%; height: auto; max-width: 900px; }
        figcaption { font-size: 0.85em; color: #555; }
        pre { background: #f7f7f7; border: 1px solid #ddd; padding: 0.6em; overflow-x: auto; font-size: 0.8em; }
        .wallclock { border-top: 4px double #999; margin-top: 3em; }
        .note { color: #555; font-size: 0.9em; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10pt; }
          h2 { page-break-after: avoid; break-after: avoid; }
          tr { page-break-inside: avoid; break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
