import CNcursesw
import Glibc
import ProcessSupport
import TerminalUI
import Testing

@testable import NcursesTerminal

/// The real backend against a pseudo-terminal: what reaches the "screen" is read back from the
/// master side, and keys are typed into it. No real terminal is touched.
@Suite(.serialized) struct PseudoTerminalTests {
  /// ProcessSupport's pseudo-terminal with the slave opened here as the `FILE`s ncurses writes
  /// to and reads from.
  final class Pty {
    let terminal: PseudoTerminal
    let output: UnsafeMutablePointer<FILE>
    let input: UnsafeMutablePointer<FILE>

    init(width: UInt16, height: UInt16) throws {
      terminal = try PseudoTerminal(width: width, height: height)
      let slave = try terminal.openSlave()
      output = fdopen(slave, "w")
      input = fdopen(dup(slave), "r")
    }

    deinit {
      fclose(output)
      fclose(input)
    }

    /// Everything written to the terminal since the last call.
    func drain() -> String {
      String(decoding: terminal.readAvailable(), as: UTF8.self)
    }

    func type(_ text: String) {
      terminal.write(text)
    }
  }

  init() { setlocale(LC_ALL, "C.UTF-8") }

  @Test func unknownTerminalTypeIsAnErrorAndWritesNothing() throws {
    let pty = try Pty(width: 40, height: 10)
    #expect(throws: TerminalOpenError.unknownTerminalType("nosuchterm")) {
      _ = try NcursesTerminal.open(
        termType: "nosuchterm", output: pty.output, input: pty.input, maximumColorDepth: .trueColor)
    }
    #expect(pty.drain() == "")
  }

  @Test func drawsGridsSendsOnlyChangesAndReadsKeys() throws {
    let pty = try Pty(width: 40, height: 10)
    let terminal = try NcursesTerminal.open(
      termType: "xterm-256color", output: pty.output, input: pty.input, maximumColorDepth: .trueColor)
    defer { terminal.close() }
    #expect(terminal.size == Size(width: 40, height: 10))
    #expect(terminal.colorDepth == .palette256)

    var grid = Grid(width: 40, height: 10)
    _ = grid.put("日本 ● tasks 12", at: Point(x: 1, y: 1), style: Style(fg: .cyan, bold: true))
    _ = grid.put("┌──┐", at: Point(x: 0, y: 9), style: Style(fg: .rgb(255, 128, 0), reverse: true))
    terminal.present(grid)
    let first = pty.drain()
    #expect(first.contains("日本 ● tasks 12"))
    #expect(first.contains("┌──┐"))

    _ = grid.put("13", at: Point(x: 14, y: 1), style: Style(fg: .cyan, bold: true))
    terminal.present(grid)
    let second = pty.drain()
    #expect(second.contains("3"))
    #expect(!second.contains("tasks"))
    // Cursor move, colour and bold, the two cells, attributes off: a few dozen bytes, not a frame.
    #expect(second.utf8.count < 64, "sent \(second.debugDescription) for one changed digit")

    pty.type("\u{1B}OA")  // kcuu1 in keypad (application) mode
    #expect(terminal.nextEvent(timeoutMilliseconds: 1000) == .key(.up))
    pty.type("q")
    #expect(terminal.nextEvent(timeoutMilliseconds: 1000) == .key(.char("q")))
    // Ctrl-A (not Ctrl-C: cbreak keeps ISIG, so the line discipline turns ^C into SIGINT).
    pty.type("\u{01}")
    #expect(terminal.nextEvent(timeoutMilliseconds: 1000) == .key(.ctrl("a")))
    pty.type("\u{1B}")
    #expect(terminal.nextEvent(timeoutMilliseconds: 1000) == .key(.escape))
    #expect(terminal.nextEvent(timeoutMilliseconds: 30) == nil)
  }

  /// `xterm` has 8 colours and 64 pairs (docs/terminal.md §2.8): bright colours fold onto the
  /// base eight, 256-palette and RGB colours are lowered first, and pairs are made only on use.
  @Test func eightColourTerminalFoldsColours() throws {
    let pty = try Pty(width: 20, height: 5)
    let terminal = try NcursesTerminal.open(
      termType: "xterm", output: pty.output, input: pty.input, maximumColorDepth: .trueColor)
    defer { terminal.close() }
    #expect(terminal.colorDepth == .ansi16)
    #expect(terminal.colorNumber(.brightRed, isForeground: true) == 1)
    #expect(terminal.colorNumber(.cyan, isForeground: true) == 6)
    #expect(terminal.colorNumber(.default, isForeground: true) == -1)
    #expect(terminal.resolve(.plain).pair == 0)
    let red = terminal.resolve(Style(fg: .red)).pair
    #expect(red == 1)
    #expect(terminal.resolve(Style(fg: .brightRed, bold: true)).pair == red)  // same (1, -1) pair
    #expect(terminal.resolve(Style(fg: .rgb(0, 0, 238))).pair == 2)  // nearest of the 16: blue
    #expect(terminal.pairs[.init(fg: 4, bg: -1)] == 2)
  }

  /// `vt100` has no colours: every style gets pair 0 and keeps only its attributes.
  @Test func monochromeTerminalKeepsAttributesOnly() throws {
    let pty = try Pty(width: 20, height: 5)
    let terminal = try NcursesTerminal.open(
      termType: "vt100", output: pty.output, input: pty.input, maximumColorDepth: .trueColor)
    defer { terminal.close() }
    #expect(terminal.colorDepth == .monochrome)
    let selected = terminal.resolve(Style(fg: .yellow, bg: .blue, reverse: true))
    #expect(selected.pair == 0)
    #expect(selected.attrs == cnc_a_reverse())
  }

  /// A caller's limit (`--no-color`, `NO_COLOR`) wins over what the terminal could do.
  @Test func colourLimitIsHonoured() throws {
    let pty = try Pty(width: 20, height: 5)
    let terminal = try NcursesTerminal.open(
      termType: "xterm-256color", output: pty.output, input: pty.input, maximumColorDepth: .monochrome)
    defer { terminal.close() }
    #expect(terminal.colorDepth == .monochrome)
    #expect(terminal.resolve(Style(fg: .red)).pair == 0)
  }
}
