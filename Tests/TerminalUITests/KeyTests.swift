import TerminalUI
import Testing

@Suite struct KeyTests {
  @Test func namesReadBack() {
    let keys: [Key] = [
      .char("q"), .char("G"), .char("?"), .char(" "), .char("é"), .up, .down, .left, .right, .enter,
      .escape, .tab, .backTab, .backspace, .delete, .home, .end, .pageUp, .pageDown, .f(1), .f(12),
      .ctrl("c"),
    ]
    for k in keys { #expect(Key(name: k.name) == k, "\(k.name)") }
    #expect(Key.char(" ").name == "space")
    #expect(Key.backTab.name == "shift-tab")
    #expect(Key.ctrl("d").name == "ctrl-d")
  }

  @Test func keymapFilesMaySpellKeysSeveralWays() {
    #expect(Key(name: "ESC") == .escape)
    #expect(Key(name: "Escape") == .escape)
    #expect(Key(name: "return") == .enter)
    #expect(Key(name: "Ctrl+R") == .ctrl("r"))
    #expect(Key(name: "^r") == .ctrl("r"))
    #expect(Key(name: "PageDown") == .pageDown)
    #expect(Key(name: "F5") == .f(5))
    #expect(Key(name: "G") == .char("G"))
  }

  @Test func unknownNamesAreRejected() {
    #expect(Key(name: "") == nil)
    #expect(Key(name: "f0") == nil)
    #expect(Key(name: "f25") == nil)
    #expect(Key(name: "ctrl-") == nil)
    #expect(Key(name: "ctrl-ab") == nil)
    #expect(Key(name: "hyper-x") == nil)
  }

  @Test func labelsAreShortAndPlain() {
    #expect(
      [Key.up, .pageDown, .f(5), .ctrl("c"), .char(" "), .escape, .backTab].map(\.label)
        == ["↑", "PgDn", "F5", "Ctrl-C", "Space", "Esc", "S-Tab"])
    #expect(KeyHint(.ctrl("c"), "Quit") == KeyHint("Ctrl-C", "Quit"))
  }
}
