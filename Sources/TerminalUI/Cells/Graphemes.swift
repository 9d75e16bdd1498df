// Walking text one grapheme at a time, fast.
//
// `for c in string` runs Unicode grapheme breaking on every character, which costs tens of
// nanoseconds each; a 200×60 frame of text would spend most of its budget there. Almost all of
// the dashboard's text is ASCII, and an ASCII byte followed by another ASCII byte (or the end) is
// always a grapheme of its own (the only exception is CR LF). So the walk reads UTF-8 bytes and
// hands such bytes over directly, and asks the standard library for a `Character` only where
// non-ASCII text begins.

/// Calls `ascii` with each standalone ASCII byte and `other` with every other grapheme, in
/// order, until either returns false.
@inline(__always)
func walkGraphemes<S: StringProtocol>(
  _ text: S, ascii: (UInt8) -> Bool, other: (Character) -> Bool
) {
  let done: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
    let n = bytes.count
    var i = 0
    while i < n {
      let b = bytes[i]
      if b < 0x80 && b != 0x0D && (i + 1 == n || bytes[i + 1] < 0x80) {
        if !ascii(b) { return true }
        i += 1
        continue
      }
      let start = text.utf8.index(text.utf8.startIndex, offsetBy: i)
      let end = text.index(after: start)
      if !other(text[start]) { return true }
      i += text.utf8.distance(from: start, to: end)
    }
    return true
  }
  if done != nil { return }
  for c in text {
    if let a = c.asciiValue, c.unicodeScalars.count == 1 {
      if !ascii(a) { return }
    } else if !other(c) {
      return
    }
  }
}
