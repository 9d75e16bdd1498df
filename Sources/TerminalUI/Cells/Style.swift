/// How a cell looks: foreground, background and text attributes.
///
/// A small value (a few bytes) stored in every cell, compared by the style dump and by the
/// backend's colour-pair cache. Attributes are kept apart from colours because they survive on
/// a monochrome terminal: selection is `reverse`, so it still shows under `NO_COLOR`.
public struct Style: Hashable, Sendable, CustomStringConvertible {
  public var fg: Color
  public var bg: Color
  public var attributes: Attributes

  /// Text attributes a terminal can combine freely.
  public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let italic = Attributes(rawValue: 1 << 2)
    public static let underline = Attributes(rawValue: 1 << 3)
    public static let reverse = Attributes(rawValue: 1 << 4)

    static let named: [(Attributes, String)] = [
      (.bold, "bold"), (.dim, "dim"), (.italic, "italic"), (.underline, "underline"), (.reverse, "reverse"),
    ]
  }

  public init(fg: Color = .default, bg: Color = .default, attributes: Attributes) {
    self.fg = fg
    self.bg = bg
    self.attributes = attributes
  }

  /// Spelled-out attributes, for call sites that read like a theme entry:
  /// `Style(fg: .cyan, bold: true)`.
  public init(
    fg: Color = .default, bg: Color = .default, bold: Bool = false, dim: Bool = false,
    italic: Bool = false, underline: Bool = false, reverse: Bool = false
  ) {
    var a: Attributes = []
    if bold { a.insert(.bold) }
    if dim { a.insert(.dim) }
    if italic { a.insert(.italic) }
    if underline { a.insert(.underline) }
    if reverse { a.insert(.reverse) }
    self.init(fg: fg, bg: bg, attributes: a)
  }

  /// The terminal's own colours and no attributes: what a blank cell has.
  public static let plain = Style(attributes: [])

  public var bold: Bool {
    get { attributes.contains(.bold) }
    set { set(.bold, newValue) }
  }
  public var dim: Bool {
    get { attributes.contains(.dim) }
    set { set(.dim, newValue) }
  }
  public var italic: Bool {
    get { attributes.contains(.italic) }
    set { set(.italic, newValue) }
  }
  public var underline: Bool {
    get { attributes.contains(.underline) }
    set { set(.underline, newValue) }
  }
  public var reverse: Bool {
    get { attributes.contains(.reverse) }
    set { set(.reverse, newValue) }
  }

  private mutating func set(_ attribute: Attributes, _ on: Bool) {
    if on { attributes.insert(attribute) } else { attributes.remove(attribute) }
  }

  /// This style with more attributes switched on (for example a highlight that adds `reverse`
  /// while keeping a status colour).
  public func adding(_ more: Attributes) -> Style {
    var s = self
    s.attributes.formUnion(more)
    return s
  }

  /// This style as a terminal of the given depth can show it (colours lowered, attributes kept).
  public func approximated(for depth: ColorDepth) -> Style {
    Style(fg: fg.approximated(for: depth), bg: bg.approximated(for: depth), attributes: attributes)
  }

  /// `fg=cyan bg=#202020 bold reverse`, or `plain`: the legend entries of `Grid.styleDump()`.
  public var description: String {
    var parts: [String] = []
    if fg != .default { parts.append("fg=\(fg)") }
    if bg != .default { parts.append("bg=\(bg)") }
    for (a, name) in Attributes.named where attributes.contains(a) { parts.append(name) }
    return parts.isEmpty ? "plain" : parts.joined(separator: " ")
  }
}
