import ECSSim
import TerminalUI

/// What a view needs to draw one row: the engine for the frame, the theme and the glyphs.
public struct RowContext {
  public let sim: Simulator
  public let theme: Theme
  public let glyphs: GraphGlyphs

  public init(sim: Simulator, theme: Theme, glyphs: GraphGlyphs) {
    self.sim = sim
    self.theme = theme
    self.glyphs = glyphs
  }
}

/// One pane's rows for the current scope, filter and sort: ids for the reducer, table rows for
/// the view, made one at a time so a frame formats only what is on screen.
public protocol PaneRowSource: AnyObject {
  var count: Int { get }
  /// Rows before the filter (the M of "N of M").
  var unfilteredCount: Int { get }
  /// What the pane's title counts: the things listed (services, targets), not helper lines
  /// (a service's deployments, a listener with no targets); before and after the filter.
  var titleCounts: (shown: Int, total: Int) { get }
  func id(at index: Int) -> String
  func index(of id: String) -> Int?
  /// `index(of:)`, trying `hint` (where the row was last seen) first: after a rebuild the
  /// selected row is almost always still there, and a scan of 100,000 rows is not free.
  func index(of id: String, near hint: Int) -> Int?
  func row(at index: Int, _ context: RowContext) -> TableRow
}

extension PaneRowSource {
  public func index(of id: String, near hint: Int) -> Int? {
    if hint >= 0 && hint < count && self.id(at: hint) == id { return hint }
    return index(of: id)
  }
}

/// A sort key: numbers compare as numbers, text as text.
enum SortKey: Comparable {
  case number(Int64)
  case text(String)

  static func < (a: SortKey, b: SortKey) -> Bool {
    switch (a, b) {
    case (.number(let x), .number(let y)): x < y
    case (.text(let x), .text(let y)): x < y
    case (.number, .text): true
    case (.text, .number): false
    }
  }
}

/// How one pane turns engine objects into rows: the pattern every pane follows (k9s's per-
/// resource renderers, design.md §5).
struct RowFormat<Item>: Sendable {
  var id: @Sendable (Item) -> String
  var row: @Sendable (Item, RowContext) -> TableRow
  /// The key of a column for sorting.
  var sortKey: @Sendable (Item, Int) -> SortKey
  /// How many of a list's rows the title counts; nil: all of them. Given the whole list, so
  /// each pane counts in its own concrete code (a generic per-item test copied every item:
  /// on 30,000 ALB targets that cost twice as much as building the rows).
  var counted: (@Sendable ([Item]) -> Int)? = nil
  /// For panes of many rows: turns an id into a test that finds its item without formatting
  /// every item's id (a task's HexID compared as two words, not as 32 hex digits). The test must
  /// accept exactly the items whose `id` equals the given one; nil compares formatted ids.
  var matcher: (@Sendable (String) -> (Item) -> Bool)? = nil
}

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
