/// An instant (or a span) on the simulation's virtual clock, in integer milliseconds.
///
/// Integers, not floating point, so that replays never drift and event logs compare byte for
/// byte. The engine never reads a wall clock; time moves only through `Simulator.advance(to:)`.
public struct SimTime: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var milliseconds: Int64

  public init(milliseconds: Int64) { self.milliseconds = milliseconds }

  public static let zero = SimTime(milliseconds: 0)
  public static func ms(_ v: Int64) -> SimTime { SimTime(milliseconds: v) }
  public static func seconds(_ v: Int64) -> SimTime { SimTime(milliseconds: v * 1_000) }
  public static func minutes(_ v: Int64) -> SimTime { SimTime(milliseconds: v * 60_000) }
  public static func hours(_ v: Int64) -> SimTime { SimTime(milliseconds: v * 3_600_000) }

  public static func < (a: SimTime, b: SimTime) -> Bool { a.milliseconds < b.milliseconds }
  public static func + (a: SimTime, b: SimTime) -> SimTime { SimTime(milliseconds: a.milliseconds + b.milliseconds) }
  public static func - (a: SimTime, b: SimTime) -> SimTime { SimTime(milliseconds: a.milliseconds - b.milliseconds) }
  public static func += (a: inout SimTime, b: SimTime) { a.milliseconds += b.milliseconds }

  /// `HH:MM:SS.mmm` since the start of the simulation (hours grow past 24).
  public var clock: String {
    let total = max(0, milliseconds)
    let h = total / 3_600_000, m = (total / 60_000) % 60, s = (total / 1_000) % 60, ms = total % 1_000
    return "\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2)).\(pad(ms, 3))"
  }

  /// A short human duration: `45s`, `2m30s`, `1h5m`, `250ms`.
  public var description: String {
    let v = milliseconds
    if v < 1_000 && v > -1_000 { return "\(v)ms" }
    var rest = v / 1_000
    var out = ""
    if rest >= 3_600 { out += "\(rest / 3_600)h"; rest %= 3_600 }
    if rest >= 60 { out += "\(rest / 60)m"; rest %= 60 }
    if rest > 0 || out.isEmpty { out += "\(rest)s" }
    return out
  }

  /// Parses a duration as people write it: `90s`, `5m`, `1h30m`, `250ms`, `2.5s`, or a bare
  /// number of seconds. Returns nil for anything else.
  public static func parseDuration(_ text: String) -> SimTime? {
    let s = text.trimmingSpaces
    if s.isEmpty { return nil }
    if let secs = Int64(s) { return .seconds(secs) }
    var total: Int64 = 0
    var number = ""
    var chars = Array(s)
    var i = 0
    var sawUnit = false
    while i < chars.count {
      let c = chars[i]
      if c.isNumber || c == "." { number.append(c); i += 1; continue }
      var unit = ""
      while i < chars.count, chars[i].isLetter { unit.append(chars[i]); i += 1 }
      guard !number.isEmpty, let factor = unitFactor(unit) else { return nil }
      guard let value = decimalMillis(number, factor: factor) else { return nil }
      total += value
      number = ""
      sawUnit = true
    }
    chars.removeAll()
    guard number.isEmpty, sawUnit else { return nil }
    return SimTime(milliseconds: total)
  }

  private static func unitFactor(_ u: String) -> Int64? {
    switch u {
    case "ms": return 1
    case "s", "sec", "secs": return 1_000
    case "m", "min", "mins": return 60_000
    case "h", "hr", "hrs": return 3_600_000
    case "d": return 86_400_000
    default: return nil
    }
  }

  private static func decimalMillis(_ number: String, factor: Int64) -> Int64? {
    let parts = number.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = Int64(parts[0].isEmpty ? "0" : String(parts[0])) else { return nil }
    var value = whole * factor
    if parts.count == 2 {
      let frac = String(parts[1])
      guard !frac.isEmpty, frac.count <= 6, let f = Int64(frac) else { return nil }
      var scale: Int64 = 1
      for _ in 0..<frac.count { scale *= 10 }
      value += f * factor / scale
    }
    return value
  }
}

func pad(_ v: Int64, _ width: Int) -> String {
  let s = String(v)
  return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
