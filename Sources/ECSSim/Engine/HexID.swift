/// A 32-hex-digit ECS id (task, container instance), as the long ARN format uses.
///
/// Stored as two words rather than a String: the world holds tens of thousands of these, and
/// comparing or hashing two integers is what placement and lookups do all day.
public struct HexID: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var hi: UInt64
  public var lo: UInt64

  public init(hi: UInt64, lo: UInt64) { self.hi = hi; self.lo = lo }

  public init(random rng: inout SeededRandom) {
    hi = rng.next()
    lo = rng.next()
  }

  /// Parses 32 hex digits (any case); nil otherwise.
  public init?(hex: String) {
    let u = Array(hex.utf8)
    guard u.count == 32 else { return nil }
    var words: [UInt64] = [0, 0]
    for (i, c) in u.enumerated() {
      let v: UInt8
      switch c {
      case 48...57: v = c - 48
      case 97...102: v = c - 87
      case 65...70: v = c - 55
      default: return nil
      }
      words[i / 16] = words[i / 16] << 4 | UInt64(v)
    }
    hi = words[0]
    lo = words[1]
  }

  public static func < (a: HexID, b: HexID) -> Bool { (a.hi, a.lo) < (b.hi, b.lo) }

  public var hex: String {
    String(unsafeUninitializedCapacity: 32) { buf in
      for (n, word) in [hi, lo].enumerated() {
        for i in 0..<16 {
          let nibble = Int((word >> UInt64(60 - 4 * i)) & 0xF)
          buf[n * 16 + i] = nibble < 10 ? UInt8(48 + nibble) : UInt8(87 + nibble)
        }
      }
      return 32
    }
  }

  public var description: String { hex }
}
