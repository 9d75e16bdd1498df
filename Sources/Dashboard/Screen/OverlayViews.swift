import ECSSim
import TerminalUI

/// What covers the panes: help drawn from the keymap, text pages (describe, why) and dialogs.
enum OverlayViews {
  /// A centred box of at most `maxWidth` × the screen less four rows.
  static func box(_ screen: Rect, width: Int, height: Int) -> Rect {
    screen.centered(Size(width: min(width, screen.width - 2), height: min(height, screen.height - 2)))
  }

  /// Help: every action with the keys bound to it, by section, then the command language's
  /// verbs. Drawn from the keymap in effect, so a keymap file's rebinding shows here.
  static func helpLines(keymap: Keymap, readonly: Bool) -> [(keys: String, text: String)] {
    var lines: [(String, String)] = []
    var section = ""
    for action in KeyAction.allCases {
      if readonly && action.mutates { continue }
      let keys = keymap.keys(for: action)
      guard !keys.isEmpty else { continue }
      if action.section != section {
        if !section.isEmpty { lines.append(("", "")) }
        section = action.section
        lines.append(("", section))
      }
      lines.append((keys.map(\.label).joined(separator: " "), action.help))
    }
    lines.append(("", ""))
    lines.append(("", "Commands at the : prompt (Tab completes; the same sentences as scripts and scenarios)"))
    for verb in CommandVerb.all where !(readonly && verb.isMutating) {
      let aliases = verb.aliases.map(\.name)
      lines.append((verb.name, verb.summary + (aliases.isEmpty ? "" : " (also: \(aliases.joined(separator: ", ")))")))
    }
    return lines
  }

  static func help(scroll: Int, keymap: Keymap, readonly: Bool, theme: Theme, screen: Rect, on grid: inout Grid) {
    let lines = helpLines(keymap: keymap, readonly: readonly)
    // The keys column as wide as the widest keys (at most 22), the box as wide as the longest
    // line, up to the screen: descriptions get every column there is.
    let keyColumn = min(22, (lines.map { displayWidth($0.keys) }.max() ?? 0) + 2)
    let widest = lines.map { $0.keys.isEmpty ? displayWidth($0.text) : keyColumn + displayWidth($0.text) }.max() ?? 0
    let area = box(screen, width: widest + 4, height: lines.count + 2)
    grid.fill(area, style: theme[.help])
    grid.drawBox(area, border: theme.border, style: theme[.help], title: "Help · ↑↓ scroll · Esc closes", titleStyle: theme[.dialogTitle])
    let inner = area.inset(by: EdgeInsets(vertical: 1, horizontal: 2))
    let first = min(scroll, max(0, lines.count - inner.height))
    for (i, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
      let row = inner.row(i)
      if line.keys.isEmpty {
        grid.put(line.text, in: row, style: theme[.dialogTitle])
      } else {
        grid.put(line.keys, in: Rect(x: row.x, y: row.y, width: keyColumn - 1, height: 1), style: theme[.helpKey])
        grid.put(line.text, in: Rect(x: row.x + keyColumn, y: row.y, width: max(0, row.width - keyColumn), height: 1), style: theme[.help])
      }
    }
  }

  static func text(title: String, lines raw: [String], scroll: Int, theme: Theme, screen: Rect, on grid: inout Grid) {
    let boxTitle = title + " · Esc closes"
    // Long lines (explanations) wrap with a hanging indent inside the box.
    let room = max(20, screen.width - 6)
    var lines: [String] = []
    for line in raw {
      let indent = line.hasPrefix("• ") ? "  " : ""
      for (i, piece) in wrap(line, first: room, rest: room - indent.count, maxRows: 1_000).enumerated() {
        lines.append(i == 0 ? piece : indent + piece)
      }
    }
    // The border needs the title plus its corners and spaces: a short text still shows it whole.
    let width = min(screen.width - 2, max(displayWidth(boxTitle) + 6, (lines.map { displayWidth($0) }.max() ?? 0) + 4))
    let area = box(screen, width: width, height: lines.count + 2)
    grid.fill(area, style: theme[.why])
    grid.drawBox(area, border: theme.border, style: theme[.why], title: boxTitle, titleStyle: theme[.dialogTitle])
    let inner = area.inset(by: EdgeInsets(vertical: 1, horizontal: 2))
    let first = min(scroll, max(0, lines.count - inner.height))
    for (i, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
      grid.put(line, in: inner.row(i), style: theme[.why])
    }
  }

