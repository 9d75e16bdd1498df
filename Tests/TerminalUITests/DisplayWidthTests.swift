import TerminalUI
import Testing

@Suite struct DisplayWidthTests {
  @Test func asciiIsOneColumnAndControlsAreZero() {
    #expect(displayWidth("web-1") == 5)
    #expect(displayWidth("\t") == 0)
    #expect(displayWidth("\n") == 0)
    #expect(displayWidth("\u{7F}") == 0)
    #expect(displayWidth("a\r\nb") == 2)
  }

  @Test func combiningMarksAddNothing() {
    #expect(displayWidth("e\u{301}") == 1)  // é, decomposed: one character
    #expect(displayWidth("cafe\u{301}") == 4)
    #expect(displayWidth(Unicode.Scalar(0x301)!) == 0)
    #expect(displayWidth("\u{200B}") == 0)  // zero-width space (format)
  }

  @Test func eastAsianWideAndEmojiAreTwoColumns() {
    #expect(displayWidth("日本") == 4)
    #expect(displayWidth("ｅｃｓ") == 6)  // fullwidth forms
    #expect(displayWidth("한국") == 4)
    #expect(displayWidth("🚀") == 2)
    #expect(displayWidth("👍🏽") == 2)  // with a skin-tone modifier: one glyph
    #expect(displayWidth("👨‍👩‍👧") == 2)  // a ZWJ family: one glyph
    #expect(displayWidth("🇯🇵") == 2)  // a flag
    #expect(displayWidth("❤️") == 2)  // text-default heart made emoji by U+FE0F
    #expect(displayWidth("1️⃣") == 2)  // keycap
  }

  @Test func textPresentationSymbolsAreOneColumn() {
    #expect(displayWidth("❤") == 1)  // U+2764 without a selector stays text
    #expect(displayWidth("é") == 1)
    #expect(displayWidth("Ω") == 1)
  }

  @Test func theDashboardGlyphsAreOneColumn() {
    let glyphs = "─│┌┐└┘├┤┬┴┼╭╮╰╯═║╔╗╚╝━┃" + "▁▂▃▄▅▆▇█▏▎▍▌▋▊▉░▒▓" + "⠀⡀⣿⢀⣴" + "…·•×↑↓←→▲▶▼◀▸◂●○◆◇■□✓✗"
    for c in glyphs {
      #expect(displayWidth(c) == 1, "\(c) should be one column")
    }
    #expect(displayWidth(glyphs) == glyphs.count)
  }

  @Test func everyScalarInTheAllowListIsOneColumn() {
    for range in narrowGlyphRanges {
      for v in range {
        let s = Unicode.Scalar(v)!
        #expect(displayWidth(s) == 1, "U+\(String(v, radix: 16)) should be one column")
      }
    }
  }

  @Test func substringsMeasureTheSameAsStrings() {
    let s = "id 日本 ok"
    #expect(displayWidth(s.dropFirst(3)) == 7)
    #expect(displayWidth(s) == 10)
  }
}
