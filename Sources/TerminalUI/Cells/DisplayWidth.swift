// How many terminal columns text covers.
//
// The rule, in order (first match wins), for one Unicode scalar:
//  1. The dashboard's own glyphs are 1 column: box drawing (U+2500–257F), block elements
//     (U+2580–259F), braille (U+2800–28FF) and the few marks in `narrowGlyphRanges` (…, ·, •,
//     ×, arrows, ▲▼◀▶▸◂, ●○◆◇■□, ✓✗). Most are "East Asian Ambiguous", which a CJK locale may draw
//     two columns wide; we declare them narrow and draw them so, and nothing else we draw is
//     ambiguous. The ncurses backend checks this table against the C library's `wcwidth`.
//  2. Controls (C0, DEL, C1), combining marks (Mn, Me), format characters (Cf: zero-width
//     joiner and space, variation selectors are Mn) and Hangul medial/final jamo are 0 columns.
//  3. Scalars with the Unicode `Emoji_Presentation` property and the East Asian Wide or
//     Fullwidth blocks (CJK, kana, Hangul syllables, fullwidth forms, …) are 2 columns.
//  4. Everything else is 1 column (East Asian Ambiguous counts as narrow).
//
// A character (grapheme cluster) is as wide as its widest scalar, at most 2; and an emoji base
// followed by U+FE0F (emoji presentation) or joined by U+200D (a ZWJ sequence such as a family)
// is 2, because terminals draw the composed emoji as one wide glyph.

/// The columns one Unicode scalar covers on its own (0, 1 or 2); see the rule above.
public func displayWidth(_ scalar: Unicode.Scalar) -> Int {
  let v = scalar.value
  if v < 0x7F { return v >= 0x20 ? 1 : 0 }
  if v < 0xA0 { return 0 }
  if isNarrowGlyph(v) { return 1 }
  switch scalar.properties.generalCategory {
  case .nonspacingMark, .enclosingMark, .format, .control: return 0
  default: break
  }
  if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }
  if scalar.properties.isEmojiPresentation || isEastAsianWide(v) { return 2 }
  return 1
}

/// The columns one character covers (0, 1 or 2); see the rule above.
///
/// A single-scalar character (almost all of them) is measured as its scalar, with ASCII first.
public func displayWidth(_ character: Character) -> Int {
  var scalars = character.unicodeScalars.makeIterator()
  guard let first = scalars.next() else { return 0 }
  guard let second = scalars.next() else { return displayWidth(first) }
  let emojiBase = first.properties.isEmoji
  var widest = max(displayWidth(first), displayWidth(second))
  if emojiBase && (second.value == 0xFE0F || second.value == 0x200D) { return 2 }
  while let s = scalars.next() {
    if emojiBase && (s.value == 0xFE0F || s.value == 0x200D) { return 2 }
    widest = max(widest, displayWidth(s))
  }
  return min(widest, 2)
}

/// The columns a string covers: the sum over its characters.
public func displayWidth(_ text: String) -> Int { totalWidth(text) }

/// The columns a substring covers: the sum over its characters.
public func displayWidth(_ text: Substring) -> Int { totalWidth(text) }

func totalWidth<S: StringProtocol>(_ text: S) -> Int {
  var total = 0
  walkGraphemes(
    text,
    ascii: { b in
      if b >= 0x20 && b != 0x7F { total += 1 }
      return true
    },
    other: { c in
      total += displayWidth(c)
      return true
    })
  return total
}

/// The glyphs the dashboard draws and declares one column wide (rule 1 above), as scalar-value
/// ranges: box drawing, block elements, braille, then single marks (ellipsis, middle dot,
/// bullet, multiplication sign, arrows, triangles, circles, diamonds, squares, check, cross).
///
/// Public so the ncurses backend can check each of them against the C library's `wcwidth`.
public let narrowGlyphRanges: [ClosedRange<UInt32>] = [
  0x2500...0x257F, 0x2580...0x259F, 0x2800...0x28FF,
  0x2026...0x2026, 0x00B7...0x00B7, 0x2022...0x2022, 0x00D7...0x00D7, 0x2190...0x2193,
  0x25B2...0x25B2, 0x25B6...0x25B6, 0x25BC...0x25BC, 0x25C0...0x25C0, 0x25B8...0x25B8,
  0x25C2...0x25C2, 0x25CF...0x25CF, 0x25CB...0x25CB, 0x25C6...0x25C7, 0x25A0...0x25A1,
  0x2713...0x2713, 0x2717...0x2717,
]

func isNarrowGlyph(_ v: UInt32) -> Bool {
  if v >= 0x2500 && v <= 0x259F { return true }  // box drawing, block elements: the common case
  if v >= 0x2800 && v <= 0x28FF { return true }  // braille
  if v > 0x2717 { return false }
  for r in narrowGlyphRanges where r.contains(v) { return true }
  return false
}

/// East Asian Wide and Fullwidth blocks that are not emoji (emoji are found by their property).
let eastAsianWideRanges: [ClosedRange<UInt32>] = [
  0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
  0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
  0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
  0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F265,
  0x20000...0x2FFFD, 0x30000...0x3FFFD,
]

func isEastAsianWide(_ v: UInt32) -> Bool {
  if v < 0x1100 { return false }
  for r in eastAsianWideRanges where r.contains(v) { return true }
  return false
}
