/// One word of a command line, after shell-style quote removal.
public struct CommandToken: Sendable, Equatable {
  /// The word with quotes removed and escapes applied: what a shell would pass to `aws`.
  public var text: String
  /// 1-based column of the word's first character, for error messages.
  public var column: Int
  /// The word exactly as typed, quotes included. The shorthand parser reads this, so that
  /// `expression="a, b"` keeps its quoted value whole (a shell would have stripped the quotes).
  public var raw: String
  /// True when the whole word is one quoted string (`"…"` or `'…'`).
  public var isWhollyQuoted: Bool

  public init(text: String, column: Int, raw: String, isWhollyQuoted: Bool = false) {
    self.text = text; self.column = column; self.raw = raw; self.isWhollyQuoted = isWhollyQuoted
  }
}