  /// A dialog: intro lines, labelled fields (the focused one with a cursor), then in stage two
  /// the exact command lines, and the buttons with Cancel first.
  static func form(_ form: FormState, theme: Theme, screen: Rect, on grid: inout Grid) {
    var lines = form.intro
    let labelWidth = (form.fields.map { displayWidth($0.label) }.max() ?? 0) + 2
    // The widest text a dialog can hold on this screen (its border and padding take 4).
    let maxContent = max(20, screen.width - 4)
    let hintWidth = form.fields.map { $0.hint.isEmpty ? 0 : displayWidth($0.hint) + 2 }.max() ?? 0
    // Fields are 30 wide unless that would push their hints off a narrow screen.
    let fieldWidth = min(30, max(8, maxContent - labelWidth - hintWidth))
    var fieldRows: [Int] = []
    if let commands = form.commands {
      if !lines.isEmpty { lines.append("") }
      lines.append("Will run:")
      // Wrapped, not cut: the user confirms exactly what runs, so its end (`--status DRAINING`)
      // must show; only a very long line (a task definition's JSON) is cut after six rows.
      for command in commands {
        let rows = wrap(command, first: maxContent - 2, rest: maxContent - 4, maxRows: 6)
        lines += rows.enumerated().map { ($0.offset == 0 ? "  " : "    ") + $0.element }
      }
    } else {
      if !lines.isEmpty { lines.append("") }
      for f in form.fields {
        fieldRows.append(lines.count)
        lines.append(String(repeating: " ", count: labelWidth + fieldWidth) + (f.hint.isEmpty ? "" : "  " + f.hint))
      }
    }
    if let error = form.error { lines += ["", "✗ " + error] }
    let dialog = Dialog(
      title: form.title, lines: lines, buttons: form.buttons, focusedButton: form.focusedButton ?? -1,
      border: theme.border, style: theme[.dialog], titleStyle: theme[.dialogTitle], buttonStyle: theme[.dialogButton],
      focusedButtonStyle: theme[.dialogButtonFocused])
    let frame = dialog.frame(in: screen)
    dialog.render(in: screen, on: &grid)
    let inner = frame.inset(by: EdgeInsets(top: 1, left: 2, bottom: 1, right: 2))
    for (i, f) in form.fields.enumerated() where i < fieldRows.count {
      let row = inner.row(fieldRows[i])
      guard !row.isEmpty else { continue }
      grid.put(f.label + ":", in: Rect(x: row.x, y: row.y, width: labelWidth, height: 1), style: theme[.dialog])
      let fieldRect = Rect(x: row.x + labelWidth, y: row.y, width: fieldWidth, height: 1).intersection(row)
      let focused = form.focus == i
      let value = f.choices.isEmpty ? f.value : "◀ \(f.value) ▶"
      if focused && f.choices.isEmpty {
        var input = f.input
        input.style = theme[.prompt]
        input.cursorStyle = theme[.prompt].adding(.reverse)
        grid.fill(fieldRect, style: theme[.prompt])
        input.render(in: fieldRect, on: &grid)
      } else {
        grid.fill(fieldRect, style: focused ? theme[.prompt].adding(.reverse) : theme[.prompt])
        grid.put(value, in: fieldRect, style: focused ? theme[.prompt].adding(.reverse) : theme[.prompt])
      }
    }
    if let error = form.error, !error.isEmpty {
      let row = inner.row(lines.count - 1)
      grid.put("✗ " + error, in: row, style: theme[.statusError])
    }
  }

  /// A command line in rows of at most `first` columns, then `rest`: broken after a space when
  /// one is in the second half of the row, else mid-word; past `maxRows` the last row ends in `…`.
  static func wrap(_ line: String, first: Int, rest: Int, maxRows: Int) -> [String] {
    var rows: [String] = []
    var remaining = Substring(line)
    while !remaining.isEmpty {
      let width = max(4, rows.isEmpty ? first : rest)
      if displayWidth(remaining) <= width {
        rows.append(String(remaining))
        break
      }
      if rows.count == maxRows - 1 {
        rows.append(truncate(String(remaining), to: width))
        break
      }
      var end = remaining.startIndex
      var used = 0
      var lastSpace: String.Index?
      while end < remaining.endIndex {
        let w = displayWidth(remaining[end])
        if used + w > width { break }
        used += w
        if remaining[end] == " " && used > width / 2 { lastSpace = end }
        end = remaining.index(after: end)
      }
      if end == remaining.startIndex { end = remaining.index(after: end) }
      let cut = lastSpace.map { remaining.index(after: $0) } ?? end
      rows.append(String(remaining[..<cut]))
      remaining = remaining[cut...]
    }
    return rows
  }

  /// Below the minimum size: btop's screen, with both sizes.
  static func tooSmall(_ size: Size, theme: Theme, on grid: inout Grid) {
    let need = DashboardLayout.minimumSize
    let lines = ["terminal too small:", "have \(size.width)×\(size.height), need \(need.width)×\(need.height)", "q quits"]
    let area = Rect(size: size)
    for (i, line) in lines.enumerated() {
      let y = max(0, size.height / 2 - 1) + i
      guard y < size.height else { break }
      grid.put(line, in: Rect(x: 0, y: y, width: area.width, height: 1), alignment: .center, style: theme[i == 0 ? .statusError : .text])
    }
  }
}
