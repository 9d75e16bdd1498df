import CNcursesw
import TerminalUI
import Testing

@testable import NcursesTerminal

@Suite struct KeyTranslationTests {
  func character(_ c: Unicode.Scalar) -> TerminalEvent? { translateKey(rc: OK, wch: c.value) }
  func function(_ code: Int32) -> TerminalEvent? { translateKey(rc: KEY_CODE_YES, wch: UInt32(code)) }

  @Test func functionKeys() {
    let table: [(Int32, Key)] = [
      (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
      (KEY_BTAB, .backTab), (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete),
      (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
    ]
    for (code, key) in table {
      #expect(function(code) == .key(key), "code \(code)")
    }
    // The raw numbers, so a wrong import of a macro cannot pass unnoticed.
    #expect(function(259) == .key(.up))
    #expect(function(353) == .key(.backTab))
    #expect(function(330) == .key(.delete))
  }

  @Test func functionKeysF1ToF24() {
    for n in 1...12 {
      #expect(function(cnc_key_f(Int32(n))) == .key(.f(n)))
    }
    #expect(function(265) == .key(.f(1)))
    #expect(function(276) == .key(.f(12)))
    #expect(function(cnc_key_f(13)) == .key(.f(13)))  // Shift-F1 on xterm
    #expect(function(cnc_key_f(24)) == .key(.f(24)))
    #expect(function(cnc_key_f(25)) == nil)
    #expect(function(cnc_key_f(0)) == nil)
  }

  @Test func controlCodesAreNamedKeys() {
    #expect(translateKey(rc: OK, wch: 9) == .key(.tab))
    #expect(translateKey(rc: OK, wch: 10) == .key(.enter))
    #expect(translateKey(rc: OK, wch: 13) == .key(.enter))
    #expect(translateKey(rc: OK, wch: 27) == .key(.escape))
    #expect(translateKey(rc: OK, wch: 127) == .key(.backspace))
    #expect(translateKey(rc: OK, wch: 8) == .key(.backspace))
  }

  @Test func controlLetters() {
    #expect(translateKey(rc: OK, wch: 1) == .key(.ctrl("a")))
    #expect(translateKey(rc: OK, wch: 3) == .key(.ctrl("c")))
    #expect(translateKey(rc: OK, wch: 12) == .key(.ctrl("l")))
    #expect(translateKey(rc: OK, wch: 26) == .key(.ctrl("z")))
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    for code in 1...26 where ![8, 9, 10, 13].contains(code) {
      #expect(translateKey(rc: OK, wch: UInt32(code)) == .key(.ctrl(letters[code - 1])))
    }
    #expect(translateKey(rc: OK, wch: 28) == .key(.ctrl("\\")))
    #expect(translateKey(rc: OK, wch: 31) == .key(.ctrl("_")))
    #expect(translateKey(rc: OK, wch: 0) == nil)
    #expect(translateKey(rc: OK, wch: 0x85) == nil)  // C1 control
  }

  @Test func printableCharacters() {
    #expect(character("a") == .key(.char("a")))
    #expect(character("A") == .key(.char("A")))
    #expect(character(" ") == .key(.char(" ")))
    #expect(character("?") == .key(.char("?")))
    #expect(character("~") == .key(.char("~")))
    #expect(translateKey(rc: OK, wch: 233) == .key(.char("é")))
    #expect(character("日") == .key(.char("日")))
    #expect(translateKey(rc: OK, wch: 0x1F680) == .key(.char("🚀")))
  }

  @Test func nothingForTimeoutsResizeAndUnknownCodes() {
    #expect(translateKey(rc: ERR, wch: 0) == nil)
    #expect(function(KEY_RESIZE) == nil)  // the backend answers it with the new size
    #expect(function(KEY_MOUSE) == nil)
    #expect(translateKey(rc: OK, wch: 0xD800) == nil)  // a lone surrogate is no character
  }
}
