/// A terminal colour, as precise as a theme can say it.
///
/// Themes name colours in three ways (docs/ux-conventions.md §1.6 and §1.7): one of the terminal's
/// own 16 colours (so a light or dark terminal palette is respected), an index into the 256-colour
/// palette, or `#rrggbb`. `.default` is the terminal's own foreground or background, which keeps
/// a transparent terminal transparent. The backend lowers a colour to what the terminal can show
/// with `approximated(for:)`.
public enum Color: Hashable, Sendable, CustomStringConvertible {
  /// The terminal's default foreground (as `fg`) or background (as `bg`).
  case `default`
  case black, red, green, yellow, blue, magenta, cyan, white
  case brightBlack, brightRed, brightGreen, brightYellow
  case brightBlue, brightMagenta, brightCyan, brightWhite
  /// An index into the xterm 256-colour palette (0–15 are the named colours above).
  case palette(UInt8)
  /// A 24-bit colour.
  case rgb(UInt8, UInt8, UInt8)

  /// The 16 named colours in ANSI order (SGR 30–37 then 90–97).
  public static let ansi16: [Color] = [
    .black, .red, .green, .yellow, .blue, .magenta, .cyan, .white,
    .brightBlack, .brightRed, .brightGreen, .brightYellow,
    .brightBlue, .brightMagenta, .brightCyan, .brightWhite,
  ]

  static let ansiNames = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "brightBlack", "brightRed", "brightGreen", "brightYellow",
    "brightBlue", "brightMagenta", "brightCyan", "brightWhite",
  ]

  /// The ANSI number 0–15 of a named colour; nil for the others.
  public var ansiIndex: Int? {
    switch self {
    case .black: 0
    case .red: 1
    case .green: 2
    case .yellow: 3
    case .blue: 4
    case .magenta: 5
    case .cyan: 6
    case .white: 7
    case .brightBlack: 8
    case .brightRed: 9
    case .brightGreen: 10
    case .brightYellow: 11
    case .brightBlue: 12
    case .brightMagenta: 13
    case .brightCyan: 14
    case .brightWhite: 15
    case .default, .palette, .rgb: nil
    }
  }

  /// Parses a colour as a theme file writes it: `default`, one of the 16 names (`cyan`,
  /// `brightBlack`, also `bright-black` and `bright_black`, any case), a palette index `0`…`255`,
  /// or `#rrggbb`. Returns nil for anything else, so the theme loader can report the line.
  public init?(_ text: String) {
    let t = text.trimmingSpaces
    if t.lowercased() == "default" {
      self = .default
      return
    }
    if t.first == "#" {
      guard let rgb = Self.parseHex(t.dropFirst()) else { return nil }
      self = rgb
      return
    }
    if let n = Int(t) {
      guard (0...255).contains(n) else { return nil }
      self = .palette(UInt8(n))
      return
    }
    let key = String(t.lowercased().filter { $0 != "-" && $0 != "_" })
    guard let i = Self.ansiNames.firstIndex(where: { $0.lowercased() == key }) else { return nil }
    self = Self.ansi16[i]
  }

  static func parseHex(_ hex: Substring) -> Color? {
    guard hex.count == 6 else { return nil }
    var value: UInt32 = 0
    for c in hex {
      guard let d = c.hexDigitValue else { return nil }
      value = value << 4 | UInt32(d)
    }
    return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
  }

  /// The form `init?(_:)` reads back: `default`, `cyan`, `208`, `#1e90ff`.
  public var description: String {
    switch self {
    case .default: return "default"
    case .palette(let n): return "\(n)"
    case .rgb(let r, let g, let b): return "#" + hex2(r) + hex2(g) + hex2(b)
    default: return Self.ansiNames[ansiIndex ?? 0]
    }
  }
}

func hex2(_ v: UInt8) -> String {
  let digits = Array("0123456789abcdef")
  return String([digits[Int(v >> 4)], digits[Int(v & 0xF)]])
}

extension String {
  /// The string without leading and trailing spaces and tabs (no Foundation here).
  var trimmingSpaces: String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    return String(s)
  }
}
