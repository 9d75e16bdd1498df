import TerminalUI
import Testing

@Suite struct ColorTests {
  @Test func parsesWhatThemeFilesWrite() {
    #expect(Color("default") == .default)
    #expect(Color("cyan") == .cyan)
    #expect(Color("brightBlack") == .brightBlack)
    #expect(Color("bright-black") == .brightBlack)
    #expect(Color("BRIGHT_WHITE") == .brightWhite)
    #expect(Color("208") == .palette(208))
    #expect(Color("#1E90ff") == .rgb(0x1e, 0x90, 0xff))
    #expect(Color(" #000000 ") == .rgb(0, 0, 0))
  }

  @Test func rejectsWhatItCannotRead() {
    #expect(Color("256") == nil)
    #expect(Color("-1") == nil)
    #expect(Color("#12345") == nil)
    #expect(Color("#12345g") == nil)
    #expect(Color("teal") == nil)
    #expect(Color("") == nil)
  }

  @Test func descriptionsReadBack() {
    let all: [Color] = [.default, .palette(17), .rgb(1, 2, 255)] + Color.ansi16
    for c in all { #expect(Color(c.description) == c, "\(c)") }
    #expect(Color.rgb(0x1e, 0x90, 0xff).description == "#1e90ff")
    #expect(Color.brightMagenta.ansiIndex == 13)
    #expect(Color.palette(3).ansiIndex == nil)
  }

  @Test func colorsLowerToTheTerminalsDepth() {
    #expect(Color.rgb(0x1e, 0x90, 0xff).approximated(for: .trueColor) == .rgb(0x1e, 0x90, 0xff))
    // #1e90ff: nearest cube levels 0, 135, 255 → 16 + 0 + 6×2 + 5 = 33.
    #expect(Color.rgb(0x1e, 0x90, 0xff).approximated(for: .palette256) == .palette(33))
    // A mid grey goes to the grey ramp, not the cube: 128 → 232 + 12 = 244 (grey 128).
    #expect(Color.rgb(128, 128, 128).approximated(for: .palette256) == .palette(244))
    #expect(Color.rgb(250, 10, 10).approximated(for: .ansi16) == .brightRed)
    #expect(Color.palette(9).approximated(for: .ansi16) == .brightRed)
    #expect(Color.palette(21).approximated(for: .ansi16) == .blue)  // #0000ff
    #expect(Color.palette(250).approximated(for: .ansi16) == .white)  // grey 188
    #expect(Color.cyan.approximated(for: .palette256) == .cyan)
    #expect(Color.cyan.approximated(for: .monochrome) == .default)
  }

  @Test func stylesKeepAttributesOnAMonochromeTerminal() {
    let s = Style(fg: .green, bg: .palette(236), bold: true, reverse: true)
    #expect(s.approximated(for: .monochrome) == Style(bold: true, reverse: true))
    #expect(s.description == "fg=green bg=236 bold reverse")
    #expect(Style.plain.description == "plain")
  }

  @Test func styleAttributesSwitchOnAndOff() {
    var s = Style(fg: .red)
    s.underline = true
    s.italic = true
    s.italic = false
    #expect(s.attributes == [.underline])
    #expect(s.adding([.bold, .dim]).description == "fg=red bold dim underline")
  }
}
