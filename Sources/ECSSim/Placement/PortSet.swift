/// The host ports taken on one instance and protocol: reserved by the agent, held statically
/// by a task, or handed out dynamically. A bitset, so "is 8080 free?" is one load.
public struct PortSet: Sendable {
  private var words: [UInt64] = []

  public init() {}

  public func contains(_ port: Int) -> Bool {
    let w = port >> 6
    return w < words.count && words[w] & (1 << UInt64(port & 63)) != 0
  }

  public mutating func insert(_ port: Int) {
    if words.isEmpty { words = [UInt64](repeating: 0, count: 1024) }
    words[port >> 6] |= 1 << UInt64(port & 63)
  }

  public mutating func remove(_ port: Int) {
    guard !words.isEmpty else { return }
    words[port >> 6] &= ~(1 << UInt64(port & 63))
  }
}
