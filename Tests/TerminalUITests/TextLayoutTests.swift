import TerminalUI
import Testing

@Suite struct TextLayoutTests {
  @Test func truncateMarksTheCutWithAnEllipsis() {
    #expect(truncate("web-frontend", to: 8) == "web-fro…")
    #expect(truncate("web", to: 8) == "web")
    #expect(truncate("web", to: 3) == "web")
    #expect(truncate("web", to: 2) == "w…")
    #expect(truncate("web", to: 1) == "…")
    #expect(truncate("web", to: 0) == "")
    #expect(truncate("web", to: -4) == "")
  }

  @Test func truncateCountsColumnsNotCharacters() {
    #expect(truncate("日本語テキスト", to: 7) == "日本語…")
    // "日本" is 4 columns; a third wide character would straddle the limit, so it is dropped.
    #expect(truncate("日本語", to: 5) == "日本…")
    #expect(displayWidth(truncate("日本語", to: 4)) == 3)
    #expect(truncate("cafe\u{301} au lait", to: 6) == "cafe\u{301} …")
  }

  @Test func truncateTakesAnotherEllipsis() {
    #expect(truncate("abcdef", to: 4, ellipsis: "~") == "abc~")
  }

  @Test func padFitsExactlyAndAligns() {
    #expect(pad("ok", to: 5) == "ok   ")
    #expect(pad("ok", to: 5, alignment: .right) == "   ok")
    #expect(pad("ok", to: 5, alignment: .center) == " ok  ")
    #expect(pad("running", to: 5) == "runn…")
    #expect(pad("日本", to: 6, alignment: .right) == "  日本")
    #expect(pad("x", to: 0) == "")
  }
}
