/// A parsed `/` filter: `web` keeps rows containing "web" (any case); `!web` drops them.
public struct FilterPattern: Sendable {
  public let needle: String
  public let negated: Bool

  public init(_ text: String) {
    if text.hasPrefix("!") {
      negated = true
      needle = String(text.dropFirst()).lowercased()
    } else {
      negated = false
      needle = text.lowercased()
    }
  }

  public var isEmpty: Bool { needle.isEmpty }

  public func matches(_ text: String) -> Bool {
    if needle.isEmpty { return true }
    return text.lowercased().contains(needle) != negated
  }
}
