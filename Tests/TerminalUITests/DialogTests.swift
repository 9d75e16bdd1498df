import TerminalUI
import Testing

@Suite struct DialogTests {
  let stop = Dialog(
    title: "Stop task", lines: ["Stop task 1f2e3d4c?", "A service will replace it."], buttons: ["Cancel", "Stop"])

  @Test func aCentredBoxOverTheScreenWithCancelFocused() {
    var g = Grid(width: 36, height: 8, fill: Cell("."))
    stop.render(in: g.bounds, on: &g)
    #expect(
      g.textDump() == """
        ....................................
        ...┌ Stop task ─────────────────┐...
        ...│ Stop task 1f2e3d4c?        │...
        ...│ A service will replace it. │...
        ...│                            │...
        ...│    > Cancel <  [ Stop ]    │...
        ...└────────────────────────────┘...
        ....................................
        """)
    #expect(stop.frame(in: g.bounds) == Rect(x: 3, y: 1, width: 30, height: 6))
  }

  @Test func focusIsAStyleAsWellAsAMarker() {
    var d = stop
    d.focusedButton = 1
    var g = Grid(width: 30, height: 6)
    d.render(in: g.bounds, on: &g)
    #expect(g.line(4) == "│    [ Cancel ]  > Stop <    │")
    #expect(
      g.styleDump() == """
        .aaaaaaaaaaa



        .................bbbbbbbb

        a: bold
        b: reverse
        """)
  }

  @Test func aSmallAreaCutsTextBeforeButtons() {
    var g = Grid(width: 20, height: 5)
    stop.render(in: g.bounds, on: &g)
    #expect(
      g.textDump() == """
        ┌ Stop task ───────┐
        │ Stop task 1f2e3… │
        │                  │
        │ > Cancel <  [ St │
        └──────────────────┘
        """)
    var tiny = Grid(width: 20, height: 3)
    stop.render(in: tiny.bounds, on: &tiny)
    #expect(
      tiny.textDump() == """
        ┌ Stop task ───────┐
        │ > Cancel <  [ St │
        └──────────────────┘
        """)
  }

  @Test func aDialogWithoutButtonsIsJustAMessage() {
    let note = Dialog(title: "Paused", lines: ["Press space to resume"], buttons: [])
    #expect(
      note.rendered(width: 25, height: 3).textDump() == """
        ┌ Paused ───────────────┐
        │ Press space to resume │
        └───────────────────────┘
        """)
  }
}
