"""A `ReportDocument` as the HTML subset QTextDocument lays out: headings, paragraphs,
tables and chart images (referenced as `chart://<figure name>`, added by `pdf`)."""

from __future__ import annotations

from workstation.reports.document import Block, Cell, Figure, ReportDocument, Table, TableKind, Text

CHART_WIDTH = 660  # screen pixels; the PDF lays charts out at this width (see `pdf`)

_STYLE = (
    "body { font-family: sans-serif; font-size: 10pt; } h1 { font-size: 18pt; } h2 { font-size: 13pt; "
    "margin-top: 14px; } table.grid { font-size: 9pt; } table.grid th { background: #EAECEE; } table.grid td, table.grid th "
    "{ border-bottom: 1px solid #D5D8DC; } .muted { color: #566573; }"
)
# How each kind of table is set: (width, cell padding, share of the width for the first column).
_TABLE_SETTING = {
    TableKind.KEY_FIGURES: ("60%", 4, None),
    TableKind.LIST: ("100%", 3, None),
    TableKind.COMPARISON: ("100%", 3, "20%"),  # the same share everywhere, so the tables line up
}


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cell(cell: Cell, first: bool) -> str:
    text = f"<b>{_esc(cell.text)}</b>" if cell.strong else _esc(cell.text)
    return f"<td>{text}</td>" if first else f"<td align='right'>{text}</td>"


def _table(table: Table) -> str:
    width, padding, first_width = _TABLE_SETTING[table.kind]
    head = ""
    if table.columns:
        first, *others = table.columns
        head = (f"<tr><th width='{first_width}'>" if first_width else "<tr><th>") + f"{_esc(first)}</th>"
        head += "".join(f"<th>{_esc(c)}</th>" for c in others) + "</tr>"
    body = "".join("<tr>" + "".join(_cell(c, i == 0) for i, c in enumerate(row)) + "</tr>" for row in table.rows)
    return f"<table class='grid' cellspacing='0' cellpadding='{padding}' width='{width}'>{head}{body}</table>"


def _block(block: Block) -> str:
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Figure):
        return f"<p><img src='chart://{block.name}' width='{CHART_WIDTH}'/></p>"
    assert isinstance(block, Text)
    return f"<p class='muted'>{_esc(block.text)}</p>" if block.muted else f"<p>{_esc(block.text)}</p>"


def document_html(doc: ReportDocument) -> str:
    """The whole document as one HTML page."""
    html = [
        f"<html><head><style>{_STYLE}</style></head><body>",
        f"<h1>{_esc(doc.heading)}</h1>",
        f"<p>{_esc(doc.period_label)} <b>{_esc(doc.period)}</b><br/>"
        f"<span class='muted'>{_esc(doc.generated)}</span></p>",
    ]
    for section in doc.sections:
        html.append(f"<h2>{_esc(section.heading)}</h2>")
        html += [_block(b) for b in section.blocks]
    html.append(f"<p class='muted'>{_esc(doc.footnote)}</p></body></html>")
    return "".join(html)
