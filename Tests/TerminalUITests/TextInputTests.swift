import TerminalUI
import Testing

@Suite struct TextInputTests {
  func typed(_ keys: [Key], into input: TextInput = TextInput(prompt: ":")) -> TextInput {
    var field = input
    for key in keys { field.handle(key) }
    return field
  }

  @Test func typingInsertsAtTheCursor() {
    let field = typed("scle web 4".map { Key.char($0) } + [.home, .right, .right, .char("a"), .end, .char("0")])
    #expect(field.text == "scale web 40")
    #expect(field.cursor == 12)
  }

  @Test func backspaceAndDeleteRemoveEitherSide() {
    var field = TextInput(text: "drain i-3")
    field.moveLeft()
    field.handle(.backspace)
    #expect(field.text == "drain i3")
    field.moveToStart()
    field.handle(.delete)
    field.handle(.delete)
    #expect(field.text == "ain i3" && field.cursor == 0)
    field.handle(.backspace)  // nothing before the cursor
    field.moveToEnd()
    field.handle(.delete)  // nothing after it
    #expect(field.text == "ain i3" && field.cursor == 6)
  }

  @Test func readlineKeysWork() {
    var field = TextInput(text: "deploy web web:2")
    field.handle(.ctrl("a"))
    #expect(field.cursor == 0)
    field.handle(.ctrl("e"))
    for _ in 0..<5 { field.handle(.left) }
    field.handle(.ctrl("k"))
    #expect(field.text == "deploy web ")
    field.handle(.left)
    field.handle(.ctrl("u"))
    #expect(field.text == " " && field.cursor == 0)
  }

  @Test func theCallerGetsEnterEscapeAndTab() {
    var field = TextInput(text: "x")
    let used = [Key.enter, .escape, .tab, .char("\u{7}"), .char("y")].map { field.handle($0) }
    #expect(used == [false, false, false, false, true])
    #expect(field.text == "xy")
  }

  @Test func movementStopsAtTheEnds() {
    var field = TextInput(text: "ab")
    field.moveRight()
    #expect(field.cursor == 2)
    field.moveLeft()
    field.moveLeft()
    field.moveLeft()
    #expect(field.cursor == 0)
  }

  @Test func aCombiningMarkJoinsTheCharacterBeforeIt() {
    var field = TextInput(text: "cafe")
    field.insert("\u{301}")
    #expect(field.text == "café")
    #expect(field.cursor == 4)
    field.handle(.backspace)
    #expect(field.text == "caf")
  }

  @Test func renderingMarksTheCursorCell() {
    var field = TextInput(text: "scale web 4", prompt: ":")
    field.moveLeft()
    field.moveLeft()
    let grid = field.rendered(width: 20, height: 1)
    #expect(grid.textDump() == ":scale web 4")
    #expect(grid.styleDump() == "..........a\na: reverse")
    #expect(grid.cursor == Point(x: 10, y: 0))
  }

  @Test func longTextScrollsSoTheCursorStaysVisible() {
    var field = TextInput(text: "run-task --task-definition web:3", prompt: ":")
    #expect(field.rendered(width: 12, height: 1).textDump() == ":tion web:3")
    #expect(field.rendered(width: 12, height: 1).cursor == Point(x: 11, y: 0))
    field.moveToStart()
    #expect(field.rendered(width: 12, height: 1).textDump() == ":run-task --")
    #expect(field.firstVisibleCharacter(width: 11) == 0)
  }

  @Test func wideCharactersScrollWhole() {
    let field = TextInput(text: "日本語テキスト")
    #expect(field.rendered(width: 6, height: 1).textDump() == "スト")
    #expect(field.firstVisibleCharacter(width: 6) == 5)
    #expect(field.rendered(width: 6, height: 1).cursor == Point(x: 4, y: 0))
  }
}
