"""The suite matrix drawn as a DataTable: the first column (cases) stays put, the rest scroll
both ways; cells are updated in place as runs end, and rebuilt only when the rows or columns
change (a filter, a sort).  Every string is drawn as plain ``Text`` through ``visible``:
case ids, target names and error kinds come from files and providers, never markup."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from provtui.ui.safe import visible
from provtui.ui.screens.matrix_model import MatrixModel, Row

__all__ = ["MatrixGrid"]

_STYLE = {"pass": "bold green", "partial": "yellow", "fail": "bold red", "error": "bold red",
          "running": "cyan", "pending": "dim"}
_ROW_STYLE = {"total": "bold", "all": "bold reverse", "time": "italic", "cost": "italic"}


class MatrixGrid(DataTable[Text]):
    DEFAULT_CSS = """
    MatrixGrid { height: 1fr; }
    """

    def __init__(self, **kw: object) -> None:
        super().__init__(cursor_type="cell", zebra_stripes=False, fixed_columns=1,
                         **kw)  # type: ignore[arg-type]
        self.model: MatrixModel | None = None
        self.frame = 0
        self._layout: tuple[tuple[str, ...], tuple[str, ...]] | None = None
        self._shown: dict[tuple[str, str], str] = {}
        self.row_list: list[Row] = []
        self.col_list: list[str] = []

    def _cell(self, row: Row, target: str) -> Text:
        assert self.model is not None
        text = self.model.text(row, target, self.frame)
        if row.kind == "case":
            style = _STYLE.get(self.model.cell_state(row.key, target), "")
        elif text.startswith("ERR"):
            style = "bold red"
        else:
            style = _ROW_STYLE.get(row.kind, "")
        return Text(visible(text), style=style, no_wrap=True)

    def _label(self, row: Row) -> Text:
        style = _ROW_STYLE.get(row.kind, "")
        return Text(visible(row.label), style=style, no_wrap=True, overflow="ellipsis")

    def sync(self, model: MatrixModel) -> None:
        """Show the model: update changed cells, or rebuild when the layout changed."""
        self.model = model
        rows = model.rows()
        cols = model.columns()
        layout = (tuple(f"{r.kind}:{r.key}" for r in rows), tuple(cols))
        if layout != self._layout:
            self._rebuild(rows, cols, layout)
            return
        for row in rows:
            for t in cols:
                cell = self._cell(row, t)
                k = (f"{row.kind}:{row.key}", t)
                if self._shown.get(k) != cell.plain:
                    self._shown[k] = cell.plain
                    self.update_cell(k[0], t, cell)

    def _rebuild(self, rows: list[Row], cols: list[str],
                 layout: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
        cursor_row_key = (self.row_list[self.cursor_row] if 0 <= self.cursor_row
                          < len(self.row_list) else None)
        cursor_col = self.cursor_column
        self.clear(columns=True)
        self._shown.clear()
        self._layout = layout
        self.row_list = rows
        self.col_list = cols
        label_w = max([len(r.label) for r in rows] + [8])
        self.add_column(Text("case", style="bold"), key="__case__", width=min(label_w, 28))
        for t in cols:
            # fixed widths: a cell that changes never re-measures the table
            # (18: a footer such as "35.5/64 [62-87%]")
            width = max(len(visible(t)), 18)
            self.add_column(Text(visible(t), style="bold", no_wrap=True), key=t,
                            width=min(width, 24))
        for row in rows:
            cells = []
            for t in cols:
                cell = self._cell(row, t)
                self._shown[(f"{row.kind}:{row.key}", t)] = cell.plain
                cells.append(cell)
            self.add_row(self._label(row), *cells, key=f"{row.kind}:{row.key}")
        if cursor_row_key is not None:
            new_row = next((i for i, r in enumerate(rows) if r == cursor_row_key), 0)
            self.move_cursor(row=new_row, column=min(cursor_col, len(cols)))

    def current(self) -> tuple[Row | None, str | None]:
        """The row and target under the cursor (target None on the case column)."""
        row = self.row_list[self.cursor_row] if 0 <= self.cursor_row < len(self.row_list) \
            else None
        col = self.cursor_column - 1
        target = self.col_list[col] if 0 <= col < len(self.col_list) else None
        return row, target

    def offscreen(self) -> str:
        """What the viewport hides: columns to the left/right, rows above/below."""
        if not self.row_list:
            return ""
        region = self.scrollable_content_region
        x0, y0 = self.scroll_offset
        widths = [c.get_render_width(self) for c in self.ordered_columns]
        fixed = sum(widths[:1])
        left = right = 0
        x = fixed
        for w in widths[1:]:
            start = x - fixed
            if start + w <= x0:
                left += 1
            elif start >= x0 + max(0, region.width - fixed):
                right += 1
            x += w
        header = self.header_height if self.show_header else 0
        visible_rows = max(0, region.height - header)
        above = min(int(y0), len(self.row_list))
        below = max(0, len(self.row_list) - above - visible_rows)
        bits = []
        if left:
            bits.append(f"← {left} target{'s' if left != 1 else ''}")
        if right:
            bits.append(f"{right} target{'s' if right != 1 else ''} →")
        if above:
            bits.append(f"↑ {above} row{'s' if above != 1 else ''}")
        if below:
            bits.append(f"↓ {below} row{'s' if below != 1 else ''}")
        return "  ".join(bits)
