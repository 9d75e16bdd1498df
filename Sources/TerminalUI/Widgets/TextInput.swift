/// A one-line text editor: the `:` command prompt and the `/` filter.
///
/// A value with its own editing operations, so the dashboard's reducer keeps it in the UI state
/// and tests drive it key by key. `handle(_:)` takes the usual line-editing keys and reports
/// whether it used the key, leaving Enter, Esc and Tab (submit, cancel, complete) to the caller.
/// The cursor is a position between characters, 0 (before the first) to `count` (after the last).
///
/// Rendering scrolls the text sideways so the cursor is always visible, marks the cursor cell
/// with `cursorStyle`, and sets `Grid.cursor` there for backends that show a real cursor.
public struct TextInput: Widget, Hashable, Sendable {
  private var characters: [Character]
  /// Where the next character goes, in characters from the start.
  public private(set) var cursor: Int
  /// Drawn before the text (`:` or `/`), not editable.
  public var prompt: String
  public var style: Style
  public var promptStyle: Style
  public var cursorStyle: Style

  public init(
    text: String = "", prompt: String = "", style: Style = .plain, promptStyle: Style = .plain,
    cursorStyle: Style = Style(reverse: true)
  ) {
    self.characters = Array(text)
    self.cursor = characters.count
    self.prompt = prompt
    self.style = style
    self.promptStyle = promptStyle
    self.cursorStyle = cursorStyle
  }

  public var text: String { String(characters) }
  public var isEmpty: Bool { characters.isEmpty }

  /// Inserts text at the cursor and moves the cursor past it.
  public mutating func insert(_ text: String) {
    let before = String(characters[..<cursor]) + text
    let after = String(characters[cursor...])
    // Re-cluster: a combining mark typed after a letter joins it into one character.
    characters = Array(before + after)
    cursor = min(characters.count, before.count)
  }

  public mutating func insert(_ character: Character) { insert(String(character)) }

  /// Backspace: deletes the character before the cursor.
  public mutating func deleteBackward() {
    guard cursor > 0 else { return }
    characters.remove(at: cursor - 1)
    cursor -= 1
  }

  /// Delete: deletes the character after the cursor.
  public mutating func deleteForward() {
    guard cursor < characters.count else { return }
    characters.remove(at: cursor)
  }

  /// Deletes everything before the cursor (Ctrl-U).
  public mutating func deleteToStart() {
    characters.removeSubrange(0..<cursor)
    cursor = 0
  }

  /// Deletes everything after the cursor (Ctrl-K).
  public mutating func deleteToEnd() {
    characters.removeSubrange(cursor...)
  }

  public mutating func moveLeft() { cursor = max(0, cursor - 1) }
  public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
  public mutating func moveToStart() { cursor = 0 }
  public mutating func moveToEnd() { cursor = characters.count }

  /// Empties the field.
  public mutating func clear() {
    characters = []
    cursor = 0
  }

  /// Applies a line-editing key: printable characters insert; Backspace, Delete, ←, →, Home
  /// (Ctrl-A), End (Ctrl-E), Ctrl-U and Ctrl-K edit. Returns false for any other key, which the
  /// caller handles (Enter submits, Esc cancels).
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .char(let c):
      guard displayWidth(c) > 0 else { return false }
      insert(c)
    case .backspace: deleteBackward()
    case .delete: deleteForward()
    case .left: moveLeft()
    case .right: moveRight()
    case .home, .ctrl("a"): moveToStart()
    case .end, .ctrl("e"): moveToEnd()
    case .ctrl("u"): deleteToStart()
    case .ctrl("k"): deleteToEnd()
    default: return false
    }
    return true
  }

  /// The first character shown when the field is `width` columns wide: 0 while the cursor fits,
  /// otherwise as far right as keeps the cursor cell in the last column.
  public func firstVisibleCharacter(width: Int) -> Int {
    guard width > 0 else { return cursor }
    var used = 1  // the cursor cell itself
    var start = cursor
    while start > 0 {
      let w = displayWidth(characters[start - 1])
      if used + w > width { break }
      used += w
      start -= 1
    }
    return start
  }

  public func render(in area: Rect, on grid: inout Grid) {
    guard !area.isEmpty else { return }
    let row = area.row(0)
    let fieldX = grid.put(prompt, at: row.origin, style: promptStyle, clip: row)
    let field = Rect(x: fieldX, y: row.y, width: row.maxX - fieldX, height: 1).intersection(row)
    guard !field.isEmpty else { return }
    let first = firstVisibleCharacter(width: field.width)
    var x = field.x
    var cursorX = field.x
    for i in first..<characters.count {
      if i == cursor { cursorX = x }
      if x >= field.maxX { break }
      x = grid.put(characters[i], at: Point(x: x, y: row.y), style: style, clip: field)
    }
    if cursor == characters.count { cursorX = x }
    guard cursorX < field.maxX else { return }
    let cursorWidth = cursor < characters.count ? max(1, displayWidth(characters[cursor])) : 1
    grid.updateStyle(in: Rect(x: cursorX, y: row.y, width: cursorWidth, height: 1).intersection(field)) {
      $0 = cursorStyle
    }
    grid.cursor = Point(x: cursorX, y: row.y)
  }
}
