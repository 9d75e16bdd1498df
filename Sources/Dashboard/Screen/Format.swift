import ECSSim
import TerminalUI

/// Text formatting without Foundation (docs/terminal.md §9): identical on every platform.
enum Format {
  /// The first 8 hex digits of an id: how people read task ids on a screen.
  static func short(_ id: HexID) -> String { String(id.hex.prefix(8)) }

  /// `45s`, `3m12s`, `1h02m`, `2d03h`.
  static func age(_ span: SimTime) -> String {
    let s = max(0, span.milliseconds / 1000)
    if s < 60 { return "\(s)s" }
    if s < 3600 { return "\(s / 60)m\(pad2(s % 60))s" }
    if s < 86400 { return "\(s / 3600)h\(pad2((s % 3600) / 60))m" }
    return "\(s / 86400)d\(pad2((s % 86400) / 3600))h"
  }

  static func pad2(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }

  /// `42%` (rounded; never shows 100% unless full).
  static func percent(_ ratio: Double) -> String {
    guard ratio.isFinite else { return "0%" }
    let p = Int((ratio * 100).rounded(.down))
    return "\(min(100, max(0, p)))%"
  }

  /// A bar of `width` cells filled to `ratio`, as text for a table cell.
  static func bar(_ ratio: Double, width: Int, glyphs: GraphGlyphs) -> String {
    guard width > 0 else { return "" }
    let r = ratio.isFinite ? min(1, max(0, ratio)) : 0
    switch glyphs {
    case .ascii:
      let full = Int((r * Double(width)).rounded())
      return String(repeating: "#", count: full) + String(repeating: ".", count: width - full)
    case .blocks:
      let eighths = Int((r * Double(width * 8)).rounded())
      var s = String(repeating: "█", count: eighths / 8)
      if eighths % 8 > 0 { s.unicodeScalars.append(Unicode.Scalar(0x2590 - eighths % 8 + 0)!) }
      return s + String(repeating: "░", count: width - (eighths + 7) / 8)
    case .braille:
      // Two columns per cell, as braille graphs draw them: ⣿ full, ⡇ half.
      let halves = Int((r * Double(width * 2)).rounded())
      var s = String(repeating: "⣿", count: halves / 2)
      if halves % 2 == 1 { s += "⡇" }
      return s + String(repeating: "⣀", count: width - (halves + 1) / 2)
    }
  }

  /// A bar with its percentage: `██████░░░░ 60%`.
  static func gauge(used: Int, of total: Int, width: Int, glyphs: GraphGlyphs) -> String {
    let ratio = total > 0 ? Double(used) / Double(total) : 0
    return bar(ratio, width: width, glyphs: glyphs) + " " + percent(ratio)
  }

  /// The role for a gauge's fill: calm below 70%, warning to 90%, alarm above.
  static func gaugeRole(used: Int, of total: Int) -> StyleRole {
    guard total > 0 else { return .gaugeLow }
    let r = Double(used) / Double(total)
    return r >= 0.9 ? .gaugeHigh : r >= 0.7 ? .gaugeMedium : .gaugeLow
  }

  /// Ports as ranges: `80,443,32768-32771`.
  static func ports(_ sorted: [Int], limit: Int = 6) -> String {
    var parts: [String] = []
    var i = 0
    while i < sorted.count {
      var j = i
      while j + 1 < sorted.count && sorted[j + 1] == sorted[j] + 1 { j += 1 }
      parts.append(i == j ? "\(sorted[i])" : "\(sorted[i])-\(sorted[j])")
      i = j + 1
    }
    if parts.count > limit { return parts.prefix(limit).joined(separator: ",") + ",+\(parts.count - limit)" }
    return parts.joined(separator: ",")
  }
}
