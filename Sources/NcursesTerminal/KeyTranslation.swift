import CNcursesw
import TerminalUI

/// Turns what `wget_wch` returned into a key event.
///
/// A pure function of the two values ncurses hands back, so the whole table is tested without a
/// terminal. `rc` is `wget_wch`'s return code: `OK` for a character in `wch`, `KEY_CODE_YES` for a
/// function key whose code (`KEY_UP`, `KEY_F0 + n`, …) is in `wch`. Returns nil for what the
/// dashboard has no key for (a timeout, `KEY_RESIZE`, which the backend answers with the new
/// size, mouse events, unassigned control codes), so the caller simply waits on.
///
/// Control codes become the keys users think of (docs/terminal.md §4): 9 is Tab, 10 and 13 are
/// Enter, 27 is Escape, 127 and 8 are Backspace (8 is also Ctrl-H, which terminals send for
/// Backspace), and the other codes 1–26 are Ctrl-A…Ctrl-Z, lowercase.
public func translateKey(rc: Int32, wch: UInt32) -> TerminalEvent? {
  switch rc {
  case KEY_CODE_YES: return functionKey(Int32(bitPattern: wch)).map { .key($0) }
  case OK: return characterKey(wch).map { .key($0) }
  default: return nil
  }
}

func functionKey(_ code: Int32) -> Key? {
  switch code {
  case KEY_UP: return .up
  case KEY_DOWN: return .down
  case KEY_LEFT: return .left
  case KEY_RIGHT: return .right
  case KEY_BTAB: return .backTab
  case KEY_ENTER: return .enter
  case KEY_BACKSPACE: return .backspace
  case KEY_DC: return .delete
  case KEY_HOME: return .home
  case KEY_END: return .end
  case KEY_PPAGE: return .pageUp
  case KEY_NPAGE: return .pageDown
  // Shift-F1…F12 arrive as F13…F24 on xterm-like terminals; `Key` names up to f24.
  case (KEY_F0 + 1)...(KEY_F0 + 24): return .f(Int(code - KEY_F0))
  default: return nil
  }
}

func characterKey(_ wch: UInt32) -> Key? {
  switch wch {
  case 9: return .tab
  case 10, 13: return .enter
  case 27: return .escape
  case 8, 127: return .backspace
  case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(wch) + 0x60)))
  // Ctrl-\, Ctrl-], Ctrl-^, Ctrl-_: the symbol keys that still produce a control code.
  case 28...31: return .ctrl(Character(Unicode.Scalar(UInt8(wch) + 0x40)))
  case 0, 0x80...0x9F: return nil
  default:
    guard let scalar = Unicode.Scalar(wch) else { return nil }
    return .char(Character(scalar))
  }
}

/// The C library's idea of a scalar's width in the current locale (-1: not printable).
///
/// ncurses moves the cursor by this, so TerminalUI's `displayWidth` must agree with it for every
/// glyph the dashboard draws; the tests check that under C.UTF-8 (docs/terminal.md §2.6).
func systemWidth(_ scalar: Unicode.Scalar) -> Int {
  Int(wcwidth(wchar_t(bitPattern: scalar.value)))
}
