import Glibc
import TerminalUI
import Testing

@testable import NcursesTerminal

/// TerminalUI's `displayWidth` lays out the grid; ncurses moves the cursor by the C library's
/// `wcwidth`. If they disagree on a glyph, every cell right of it lands in the wrong column.
@Suite(.serialized) struct WidthAgreementTests {
  init() {
    // The locale CI and the end-to-end tests use (docs/terminal.md §2.5); in the C locale
    // wcwidth is -1 for everything non-ASCII.
    setlocale(LC_ALL, "C.UTF-8")
  }

  @Test func everyDeclaredNarrowGlyphIsOneColumnInTheCLibrary() {
    var checked = 0
    for range in narrowGlyphRanges {
      for value in range {
        let scalar = Unicode.Scalar(value)!
        #expect(displayWidth(scalar) == 1, "U+\(String(value, radix: 16))")
        #expect(systemWidth(scalar) == 1, "wcwidth(U+\(String(value, radix: 16)))")
        checked += 1
      }
    }
    #expect(checked == 128 + 32 + 256 + 22)
  }

  @Test func printableASCIIAgrees() {
    for value in UInt32(0x20)...0x7E {
      let scalar = Unicode.Scalar(value)!
      #expect(displayWidth(scalar) == systemWidth(scalar), "\(scalar)")
      #expect(systemWidth(scalar) == 1)
    }
  }

  @Test func wideAndZeroWidthSamplesAgree() {
    let samples: [(Unicode.Scalar, Int)] = [
      ("日", 2), ("本", 2), ("語", 2), ("あ", 2), ("カ", 2), ("가", 2), ("Ａ", 2), ("、", 2),
      ("\u{1F680}", 2), ("\u{2705}", 2), ("\u{0301}", 0), ("\u{200B}", 0),
      ("é", 1), ("ß", 1), ("Ж", 1), ("€", 1),
    ]
    for (scalar, width) in samples {
      #expect(displayWidth(scalar) == width, "U+\(String(scalar.value, radix: 16))")
      #expect(systemWidth(scalar) == width, "wcwidth(U+\(String(scalar.value, radix: 16)))")
    }
  }
}
