"""The HTML report (``crosscheck --html FILE``): one self-contained file to read a run in a browser.

It holds the summary (cases by status, the Octave, numpy and Python versions, when the run started,
how long it took), the table of every case run (the terminal's columns, the verdict coloured), and for
each failing case its reason and, per failing output, what explains it (``crosscheck.report.explain``)
with a picture of where its errors are (``crosscheck.error_plots``), and its traces when it has some
(``crosscheck.plots``). Nothing outside the file: the pictures are PNGs inside it (``data:`` URIs), the
style sheet is inline, there is no script. All text is escaped.
"""

from __future__ import annotations

import base64
import html
from pathlib import Path

from crosscheck.report import COLUMNS, cells, explain, verdict, write_atomically
from crosscheck.runner import CaseResult, Status, slug, summarize

STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.5em; } h2 { margin-top: 1.6em; } h3 { margin-bottom: .3em; }
table { border-collapse: collapse; } th, td { padding: 2px 10px; text-align: left; }
#cases th { position: sticky; top: 0; background: #eee; border-bottom: 2px solid #999; }
#cases td { border-bottom: 1px solid #ddd; font-family: ui-monospace, monospace; font-size: 13px; }
tr.pass td.verdict { background: #d9f2d9; color: #185c18; }
tr.floor td.verdict { background: #eaf7d4; color: #41631a; }
td.verdict a { color: inherit; }
tr.fail td { background: #fdecec; } tr.fail td.verdict { background: #f4b4b4; color: #8b0000; font-weight: bold; }
.counts td { font-weight: bold; } .counts .bad { color: #8b0000; } .counts .good { color: #185c18; }
.banner { background: #fff3cd; border: 1px solid #e0c060; padding: .5em 1em; }
section.failure { border-left: 4px solid #c33; padding-left: 1em; margin: 1.5em 0; }
pre { background: #f6f6f6; padding: .5em; white-space: pre-wrap; font-size: 13px; }
img { max-width: 100%; border: 1px solid #ddd; display: block; margin: .5em 0; }
.note { font-style: italic; color: #555; }
"""

e = html.escape


def _img(png: bytes, alt: str) -> str:
    data = base64.b64encode(png).decode("ascii")
    return f'<img src="data:image/png;base64,{data}" alt="{e(alt)}">'


def _summary(results: list[CaseResult], selected: int, meta: dict, seconds: float, interrupted: bool) -> str:
    counts = summarize(results)
    heads = "".join(f"<th>{e(status)}</th>" for status, n in counts.items())
    tally = "".join(f'<td class="{"good" if status == Status.PASS.value else "bad" if n else ""}">{n}</td>'
                    for status, n in counts.items())
    facts = [("cases run", f"{len(results)} of {selected}"), ("Octave", meta.get("octave_version")),
             ("numpy", meta.get("numpy_version")), ("Python", meta.get("python_version")),
             ("platform", meta.get("platform")), ("started", meta.get("started")),
             ("elapsed", f"{seconds:.1f} s"), ("command", " ".join(map(str, meta.get("argv") or [])))]
    rows = "".join(f"<tr><th>{e(k)}</th><td>{e(str(v))}</td></tr>" for k, v in facts if v)
    banner = (f'<p class="banner">Interrupted: this report holds the {len(results)} cases run before the '
              f"interruption, of {selected} selected.</p>") if interrupted else ""
    return (f'{banner}<table class="counts"><tr>{heads}</tr><tr>{tally}</tr></table>\n'
            f'<table class="facts">{rows}</table>')


def _row(r: CaseResult) -> str:
    css = "fail" if not r.passed else "floor" if r.by_floor else "pass"
    values = cells(r)
    tds = [f'<td title="{e(r.case.about or "")}">{e(values[0])}</td>'] + [f"<td>{e(v)}</td>" for v in values[1:-1]]
    shown = e(values[-1]) if r.passed else f'<a href="#{e(_anchor(r))}">{e(values[-1])}</a>'
    return f'<tr class="{css}">{"".join(tds)}<td class="verdict">{shown}</td></tr>'


def _anchor(r: CaseResult) -> str:
    return "case-" + slug(r.case.id)


def _failure(r: CaseResult, pictures) -> str:
    """A failing case's section: its reason, then each failing output's explanation and picture."""
    drawn = {p.name: p for p in pictures.outputs} if pictures is not None else {}
    parts = [f'<section class="failure" id="{e(_anchor(r))}"><h3>{e(r.case.id)}: {e(verdict(r))}</h3>']
    if r.case.about:
        parts.append(f"<p>{e(r.case.about)}</p>")
    if r.message:
        parts.append(f"<pre>{e(r.message)}</pre>")
    for o in r.outputs:
        if o.passed:
            continue
        parts.append(f"<h4>{e(o.name)}: {e(o.verdict.value)}</h4>")
        lines = [o.note, *explain(o)] if o.note else explain(o)
        if lines:
            parts.append(f"<pre>{e(chr(10).join(lines))}</pre>")
        picture = drawn.get(o.name)
        if picture is not None and picture.png is not None:
            parts.append(_img(picture.png, f"where {o.name} of {r.case.id} parts from Octave's"))
        elif picture is not None and picture.note:
            parts.append(f'<p class="note">{e(picture.note)}</p>')
    if pictures is not None and pictures.trace is not None:
        parts.append("<h4>traces</h4>" + _img(pictures.trace, f"both traces of {r.case.id}, and the ULPs between"))
    return "\n".join(parts) + "</section>"


def html_page(results: list[CaseResult], selected: int, meta: dict, seconds: float, interrupted: bool = False,
              pictures: dict | None = None) -> str:
    """The report as one HTML document; ``pictures`` maps a failing case's id to its
    ``crosscheck.artifacts.CasePictures``."""
    pictures = pictures or {}
    failed = [r for r in results if not r.passed]
    title = f"crosscheck: {len(results)} cases, {len(failed)} failed"
    heads = "".join(f"<th>{e(c)}</th>" for c in COLUMNS)
    body = "\n".join(_row(r) for r in results)
    failures = "\n".join(_failure(r, pictures.get(r.case.id)) for r in failed) or "<p>None: every case passed.</p>"
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{e(title)}</title>\n'
            f"<style>{STYLE}</style></head>\n<body>\n<h1>{e(title)}</h1>\n"
            f"{_summary(results, selected, meta, seconds, interrupted)}\n"
            f'<h2>Cases</h2>\n<table id="cases"><thead><tr>{heads}</tr></thead>\n<tbody>\n{body}\n</tbody></table>\n'
            f"<h2>Failures</h2>\n{failures}\n</body></html>\n")


def write_html(path: Path, results: list[CaseResult], selected: int, meta: dict, seconds: float,
               interrupted: bool = False, pictures: dict | None = None) -> None:
    """Write the report to ``path`` (atomically: a reader never sees half a file)."""
    path = Path(path)
    write_atomically(path, html_page(results, selected, meta, seconds, interrupted, pictures))
