import TerminalUI
import Testing

@Suite struct GridTests {
  @Test func putWritesOneRowAndReturnsTheNextColumn() {
    var g = Grid(width: 10, height: 2)
    let end = g.put("web", at: Point(x: 2, y: 1))
    #expect(end == 5)
    #expect(g.textDump() == "\n  web")
    #expect(g[2, 1].character == "w")
    #expect(g.cells.count == 20)
  }

  @Test func putClipsToTheGridAndToTheClip() {
    var g = Grid(width: 8, height: 3)
    g.put("abcdefghij", at: Point(x: -2, y: 0))
    g.put("abcdefghij", at: Point(x: 1, y: 1), clip: Rect(x: 2, y: 0, width: 3, height: 3))
    g.put("never", at: Point(x: 0, y: 5))
    g.put("never", at: Point(x: 0, y: 2), clip: Rect(x: 0, y: 0, width: 8, height: 2))
    #expect(
      g.textDump() == """
        cdefghij
          bcd

        """)
  }

  @Test func putSkipsControlCharacters() {
    var g = Grid(width: 8, height: 1)
    #expect(g.put("a\tb\nc", at: .zero) == 3)
    #expect(g.textDump() == "abc")
  }

  @Test func wideCharactersTakeTwoCellsAndPrintOnce() {
    var g = Grid(width: 8, height: 1)
    #expect(g.put("日本ok", at: .zero) == 6)
    #expect(g.textDump() == "日本ok")
    #expect(g[0, 0].width == 2)
    #expect(g[1, 0].isContinuation)
    #expect(g[4, 0].character == "o")
  }

  @Test func aWideCharacterCutByTheRightEdgeBecomesASpace() {
    var g = Grid(width: 5, height: 2, fill: Cell("."))
    #expect(g.put("ab日", at: Point(x: 2, y: 0)) == 6)
    g.put("ab日x", at: Point(x: 0, y: 1), clip: Rect(x: 0, y: 1, width: 3, height: 1))
    #expect(
      g.textDump() == """
        ..ab
        ab ..
        """)
    #expect(g[4, 0].character == " " && g[4, 0].width == 1)
  }

  @Test func aWideCharacterCutByTheLeftEdgeShowsASpaceInItsVisibleHalf() {
    var g = Grid(width: 6, height: 1, fill: Cell("."))
    g.put("日本x", at: Point(x: 0, y: 0), clip: Rect(x: 1, y: 0, width: 5, height: 1))
    #expect(g.textDump() == ". 本x.")
    var h = Grid(width: 4, height: 1, fill: Cell("."))
    h.put("日ab", at: Point(x: -1, y: 0))
    #expect(h.textDump() == " ab.")
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var g = Grid(width: 6, height: 2)
    g.put("日本", at: .zero)
    g.put("x", at: Point(x: 1, y: 0))  // the right half of 日
    g.put("y", at: Point(x: 2, y: 0))  // the left half of 本
    #expect(g.textDump().split(separator: "\n").first == " xy")
    #expect((0..<6).allSatisfy { !g[$0, 0].isContinuation })
    g.put("日本語", at: Point(x: 0, y: 1))
    g.put("中", at: Point(x: 1, y: 1))  // straddles 日 and 本
    #expect(g.line(1) == " 中 語")
  }

  @Test func fillAndStyleUpdatesKeepCharacters() {
    var g = Grid(width: 6, height: 3)
    g.fill(Rect(x: 1, y: 0, width: 3, height: 2), with: "#", style: Style(fg: .green))
    g.put("ab", at: Point(x: 0, y: 2))
    g.updateStyle(in: Rect(x: 0, y: 2, width: 9, height: 9)) { $0.bold = true }
    #expect(
      g.textDump() == """
         ###
         ###
        ab
        """)
    #expect(
      g.styleDump() == """
        .aaa
        .aaa
        bbbbbb
        a: fg=green
        b: bold
        """)
  }

  @Test func boxesUseUnicodeLinesOrAsciiAndCarryATitle() {
    var g = Grid(width: 20, height: 4)
    g.drawBox(Rect(x: 0, y: 0, width: 12, height: 4), title: "Services")
    g.drawBox(Rect(x: 13, y: 0, width: 7, height: 3), border: .ascii, title: "Tasks and more")
    #expect(
      g.textDump() == """
        ┌ Services ┐ + Tas…+
        │          │ |     |
        │          │ +-----+
        └──────────┘
        """)
  }

  @Test func thinBoxesBecomeLinesAndTinyOnesDoNotCrash() {
    var g = Grid(width: 6, height: 4)
    g.drawBox(Rect(x: 0, y: 0, width: 6, height: 1), border: .rounded)
    g.drawBox(Rect(x: 0, y: 1, width: 1, height: 3), border: .double)
    g.drawBox(Rect(x: 2, y: 1, width: 2, height: 2), border: .heavy, title: "x")
    g.drawBox(Rect(x: 5, y: 3, width: 9, height: 9))
    #expect(
      g.textDump() == """
        ──────
        ║ ┏┓
        ║ ┗┛
        ║    ┌
        """)
  }

  @Test func linesStayInTheClip() {
    var g = Grid(width: 5, height: 3)
    g.drawHorizontalLine(from: Point(x: -2, y: 1), length: 20)
    g.drawVerticalLine(from: Point(x: 2, y: -5), length: 20, glyph: "┼", clip: Rect(x: 0, y: 0, width: 5, height: 2))
    #expect(
      g.textDump() == """
          ┼
        ──┼──

        """)
  }

  @Test func putInARectAlignsAndTruncates() {
    var g = Grid(width: 10, height: 3)
    g.put("left", in: Rect(x: 0, y: 0, width: 10, height: 1))
    g.put("right", in: Rect(x: 0, y: 1, width: 10, height: 1), alignment: .right)
    g.put("centred text", in: Rect(x: 2, y: 2, width: 6, height: 1), alignment: .center)
    #expect(
      g.textDump() == """
        left
             right
          centr…
        """)
  }

  @Test func textDumpTrimsTrailingSpacesButKeepsEveryRow() {
    var g = Grid(width: 4, height: 3)
    g.put("a", at: Point(x: 1, y: 1))
    #expect(g.textDump() == "\n a\n")
    #expect(g.description == g.textDump())
  }

  @Test func styleDumpLettersStylesInOrderOfFirstAppearance() {
    var g = Grid(width: 6, height: 2)
    g.put("ok", at: .zero, style: Style(fg: .green, bold: true))
    g.put("日", at: Point(x: 3, y: 0), style: Style(fg: .rgb(0x1e, 0x90, 0xff)))
    g.put("x", at: Point(x: 0, y: 1), style: Style(bg: .palette(236), reverse: true))
    g.put("y", at: Point(x: 2, y: 1), style: Style(fg: .green, bold: true))
    #expect(
      g.styleDump() == """
        aa.bb
        c.a
        a: fg=green bold
        b: fg=#1e90ff
        c: bg=236 reverse
        """)
  }

  @Test func aGridOfZeroSizeIsEmptyAndAcceptsDrawing() {
    var g = Grid(width: 0, height: 3)
    g.put("x", at: .zero)
    g.fill(g.bounds, with: "#")
    g.drawBox(Rect(x: 0, y: 0, width: 4, height: 4))
    #expect(g.cells.isEmpty)
    #expect(g.textDump() == "\n\n")
    #expect(g.cell(at: .zero) == nil)
  }

  @Test func clearResetsCellsAndCursor() {
    var g = Grid(width: 3, height: 1)
    g.put("abc", at: .zero, style: Style(bold: true))
    g.cursor = Point(x: 1, y: 0)
    g.clear()
    #expect(g == Grid(width: 3, height: 1))
  }
}

@Suite struct GridClipRegressionTests {
  /// Found by the property test: an empty clip at the grid's right edge let the visible half of
  /// a wide character be written one column past the row.
  @Test func anEmptyClipDrawsNothing() {
    var g = Grid(width: 3, height: 2, fill: Cell("."))
    g.put("日", at: Point(x: 2, y: 0), clip: Rect(x: 3, y: 0, width: 0, height: 2))
    g.put("x", at: Point(x: 0, y: 0), clip: Rect(x: 0, y: 0, width: 0, height: 2))
    #expect(g == Grid(width: 3, height: 2, fill: Cell(".")))
  }
}
