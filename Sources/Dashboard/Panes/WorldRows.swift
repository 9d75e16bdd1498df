import ECSSim
import TerminalUI

/// The rows of every pane over the live engine, rebuilt only when something they depend on
/// changed: the world (a version the app bumps when the engine reports events), the scope, the
/// filter or the sort. A frame then costs the visible rows alone, however large the world.
public final class WorldRows: DashboardWorld {
  public let sim: Simulator
  public var events: EventLog
  /// Bumped by the app whenever the engine changed; stale caches rebuild on next use.
  public private(set) var version = 0
  public var theme: Theme
  private var cache: [PaneKind: (key: CacheKey, rows: any PaneRowSource)] = [:]

  struct CacheKey: Equatable {
    var version: Int
    var scope: Scope
    var filter: String
    var sort: TableSort?
  }

  public init(sim: Simulator, theme: Theme, eventCapacity: Int = 2_000) {
    self.sim = sim
    self.theme = theme
    events = EventLog(capacity: eventCapacity)
  }

  /// Takes the engine's new events into the Events pane and marks every cache stale if any.
  @discardableResult
  public func absorbEvents() -> Bool {
    let new = sim.drainEvents()
    guard !new.isEmpty else { return false }
    events.append(new)
    version += 1
    return true
  }

  public func context(_ state: UIState) -> RowContext {
    RowContext(sim: sim, theme: theme, glyphs: state.glyphs)
  }

  public func rows(_ pane: PaneKind, _ state: UIState) -> any PaneRowSource {
    let p = state[pane]
    let key = CacheKey(version: version, scope: state.scope, filter: p.filter, sort: p.sort)
    if let hit = cache[pane], hit.key == key { return hit.rows }
    let filter = FilterPattern(p.filter)
    let ctx = context(state)
    let scope = state.scope
    let rows: any PaneRowSource = switch pane {
    case .clusters: RowList(items: ClusterRows.items(sim, scope), format: ClusterRows.format, filter: filter, sort: p.sort, context: ctx)
    case .services: RowList(items: ServiceRows.items(sim, scope), format: ServiceRows.format, filter: filter, sort: p.sort, context: ctx)
    case .instances: RowList(items: InstanceRows.items(sim, scope), format: InstanceRows.format, filter: filter, sort: p.sort, context: ctx)
    case .tasks: RowList(items: TaskRows.items(sim, scope), format: TaskRows.format, filter: filter, sort: p.sort, context: ctx)
    case .targets: RowList(items: TargetRows.items(sim, scope), format: TargetRows.format, filter: filter, sort: p.sort, context: ctx)
    case .events: EventRows(log: events, filter: filter)
    }
    cache[pane] = (key, rows)
    return rows
  }

  public func rowCount(_ pane: PaneKind, _ state: UIState) -> Int { rows(pane, state).count }

  public func rowID(_ pane: PaneKind, at index: Int, _ state: UIState) -> String? {
    let r = rows(pane, state)
    return index >= 0 && index < r.count ? r.id(at: index) : nil
  }

  public func index(_ pane: PaneKind, of id: String, _ state: UIState) -> Int? {
    rows(pane, state).index(of: id, near: state[pane].selectedIndex)
  }

  public func completions(for line: String) -> [String] { CommandCompleter(sim: sim).completions(for: line) }
}
