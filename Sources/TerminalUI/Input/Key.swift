/// A key press, decoded from whatever the terminal sent.
///
/// The dashboard's keymap is data (docs/architecture.md §4): a table from `Key` to action. So a key
/// is a plain value with a stable name (`Key(name:)` and `name` round-trip), which keymap files,
/// the help overlay and recorded sessions all use. Control keys are `.ctrl` with a lowercase
/// letter; Tab, Enter, Backspace and Escape are their own cases even though a terminal sends
/// them as control codes, because users think of them as keys.
public enum Key: Hashable, Sendable {
  /// A printable character, as typed (`"a"`, `"A"`, `"?"`, `" "`, `"é"`).
  case char(Character)
  case up, down, left, right
  case enter, escape, tab
  /// Shift-Tab: cycles panes or fields backwards.
  case backTab
  case backspace, delete
  case home, end, pageUp, pageDown
  /// A function key: `.f(1)` is F1.
  case f(Int)
  /// Control plus a letter or symbol, stored lowercase: Ctrl-C is `.ctrl("c")`.
  case ctrl(Character)

  static let namedKeys: [(Key, String)] = [
    (.up, "up"), (.down, "down"), (.left, "left"), (.right, "right"), (.enter, "enter"),
    (.escape, "esc"), (.tab, "tab"), (.backTab, "shift-tab"), (.backspace, "backspace"),
    (.delete, "delete"), (.home, "home"), (.end, "end"), (.pageUp, "pgup"), (.pageDown, "pgdn"),
  ]

  static let aliases: [String: Key] = [
    "escape": .escape, "return": .enter, "backtab": .backTab, "s-tab": .backTab,
    "shift+tab": .backTab, "del": .delete, "bs": .backspace, "pageup": .pageUp,
    "pagedown": .pageDown, "page-up": .pageUp, "page-down": .pageDown, "space": .char(" "),
  ]

  /// Parses a key as a keymap file writes it: a single character (`q`, `?`, `G`), `space`,
  /// a named key (`enter`, `esc`, `tab`, `shift-tab`, `backspace`, `delete`, `home`, `end`,
  /// `pgup`, `pgdn`, `up`, `down`, `left`, `right`), `f1`…`f24`, or `ctrl-x` (also `ctrl+x`,
  /// `^x`). Names are case-insensitive; single characters are not (`G` is not `g`).
  public init?(name: String) {
    if name.count == 1, let c = name.first {
      self = .char(c)
      return
    }
    let lower = name.lowercased()
    if let (key, _) = Self.namedKeys.first(where: { $0.1 == lower }) {
      self = key
      return
    }
    if let key = Self.aliases[lower] {
      self = key
      return
    }
    for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
      let rest = lower.dropFirst(prefix.count)
      guard rest.count == 1, let c = rest.first, displayWidth(c) == 1 else { return nil }
      self = .ctrl(c)
      return
    }
    if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
      self = .f(n)
      return
    }
    return nil
  }

  /// The name `init?(name:)` reads back: `q`, `space`, `enter`, `shift-tab`, `f5`, `ctrl-c`.
  public var name: String {
    switch self {
    case .char(" "): return "space"
    case .char(let c): return String(c)
    case .f(let n): return "f\(n)"
    case .ctrl(let c): return "ctrl-\(c)"
    default: return Self.namedKeys.first(where: { $0.0 == self })?.1 ?? "?"
    }
  }

  /// How the hint bar and help overlay show the key: short, and readable by someone who has
  /// never seen a keymap file (`q`, `Space`, `Enter`, `Esc`, `↑`, `PgDn`, `F5`, `Ctrl-C`).
  public var label: String {
    switch self {
    case .char(" "): return "Space"
    case .char(let c): return String(c)
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "S-Tab"
    case .backspace: return "Bksp"
    case .delete: return "Del"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .f(let n): return "F\(n)"
    case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
    }
  }
}
