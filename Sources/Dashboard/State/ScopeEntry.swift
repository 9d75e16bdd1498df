/// One level of drill-down and the pane that had focus there.
public struct ScopeEntry: Equatable, Sendable {
  public var scope: Scope
  public var focus: PaneKind

  public init(scope: Scope, focus: PaneKind) {
    self.scope = scope
    self.focus = focus
  }
}
