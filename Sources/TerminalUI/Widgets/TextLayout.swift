// Fitting text into columns without Foundation: the formatting every table cell, title and hint
// needs, measured in display columns (not characters), so CJK names and emoji line up.

/// Where text sits in a wider space.
public enum Alignment: Hashable, Sendable {
  case left, center, right
}

/// The text cut to at most `width` columns, ending in `…` when something was cut.
///
/// Cutting is shown, never silent: a service name that does not fit ends in `…` so nobody reads
/// `web-fronte` as a real name. A wide character that would straddle the limit is dropped whole,
/// so the result may be one column narrower than `width`.
public func truncate(_ text: String, to width: Int, ellipsis: Character = "…") -> String {
  if text.utf8.count <= width { return text }  // a column takes at least one UTF-8 byte
  if displayWidth(text) <= width { return text }
  guard width > 0 else { return "" }
  let ellipsisWidth = displayWidth(ellipsis)
  guard ellipsisWidth <= width else { return "" }
  let budget = width - ellipsisWidth
  var out = ""
  var used = 0
  for c in text {
    let w = displayWidth(c)
    if used + w > budget { break }
    out.append(c)
    used += w
  }
  out.append(ellipsis)
  return out
}

/// The text fitted to exactly `width` columns: truncated with `…` if too wide, padded with
/// spaces on the side(s) the alignment leaves free. Centred text puts the odd space on the right.
public func pad(_ text: String, to width: Int, alignment: Alignment = .left) -> String {
  guard width > 0 else { return "" }
  let fitted = truncate(text, to: width)
  let gap = width - displayWidth(fitted)
  guard gap > 0 else { return fitted }
  switch alignment {
  case .left: return fitted + String(repeating: " ", count: gap)
  case .right: return String(repeating: " ", count: gap) + fitted
  case .center:
    let left = gap / 2
    return String(repeating: " ", count: left) + fitted + String(repeating: " ", count: gap - left)
  }
}
