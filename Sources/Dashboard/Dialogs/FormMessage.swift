/// A message for the status line or a dialog's error row.
public struct FormMessage: Error, Equatable, Sendable {
  public var text: String
  init(_ text: String) { self.text = text }
}
