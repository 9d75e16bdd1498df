/// A key and what it does, as the hint bar shows it: `q Quit`.
///
/// The dashboard builds these from its keymap (keys are data, docs/architecture.md §4), so the
/// hints always show the bindings in effect.
public struct KeyHint: Hashable, Sendable {
  public var key: String
  public var label: String

  public init(_ key: String, _ label: String) {
    self.key = key
    self.label = label
  }

  /// A hint for a key value, shown with the key's `label` (`↑`, `Enter`, `Ctrl-C`).
  public init(_ key: Key, _ label: String) {
    self.init(key.label, label)
  }
}
