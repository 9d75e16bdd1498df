import TerminalUI

/// The bottom line's input: the `:` command prompt or the `/` filter.
public struct Prompt: Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    case command
    /// Editing the filter of a pane; `previous` is restored if the user presses Esc.
    case filter(PaneKind, previous: String)
  }
  public var kind: Kind
  public var input: TextInput
  /// Position in the history while browsing it with ↑/↓ (nil: editing a new line).
  public var historyIndex: Int?
  /// Candidates of the last Tab, shown above the prompt; Tab again takes the next one.
  public var completions: [String] = []
  public var completionIndex: Int?
  /// The text before the word being completed, so repeated Tabs cycle through candidates.
  public var completionBase: String?

  public init(kind: Kind, text: String = "") {
    self.kind = kind
    input = TextInput(text: text, prompt: kind == .command ? ":" : "/")
  }
}
