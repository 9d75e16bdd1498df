import Dashboard
import ECSSim
import Testing
import TerminalUI

@Suite struct HintBarTests {
  /// 80 columns cannot hold every hint: speed, pause, fault and why go first; `q quit` stays.
  @Test func narrowHintBarDropsTheLeastNeededAndKeepsQuit() {
    let keymap = Keymap.standard
    let narrow = keymap.hints(for: .services, readonly: false, width: 80, spacing: 1)
    #expect(narrow.map(\.key) == ["?", ":", "Tab", "Enter", "/", "d", "s", "u", "q"])
    #expect(narrow.last == KeyHint("q", "quit"))
    #expect(keymap.hints(for: .services, readonly: false, width: 200, spacing: 1) == keymap.hints(for: .services, readonly: false))
    #expect(keymap.hints(for: .tasks, readonly: false, width: 10, spacing: 1) == [KeyHint("q", "quit")])
    // Read-only: no mutating hints at any width.
    #expect(keymap.hints(for: .services, readonly: true, width: 80, spacing: 1).map(\.key) == ["?", ":", "Tab", "Enter", "/", "d", "w", "Space", "q"])
  }
}
