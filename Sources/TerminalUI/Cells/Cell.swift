/// One terminal cell: a grapheme, its style, and how many columns the grapheme covers.
///
/// A wide character (CJK, emoji) covers two columns. Its first cell holds the character with
/// `width == 2`; the cell to its right is a *continuation* (`width == 0`, a space, same style)
/// that the backend skips and that `textDump()` does not print. The grid keeps the pair whole:
/// overwriting either half blanks the other, so a terminal never receives half a glyph.
///
/// The grapheme is stored inline as up to six Unicode scalars packed into two words, so a cell
/// is a plain value with no reference inside: a 200×60 grid is one allocation that is created,
/// filled and compared at memory speed, and no string is made per cell. Every grapheme the
/// dashboard draws fits (a letter with marks, a flag, an emoji with a skin tone or a ZWJ
/// sequence of up to six scalars); a longer one (a family of four) keeps only its first emoji.
public struct Cell: Hashable, Sendable {
  /// Scalars 0–2 (21 bits each, low bits first); 0 ends the grapheme.
  var low: UInt64
  /// Scalars 3–5.
  var high: UInt64
  public var style: Style
  /// Columns covered: 1 for most characters, 2 for the first half of a wide one, 0 for the
  /// continuation half.
  public var width: UInt8

  public init(_ character: Character = " ", style: Style = .plain, width: UInt8 = 1) {
    (low, high) = Self.pack(character)
    self.style = style
    self.width = width
  }

  /// A cell holding one scalar (the fast path for ASCII and box glyphs).
  init(scalar: UInt32, style: Style, width: UInt8) {
    low = UInt64(scalar)
    high = 0
    self.style = style
    self.width = width
  }

  /// A space in the terminal's own colours: what a new grid is filled with.
  public static let blank = Cell()

  /// True for the right half of a wide character, which the backend must not draw.
  public var isContinuation: Bool { width == 0 }

  /// The right half of a wide character with the given style.
  static func continuation(_ style: Style) -> Cell { Cell(scalar: 0x20, style: style, width: 0) }

  /// True when the grapheme is a single scalar (almost always): `firstScalar` is then all of it.
  public var isSingleScalar: Bool { high == 0 && low >> 21 == 0 }

  /// The grapheme's first (usually only) scalar.
  public var firstScalar: Unicode.Scalar { Self.scalar(UInt32(truncatingIfNeeded: low & 0x1F_FFFF)) }

  /// Calls `body` with each scalar of the grapheme, in order (what `setcchar` wants).
  public func forEachScalar(_ body: (Unicode.Scalar) -> Void) {
    var word = low
    for i in 0..<6 {
      if i == 3 { word = high }
      let v = UInt32(truncatingIfNeeded: word & 0x1F_FFFF)
      if v == 0 { return }
      body(Self.scalar(v))
      word >>= 21
    }
  }

  /// The grapheme.
  public var character: Character {
    if isSingleScalar { return Character(firstScalar) }
    var s = String.UnicodeScalarView()
    forEachScalar { s.append($0) }
    return Character(String(s))
  }

  static func scalar(_ v: UInt32) -> Unicode.Scalar { Unicode.Scalar(v) ?? " " }

  static func pack(_ character: Character) -> (UInt64, UInt64) {
    var words: (UInt64, UInt64) = (0, 0)
    var i = 0
    for s in character.unicodeScalars {
      guard i < 6 else { return (UInt64(character.unicodeScalars.first?.value ?? 0x20), 0) }
      if i < 3 {
        words.0 |= UInt64(s.value) << (21 * i)
      } else {
        words.1 |= UInt64(s.value) << (21 * (i - 3))
      }
      i += 1
    }
    return words
  }
}
