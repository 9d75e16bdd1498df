import TerminalUI
import Testing

@Suite struct GaugeTests {
  @Test func eighthBlocksShowTheFractionOfACell() {
    // 9 bar cells × 8 = 72 eighths; 62% is 44.6 → 45 eighths: 5 full cells and 5/8 of one.
    #expect(Gauge(ratio: 0.62).rendered(width: 16, height: 1).textDump() == "[█████▋   ]  62%")
    #expect(Gauge(ratio: 0.5).rendered(width: 16, height: 1).textDump() == "[████▌    ]  50%")
    #expect(Gauge(ratio: 1).rendered(width: 10, height: 1).textDump() == "[███] 100%")
    #expect(Gauge(ratio: 0).rendered(width: 10, height: 1).textDump() == "[   ]   0%")
  }

  @Test func asciiFallbackRoundsToWholeCells() {
    #expect(Gauge(ratio: 0.62, glyphs: .ascii).rendered(width: 16, height: 1).textDump() == "[######   ]  62%")
    #expect(
      Gauge(ratio: 0.62, glyphs: .ascii, filledStyle: Style(fg: .green)).rendered(width: 16, height: 1)
        .styleDump() == ".aaaaaa\na: fg=green")
  }

  @Test func aCustomLabelReplacesThePercentage() {
    #expect(
      Gauge(ratio: 0.25, label: "cpu 512/2048").rendered(width: 22, height: 1).textDump()
        == "[█▊     ] cpu 512/2048")
  }

  @Test func narrowAreasDropTheLabelThenTheBrackets() {
    #expect(Gauge(ratio: 0.5).rendered(width: 8, height: 1).textDump() == "[▌]  50%")
    #expect(Gauge(ratio: 0.5).rendered(width: 7, height: 1).textDump() == "[██▌  ]")
    #expect(Gauge(ratio: 0.5).rendered(width: 5, height: 1).textDump() == "[█▌ ]")
    #expect(Gauge(ratio: 0.5).rendered(width: 2, height: 1).textDump() == "█")
    #expect(Gauge(ratio: 0.9).rendered(width: 1, height: 1).textDump() == "▉")
  }

  @Test func percentagesNeverClaimFullOrEmptyFalsely() {
    #expect(Gauge.percentText(0.996) == "99%")
    #expect(Gauge.percentText(0.004) == "1%")
    #expect(Gauge.percentText(0.29) == "29%")
    #expect(Gauge.percentText(1.5) == "100%")
    #expect(Gauge.percentText(-1) == "0%")
    #expect(Gauge.percentText(.nan) == "0%")
  }

  @Test func progressBarsCountTowardsATotalOverAVisibleTrack() {
    // 12 cells × 8 = 96 eighths; 13/20 is 62.4 → 62: 7 full cells and 6/8.
    #expect(ProgressBar(value: 13, total: 20).rendered(width: 18, height: 1).textDump() == "███████▊░░░░ 13/20")
    #expect(ProgressBar(value: 3, total: 4, glyphs: .ascii).rendered(width: 12, height: 1).textDump() == "######.. 3/4")
    #expect(ProgressBar(value: 5, total: 0).rendered(width: 8, height: 1).textDump() == "░░░░ 5/0")
    #expect(ProgressBar(value: 9, total: 4, label: "new").rendered(width: 8, height: 1).textDump() == "████ new")
    #expect(ProgressBar(value: 1, total: 2).rendered(width: 4, height: 1).textDump() == "██░░")
  }

  @Test func progressBarStylesSeparateFillTrackAndLabel() {
    let bar = ProgressBar(
      value: 1, total: 2, filledStyle: Style(fg: .green), trackStyle: Style(dim: true), labelStyle: Style(bold: true))
    #expect(
      bar.rendered(width: 8, height: 1).styleDump() == """
        aabbcccc
        a: fg=green
        b: dim
        c: bold
        """)
  }
}
