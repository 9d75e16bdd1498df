import TerminalUI
import Testing

@Suite struct StatusBarTests {
  let hints = [KeyHint("q", "Quit"), KeyHint("/", "Filter"), KeyHint(.ctrl("d"), "Drain")]

  @Test func hintsAreKeyThenLabelTwoSpacesApart() {
    #expect(StatusBar(hints: hints).rendered(width: 40, height: 1).textDump() == "q Quit  / Filter  Ctrl-D Drain")
  }

  @Test func theTrailingTextIsRightAlignedAndNeverCrowdedOut() {
    let bar = StatusBar(hints: hints, trailing: "SIMULATION ×4")
    #expect(bar.rendered(width: 44, height: 1).textDump() == "q Quit  / Filter  Ctrl-D Drain SIMULATION ×4")
    #expect(bar.rendered(width: 30, height: 1).textDump() == "q Quit  / Filter SIMULATION ×4")
    #expect(bar.rendered(width: 10, height: 1).textDump() == "SIMULATIO…")
  }

  @Test func aHintThatDoesNotFitIsCutIfTwoLabelColumnsFitOtherwiseDropped() {
    #expect(StatusBar(hints: hints).rendered(width: 28, height: 1).textDump() == "q Quit  / Filter  Ctrl-D Dr…")
    #expect(StatusBar(hints: hints).rendered(width: 26, height: 1).textDump() == "q Quit  / Filter")
    #expect(StatusBar(hints: hints).rendered(width: 5, height: 1).textDump() == "q Qu…")
    #expect(StatusBar(hints: hints).rendered(width: 3, height: 1).textDump() == "")
  }

  @Test func keysLabelsAndTheBarHaveTheirOwnStyles() {
    let bar = StatusBar(
      hints: [KeyHint("q", "Quit"), KeyHint("?", "Help")], trailing: "t=5s", barStyle: Style(bg: .blue),
      keyStyle: Style(fg: .yellow, bg: .blue, bold: true), labelStyle: Style(fg: .white, bg: .blue),
      trailingStyle: Style(fg: .black, bg: .cyan))
    let grid = bar.rendered(width: 20, height: 2)
    #expect(grid.textDump() == "q Quit  ? Help  t=5s\n")
    #expect(
      grid.styleDump() == """
        abccccbbabccccbbdddd

        a: fg=yellow bg=blue bold
        b: bg=blue
        c: fg=white bg=blue
        d: fg=black bg=cyan
        """)
  }
}
