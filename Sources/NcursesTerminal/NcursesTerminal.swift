import CNcursesw
import Glibc
import TerminalUI

/// The user's terminal, driven through ncursesw: the live `TerminalBackend`.
///
/// ncurses keeps its own copy of the screen and sends only the difference on `doupdate`, so
/// `present` simply writes every cell of the frame (immediate mode, docs/terminal.md §6) and a
/// frame that changes one counter costs a few bytes on the wire.
///
/// A plain (nonisolated, non-`Sendable`) final class: ncurses is global, single-threaded state,
/// and a non-`Sendable` class cannot leave the isolation domain that opened it, which is what
/// that requires. Unlike a `@MainActor` class it conforms to `TerminalBackend` without an
/// isolated conformance, so the dashboard's generic loop takes it as it takes `InMemoryTerminal`.
/// There is one curses screen per process: open one terminal, and `close()` it (or let it go)
/// before opening another.
public final class NcursesTerminal: TerminalBackend {
  let screen: OpaquePointer
  let window: UnsafeMutablePointer<WINDOW>
  /// What the terminal can show, after `NO_COLOR` and the caller's limit.
  public let colorDepth: ColorDepth
  /// `COLORS` and `COLOR_PAIRS` as ncurses read them from terminfo.
  let colorCount: Int
  let pairLimit: Int
  /// `use_default_colors()` succeeded: colour -1 is the terminal's own foreground/background.
  let defaultColors: Bool
  /// Lazily allocated pairs for the (fg, bg) combinations actually drawn (docs/terminal.md §2.8:
  /// `xterm` has only 64 pairs); past the budget a style falls back to pair 0, keeping its
  /// attributes.
  var pairs: [PairKey: Int16] = [:]
  var nextPair: Int16 = 1
  var resolvedStyles: [Style: (attrs: attr_t, pair: Int16)] = [:]
  var cursorVisible = false
  var isOpen = true
  /// Reused for every cell: the grapheme's scalars, zero-terminated, as `setcchar` wants them.
  var text = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)

  struct PairKey: Hashable {
    var fg: Int16
    var bg: Int16
  }

  /// Takes over the process's terminal (standard input and output).
  ///
  /// Sets the locale from the environment first (without a UTF-8 locale every non-ASCII glyph
  /// disappears, docs/terminal.md §2.5), clears an inherited signal mask, and refuses, with a
  /// message saying what to do, when standard input or output is not a terminal or `TERM` has no
  /// terminfo entry. Nothing has been written to the screen when it throws. `NO_COLOR` (any
  /// non-empty value) lowers `maximumColorDepth` to monochrome. Installs `TerminalGuard`; the loop
  /// must check `stopRequested` on every wake-up, since Ctrl-C only sets that flag.
  public static func open(maximumColorDepth: ColorDepth = .trueColor) throws(TerminalOpenError) -> NcursesTerminal {
    setlocale(LC_ALL, "")
    TerminalGuard.unblockSignals()
    guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
    guard isatty(STDIN_FILENO) == 1 else { throw .inputNotATerminal }
    let termType = environment("TERM") ?? ""
    guard !termType.isEmpty else { throw .noTerminalType }
    let noColor = !(environment("NO_COLOR") ?? "").isEmpty
    let terminal = try open(
      termType: termType, output: cnc_stdout(), input: cnc_stdin(),
      maximumColorDepth: noColor ? .monochrome : maximumColorDepth)
    TerminalGuard.install()  // after newterm, so ours replace ncurses' SIGINT/SIGTERM handlers
    return terminal
  }

  /// Opens a curses screen of type `termType` on the given streams (a pty in tests).
  static func open(
    termType: String, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
    maximumColorDepth: ColorDepth
  ) throws(TerminalOpenError) -> NcursesTerminal {
    // newterm, unlike initscr, returns NULL for an unknown TERM instead of exiting
    // (docs/terminal.md §2.8).
    guard let screen = newterm(termType, output, input) else { throw .unknownTerminalType(termType) }
    return NcursesTerminal(screen: screen, maximumColorDepth: maximumColorDepth)
  }

  init(screen: OpaquePointer, maximumColorDepth: ColorDepth) {
    self.screen = screen
    window = cnc_stdscr()
    TerminalGuard.markActive(true)
    cbreak()  // not raw(): Ctrl-C still raises SIGINT and Ctrl-Z still suspends
    noecho()
    nonl()
    keypad(window, true)
    curs_set(0)
    set_escdelay(25)  // a bare Esc is a key, not the start of a sequence (docs/terminal.md §2.10)
    var depth = ColorDepth.monochrome
    var defaults = false
    if maximumColorDepth != .monochrome && has_colors() {
      start_color()
      defaults = use_default_colors() == OK
      let colors = Int(cnc_colors())
      // 24-bit terminfo entries (xterm-direct) number colours as RGB; treating them as the
      // 256-colour palette keeps pair set-up uniform, at the cost of exact shades.
      depth = colors >= 256 ? .palette256 : colors >= 8 ? .ansi16 : .monochrome
      if depth.rawValue > maximumColorDepth.rawValue { depth = maximumColorDepth }
    }
    colorDepth = depth
    colorCount = depth == .monochrome ? 0 : Int(cnc_colors())
    pairLimit = depth == .monochrome ? 0 : min(Int(cnc_color_pairs()), Int(Int16.max))
    defaultColors = defaults
  }

  deinit { close() }

  /// Leaves curses mode and gives the terminal back (echo, line editing, cursor). Idempotent;
  /// also done when the terminal is released and, through `TerminalGuard`, at exit or on a crash.
  public func close() {
    guard isOpen else { return }
    isOpen = false
    TerminalGuard.restoreTerminal()
    delscreen(screen)
  }

  /// True once SIGINT, SIGTERM or SIGHUP arrived (see `TerminalGuard`).
  public var stopRequested: Bool { TerminalGuard.stopRequested }

  public var size: Size { Size(width: Int(getmaxx(window)), height: Int(getmaxy(window))) }

  /// Waits for a key or a resize; nil when the time ran out or a signal interrupted the wait.
  ///
  /// ncurses handles SIGWINCH itself and reports `KEY_RESIZE` with the window already resized
  /// (docs/terminal.md §2.12), so `.resize` carries the new `size`. Keys the dashboard has no name
  /// for are skipped and the wait goes on until the same deadline. A negative timeout waits without
  /// limit.
  public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
    let clock = ContinuousClock()
    let deadline = clock.now + .milliseconds(max(0, timeoutMilliseconds))
    while true {
      if timeoutMilliseconds < 0 {
        wtimeout(window, -1)
      } else {
        let left = (deadline - clock.now).components
        let ms = max(0, left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000)
        wtimeout(window, Int32(clamping: ms))
      }
      var wch: wint_t = 0
      let rc = wget_wch(window, &wch)
      if rc == ERR { return nil }  // timeout, or EINTR after a signal: the caller checks the flag
      if rc == KEY_CODE_YES && Int32(bitPattern: wch) == KEY_RESIZE {
        let now = size
        return .resize(width: now.width, height: now.height)
      }
      if let event = translateKey(rc: rc, wch: wch) { return event }
      if TerminalGuard.stopRequested || (timeoutMilliseconds >= 0 && clock.now >= deadline) { return nil }
    }
  }

  /// Writes the frame into ncurses' screen and sends the difference.
  ///
  /// A grid of another size than the terminal (a resize raced the frame) is drawn clipped, and
  /// the rest of the screen blanked; the loop draws a fitting frame on the `.resize` event.
  public func present(_ grid: Grid) {
    let screenSize = size
    if grid.size != screenSize { werase(window) }
    let width = min(grid.width, screenSize.width)
    let height = min(grid.height, screenSize.height)
    for y in 0..<height {
      for x in 0..<width {
        let cell = grid.cells[y * grid.width + x]
        if cell.isContinuation { continue }  // the wide glyph to its left already covers it
        // The bottom-right cell returns ERR (the cursor cannot advance) but is drawn
        // (docs/terminal.md §2.13).
        if cell.width == 2 && x + 1 >= width {
          draw(Cell(" ", style: cell.style), x: x, y: y)  // half a glyph cannot be shown
        } else {
          draw(cell, x: x, y: y)
        }
      }
    }
    if let cursor = grid.cursor, cursor.x >= 0, cursor.x < width, cursor.y >= 0, cursor.y < height {
      if !cursorVisible { curs_set(1) }
      cursorVisible = true
      wmove(window, Int32(cursor.y), Int32(cursor.x))
    } else if cursorVisible {
      curs_set(0)
      cursorVisible = false
    }
    wnoutrefresh(window)
    doupdate()
  }

  func draw(_ cell: Cell, x: Int, y: Int) {
    let (attrs, pair) = resolve(cell.style)
    var count = 0
    let limit = Int(CCHARW_MAX)
    cell.forEachScalar { scalar in
      guard count < limit else { return }
      text[count] = wchar_t(bitPattern: scalar.value)
      count += 1
    }
    if count == 0 {
      text[0] = 0x20
      count = 1
    }
    text[count] = 0
    var cc = cchar_t()
    if setcchar(&cc, text, attrs, pair, nil) != OK {
      // Not a grapheme ncurses accepts (an unprintable first scalar): draw its first scalar alone,
      // or a replacement mark, so the columns to its right stay in place.
      text[1] = 0
      if setcchar(&cc, text, attrs, pair, nil) != OK {
        text[0] = 0x3F  // "?"
        _ = setcchar(&cc, text, attrs, pair, nil)
      }
    }
    _ = mvwadd_wch(window, Int32(y), Int32(x), &cc)
  }

  /// The curses attributes and colour pair for a style, lowered to the terminal's colour depth.
  func resolve(_ style: Style) -> (attrs: attr_t, pair: Int16) {
    if let known = resolvedStyles[style] { return known }
    var attrs = cnc_a_normal()
    if style.bold { attrs |= cnc_a_bold() }
    if style.dim { attrs |= cnc_a_dim() }
    if style.italic { attrs |= cnc_a_italic() }
    if style.underline { attrs |= cnc_a_underline() }
    if style.reverse { attrs |= cnc_a_reverse() }
    let lowered = style.approximated(for: colorDepth)
    let resolved = (attrs, pair(fg: colorNumber(lowered.fg, isForeground: true), bg: colorNumber(lowered.bg, isForeground: false)))
    resolvedStyles[style] = resolved
    return resolved
  }

  /// The curses colour number: -1 for the terminal default (or white/black without
  /// `use_default_colors`), the ANSI index for named colours (bright ones folded onto the base
  /// eight on an 8-colour terminal), the palette index otherwise.
  func colorNumber(_ color: Color, isForeground: Bool) -> Int16 {
    var number: Int
    switch color {
    case .default: number = -1
    case .palette(let n): number = Int(n)
    case .rgb(let r, let g, let b):
      return colorNumber(Color.rgb(r, g, b).approximated(for: .palette256), isForeground: isForeground)
    default: number = color.ansiIndex ?? -1
    }
    if number >= colorCount {
      number = colorCount >= 8 && number < 16 ? number - 8 : -1
    }
    if number < 0 && !defaultColors { number = isForeground ? Int(COLOR_WHITE) : Int(COLOR_BLACK) }
    return Int16(number)
  }

  func pair(fg: Int16, bg: Int16) -> Int16 {
    if colorDepth == .monochrome { return 0 }
    if fg == -1 && bg == -1 { return 0 }
    if !defaultColors && fg == Int16(COLOR_WHITE) && bg == Int16(COLOR_BLACK) { return 0 }
    let key = PairKey(fg: fg, bg: bg)
    if let known = pairs[key] { return known }
    guard Int(nextPair) < pairLimit else { return 0 }  // out of pairs: terminal colours
    let number = nextPair
    guard init_pair(number, fg, bg) == OK else { return 0 }
    nextPair += 1
    pairs[key] = number
    return number
  }
}

/// An environment variable's value, nil when unset.
func environment(_ name: String) -> String? {
  getenv(name).map { String(cString: $0) }
}
