import TerminalUI
import Testing

@Suite struct SparklineTests {
  @Test func blocksGiveEightLevelsPerRowNewestAtTheRight() {
    let line = Sparkline(counts: [0, 1, 2, 3, 4, 5, 6, 7, 8, 4])
    #expect(line.rendered(width: 12, height: 1).textDump() == "   ▁▂▃▄▅▆▇█▄")
    // Only the newest values that fit are shown.
    #expect(line.rendered(width: 4, height: 1).textDump() == "▆▇█▄")
  }

  @Test func tallerAreasStackTheLevels() {
    // 2 rows × 8 = 16 levels, the maximum (16) is full height.
    #expect(
      Sparkline(counts: [0, 2, 4, 8, 16, 12, 6]).rendered(width: 7, height: 2).textDump() == """
            █▄
         ▂▄███▆
        """)
  }

  @Test func brailleDrawsTwoValuesPerCell() {
    #expect(
      Sparkline(counts: [0, 1, 2, 3, 4, 3, 2, 1], glyphs: .braille).rendered(width: 5, height: 1).textDump()
        == " ⢀⣴⣷⣄")
  }

  @Test func asciiUsesDotsColonsAndBars() {
    #expect(
      Sparkline(counts: [0, 1, 2, 3, 2, 1], glyphs: .ascii).rendered(width: 6, height: 2).textDump() == """
          .|.
         :|||:
        """)
  }

  @Test func aFixedMaximumScalesAndSmallValuesStayVisible() {
    #expect(Sparkline(counts: [1, 50, 100, 200], maximum: 100).rendered(width: 4, height: 1).textDump() == "▁▄██")
    #expect(Sparkline(values: [0, 0.001, 1000]).rendered(width: 3, height: 1).textDump() == " ▁█")
  }

  @Test func nothingToShowIsBlank() {
    #expect(Sparkline(values: []).rendered(width: 5, height: 2).textDump() == "\n")
    #expect(Sparkline(values: [0, 0, -3, .nan, .infinity]).rendered(width: 5, height: 1).textDump() == "")
  }

  @Test func theStyleCoversTheGraph() {
    #expect(
      Sparkline(counts: [1, 2], style: Style(fg: .cyan)).rendered(width: 3, height: 1).styleDump()
        == "aaa\na: fg=cyan")
  }
}
