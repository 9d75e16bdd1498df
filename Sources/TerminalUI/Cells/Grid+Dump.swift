// The screen as text, for golden tests: what the user would read, and which cells share a look.

extension Grid {
  /// The characters on screen, one line per row, trailing spaces trimmed, a wide character
  /// printed once (its continuation cell is skipped).
  ///
  /// Tests compare this with a multi-line string literal, so a failure shows the screen as it
  /// looks; trailing spaces are trimmed because a literal cannot show them.
  public func textDump() -> String {
    var lines: [String] = []
    lines.reserveCapacity(height)
    for y in 0..<height { lines.append(line(y)) }
    return lines.joined(separator: "\n")
  }

  /// Row `y` as `textDump()` prints it (trailing spaces trimmed).
  public func line(_ y: Int) -> String {
    guard y >= 0, y < height else { return "" }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(width)
    var end = 0
    for cell in cells[(y * width)..<((y + 1) * width)] where !cell.isContinuation {
      cell.forEachScalar { scalar in UTF8.encode(scalar) { bytes.append($0) } }
      if !(cell.isSingleScalar && cell.firstScalar == " ") { end = bytes.count }
    }
    return String(decoding: bytes[..<end], as: UTF8.self)
  }

  /// Which cells share a style: the same shape as the grid, one character per column (`.` for
  /// plain, then `a`, `b`, `c`… in order of first appearance, row by row), trailing plain cells
  /// trimmed, followed by a legend line per letter (`a: fg=black bg=cyan bold`).
  ///
  /// Letters rather than colour names keep the map as wide as the screen, so it lines up with
  /// `textDump()` in a diff (ratatui prints a buffer's content and its styles the same way).
  /// A wide character's two columns share one letter.
  public func styleDump() -> String {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    var legend: [Style] = []
    var letters: [Style: Character] = [:]
    var lines: [String] = []
    for y in 0..<height {
      var row: [Character] = []
      row.reserveCapacity(width)
      var end = 0
      for x in 0..<width {
        let style = cells[y * width + x].style
        if style == .plain {
          row.append(".")
          continue
        }
        if letters[style] == nil {
          letters[style] = legend.count < alphabet.count ? alphabet[legend.count] : "#"
          legend.append(style)
        }
        row.append(letters[style] ?? "#")
        end = row.count
      }
      lines.append(String(row[0..<end]))
    }
    for (i, style) in legend.enumerated() {
      let letter = i < alphabet.count ? alphabet[i] : "#"
      lines.append("\(letter): \(style)")
    }
    return lines.joined(separator: "\n")
  }
}
