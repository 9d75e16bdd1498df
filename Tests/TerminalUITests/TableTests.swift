import TerminalUI
import Testing

@Suite struct TableTests {
  let columns = [
    TableColumn("NAME", width: .fixed(8)),
    TableColumn("STATUS", width: .min(7)),
    TableColumn("CPU", width: .fixed(4), alignment: .right),
  ]

  func task(_ i: Int) -> TableRow {
    TableRow(["web-\(i)", i % 3 == 2 ? "STOPPED" : "RUNNING", "\(256 * (i % 4 + 1))"])
  }

  @Test func headerRowsAndTheSelectedRowHighlightedAcrossTheWidth() {
    let table = Table(columns: columns, selectedRow: 1, sort: TableSort(column: 0))
    var g = Grid(width: 24, height: 5)
    table.render(rowCount: 3, in: g.bounds, on: &g, row: task)
    #expect(
      g.textDump() == """
        NAME↑    STATUS      CPU
        web-0    RUNNING     256
        web-1    RUNNING     512
        web-2    STOPPED     768

        """)
    #expect(
      g.styleDump() == """
        aaaaaaaaaaaaaaaaaaaaaaaa

        bbbbbbbbbbbbbbbbbbbbbbbb


        a: bold
        b: reverse
        """)
  }

  @Test func cellAndRowStylesColourStatusesButTheSelectionWins() {
    let table = Table(columns: columns, selectedRow: 0, showsHeader: false, selectedStyle: Style(bg: .blue))
    var g = Grid(width: 22, height: 3)
    table.render(rowCount: 3, in: g.bounds, on: &g) { i in
      var row = task(i)
      row.cellStyles = [nil, Style(fg: i % 3 == 2 ? .red : .green)]
      if i == 2 { row.style = Style(dim: true) }
      return row
    }
    #expect(
      g.styleDump() == """
        aaaaaaaaaaaaaaaaaaaaaa
        .........bbbbbbb
        cccccccccdddddddcccccc
        a: bg=blue
        b: fg=green
        c: dim
        d: fg=red
        """)
  }

  @Test func onlyTheVisibleRowsAreMadeSoAHugeTableCostsTheSameAsASmallOne() {
    var calls: [Int] = []
    let table = Table(columns: columns, selectedRow: 99_998, scrollOffset: 0)
    var g = Grid(width: 24, height: 4)
    table.render(rowCount: 100_000, in: g.bounds, on: &g) { i in
      calls.append(i)
      return task(i)
    }
    // Three rows fit under the header; the selected row is brought to the bottom of them.
    #expect(calls == [99_996, 99_997, 99_998])
    #expect(
      g.textDump() == """
        NAME     STATUS      CPU
        web-999… RUNNING     256
        web-999… RUNNING     512
        web-999… STOPPED     768
        """)
  }

  @Test func theScrollOffsetMovesAsLittleAsPossibleToShowTheSelection() {
    #expect(Table.scrollOffset(current: 0, selected: 3, rowCount: 100, visibleRows: 5) == 0)
    #expect(Table.scrollOffset(current: 0, selected: 5, rowCount: 100, visibleRows: 5) == 1)
    #expect(Table.scrollOffset(current: 40, selected: 38, rowCount: 100, visibleRows: 5) == 38)
    #expect(Table.scrollOffset(current: 40, selected: 42, rowCount: 100, visibleRows: 5) == 40)
    // Rows that shrank under the offset: no blank rows at the bottom.
    #expect(Table.scrollOffset(current: 40, selected: nil, rowCount: 12, visibleRows: 5) == 7)
    #expect(Table.scrollOffset(current: 3, selected: 500, rowCount: 12, visibleRows: 5) == 7)
    #expect(Table.scrollOffset(current: 3, selected: 1, rowCount: 0, visibleRows: 5) == 0)
    #expect(Table.scrollOffset(current: 3, selected: 1, rowCount: 10, visibleRows: 0) == 0)
  }

  @Test func visibleRowsFollowTheStoredOffset() {
    var table = Table(columns: columns, scrollOffset: 10)
    let area = Rect(x: 0, y: 0, width: 30, height: 6)
    #expect(table.visibleRowCount(in: area) == 5)
    #expect(table.visibleRows(rowCount: 100, in: area) == 10..<15)
    table.showsHeader = false
    #expect(table.visibleRows(rowCount: 13, in: area) == 7..<13)
    #expect(table.visibleRows(rowCount: 0, in: area) == 0..<0)
  }

  @Test func columnWidthsServeFixedAndMinimumFirstThenShareTheRest() {
    let table = Table(columns: [
      TableColumn("ID", width: .fixed(6)), TableColumn("A", width: .min(4)), TableColumn("B", width: .flex(2)),
      TableColumn("C", width: .flex(1)),
    ])
    // 40 - 3 gaps = 37; fixed 6 + min 4 = 10; the 27 left over is shared 1:2:1 → 6, 13, 6, and
    // the 2 columns of remainder go one each to the first growing columns.
    #expect(table.columnWidths(for: 40) == [6, 4 + 6 + 1, 13 + 1, 6])
    // Too narrow: the rightmost columns shrink and then vanish.
    #expect(table.columnWidths(for: 9) == [6, 2, 0, 0])
    #expect(table.columnWidths(for: 3) == [3, 0, 0, 0])
    #expect(table.columnWidths(for: 0) == [0, 0, 0, 0])
    #expect(Table(columns: []).columnWidths(for: 10) == [])
  }

  @Test func aNarrowTableKeepsTheSortArrowAndCutsTitles() {
    let table = Table(
      columns: [TableColumn("SERVICE", width: .fixed(5)), TableColumn("DESIRED", width: .fixed(4))],
      sort: TableSort(column: 1, ascending: false))
    #expect(
      table.render(rows: [TableRow(["frontend", "12"])], width: 10, height: 2) == """
        SERV… DE…↓
        fron… 12
        """)
  }

  @Test func thePlaceholderShowsWhenThereAreNoRows() {
    let table = Table(columns: columns, placeholder: "No tasks match /web")
    var g = Grid(width: 24, height: 3)
    table.render(rowCount: 0, in: g.bounds, on: &g) { _ in
      Issue.record("no row should be made")
      return TableRow([])
    }
    #expect(
      g.textDump() == """
        NAME     STATUS      CPU
        No tasks match /web

        """)
  }

  @Test func rowsWithFewerCellsLeaveTheRestBlank() {
    let table = Table(columns: columns, showsHeader: false)
    #expect(table.render(rows: [TableRow(["only"])], width: 20, height: 1) == "only")
  }
}

extension Table {
  /// The text of a table of in-memory rows on a fresh grid.
  func render(rows: [TableRow], width: Int, height: Int) -> String {
    var g = Grid(width: width, height: height)
    render(rows: rows, in: g.bounds, on: &g)
    return g.textDump()
  }
}
