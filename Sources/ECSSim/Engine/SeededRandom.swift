/// The engine's only source of randomness: SplitMix64, seeded by the scenario's `--seed`.
///
/// Ranges are derived from the raw 64-bit output here (Lemire's multiply-shift) rather than
/// through `Int.random(in:using:)`, whose algorithm the standard library may change; golden
/// event logs must survive toolchain upgrades.
public struct SeededRandom: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform value in `0..<bound` (bound > 0).
  public mutating func below(_ bound: UInt64) -> UInt64 {
    precondition(bound > 0)
    var m = next().multipliedFullWidth(by: bound)
    if m.low < bound {
      let threshold = (0 &- bound) % bound
      while m.low < threshold { m = next().multipliedFullWidth(by: bound) }
    }
    return m.high
  }

  /// A uniform integer in `range`.
  public mutating func int(in range: ClosedRange<Int>) -> Int {
    let span = UInt64(range.upperBound - range.lowerBound) + 1
    return range.lowerBound + Int(below(span))
  }

  /// A uniform duration between two bounds, inclusive.
  public mutating func duration(_ low: SimTime, _ high: SimTime) -> SimTime {
    if high <= low { return low }
    let span = UInt64(high.milliseconds - low.milliseconds) + 1
    return SimTime(milliseconds: low.milliseconds + Int64(below(span)))
  }

  /// `count` lowercase hex digits.
  public mutating func hex(_ count: Int) -> String {
    var out = ""
    out.reserveCapacity(count)
    var word = next()
    var left = 16
    for _ in 0..<count {
      if left == 0 { word = next(); left = 16 }
      out.append(hexDigits[Int(word & 0xF)])
      word >>= 4
      left -= 1
    }
    return out
  }
}

let hexDigits: [Character] = Array("0123456789abcdef")
