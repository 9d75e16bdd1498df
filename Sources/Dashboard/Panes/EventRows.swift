import TerminalUI

/// Events, newest first.
final class EventRows: PaneRowSource {
  let log: EventLog
  let kept: [Int]?
  init(log: EventLog, filter: FilterPattern) {
    self.log = log
    if filter.isEmpty {
      kept = nil
    } else {
      kept = (0..<log.count).filter { filter.matches(log.newest($0).text) }
    }
  }

  var count: Int { (kept?.count ?? log.count) + (log.dropped > 0 && kept == nil ? 1 : 0) }
  var unfilteredCount: Int { log.count }
  var titleCounts: (shown: Int, total: Int) { (kept?.count ?? log.count, log.count) }

  func line(_ index: Int) -> EventLog.Line? {
    if let kept { return log.newest(kept[index]) }
    return index < log.count ? log.newest(index) : nil
  }

  func id(at index: Int) -> String { line(index).map { "evt:\($0.sequence)" } ?? "evt:dropped" }

  func index(of id: String) -> Int? {
    guard id.hasPrefix("evt:"), let seq = Int(id.dropFirst(4)) else { return id == "evt:dropped" && count > log.count ? log.count : nil }
    if let kept { return kept.firstIndex { log.newest($0).sequence == seq } }
    guard log.count > 0 else { return nil }
    let i = log.newest(0).sequence - seq
    return i >= 0 && i < log.count ? i : nil
  }

  func row(at index: Int, _ ctx: RowContext) -> TableRow {
    guard let l = line(index) else {
      return TableRow(["", "+\(log.dropped) older events dropped (the pane keeps \(log.capacity))"], style: ctx.theme[.muted])
    }
    let role: StyleRole = switch l.severity {
    case .info: .eventText
    case .warning: .eventWarning
    case .error: .eventError
    }
    return TableRow([String(l.time.clock.prefix(8)), l.text], style: ctx.theme[role], cellStyles: [ctx.theme[.eventTime], nil])
  }
}
