import TerminalUI

/// Rows of one pane, built from items in their natural order, then filtered and sorted.
final class RowList<Item>: PaneRowSource {
  let items: [Item]
  let format: RowFormat<Item>
  let unfilteredCount: Int
  let titleCounts: (shown: Int, total: Int)
  private var lastLookup: (id: String, index: Int)?

  init(items: [Item], format: RowFormat<Item>, filter: FilterPattern, sort: TableSort?, context: RowContext) {
    unfilteredCount = items.count
    var kept = items
    if !filter.isEmpty {
      kept = items.filter { filter.matches(format.row($0, context).cells.joined(separator: " ")) }
    }
    if let sort {
      // Decorate once: a key per row, then a stable sort on (key, original position).
      let keyed = kept.enumerated().map { (format.sortKey($0.element, sort.column), $0.offset, $0.element) }
      let sorted = keyed.sorted { a, b in
        if a.0 != b.0 { return sort.ascending ? a.0 < b.0 : b.0 < a.0 }
        return a.1 < b.1
      }
      kept = sorted.map(\.2)
    }
    self.items = kept
    self.format = format
    if let counted = format.counted {
      titleCounts = (counted(kept), counted(items))
    } else {
      titleCounts = (kept.count, items.count)
    }
  }

  var count: Int { items.count }

  func id(at index: Int) -> String { format.id(items[index]) }

  func index(of id: String) -> Int? {
    if let last = lastLookup, last.id == id, last.index < items.count, format.id(items[last.index]) == id {
      return last.index
    }
    let found: Int?
    if let matcher = format.matcher {
      let matches = matcher(id)
      found = items.firstIndex(where: matches)
    } else {
      found = items.firstIndex { format.id($0) == id }
    }
    guard let i = found else { return nil }
    lastLookup = (id, i)
    return i
  }

  func index(of id: String, near hint: Int) -> Int? {
    if hint >= 0 && hint < items.count && format.id(items[hint]) == id {
      lastLookup = (id, hint)
      return hint
    }
    return index(of: id)
  }

  func row(at index: Int, _ context: RowContext) -> TableRow { format.row(items[index], context) }
}
