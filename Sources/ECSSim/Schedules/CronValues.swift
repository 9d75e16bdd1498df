/// A set of integers in a field's range, as a bit set, so membership and "next value at least v"
/// are cheap.
struct CronValues: Sendable, Equatable {
  let lowest: Int
  let highest: Int
  private var words: [UInt64]

  init(_ range: ClosedRange<Int>) {
    lowest = range.lowerBound
    highest = range.upperBound
    words = [UInt64](repeating: 0, count: (range.count + 63) / 64)
  }

  mutating func insert(_ v: Int) {
    let i = v - lowest
    words[i >> 6] |= 1 << UInt64(i & 63)
  }

  func contains(_ v: Int) -> Bool {
    guard v >= lowest, v <= highest else { return false }
    let i = v - lowest
    return words[i >> 6] & (1 << UInt64(i & 63)) != 0
  }

  /// The smallest member ≥ `v`, or nil when there is none.
  func first(atLeast v: Int) -> Int? {
    guard v <= highest else { return nil }
    let i = max(v, lowest) - lowest
    var w = i >> 6
    var word = words[w] & (~0 << UInt64(i & 63))
    while true {
      if word != 0 { return lowest + w * 64 + word.trailingZeroBitCount }
      w += 1
      guard w < words.count else { return nil }
      word = words[w]
    }
  }
}
