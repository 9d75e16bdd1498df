import TerminalUI

/// Which key does what: one table, drawn by the help overlay and the hint bar.
///
/// docs/ux-conventions.md §1.1 (k9s #625, lazydocker #48): users need to rebind keys that clash
/// with tmux, vim or their keyboard layout. A keymap file (`ECSimIO.KeymapLoader`) starts from
/// `standard` and binds or unbinds keys; several keys may share an action.
public struct Keymap: Sendable, Equatable {
  /// Bindings in the order help lists them.
  public private(set) var bindings: [(key: Key, action: KeyAction)]

  public init(bindings: [(key: Key, action: KeyAction)]) { self.bindings = bindings }

  public static func == (a: Keymap, b: Keymap) -> Bool {
    a.bindings.count == b.bindings.count && zip(a.bindings, b.bindings).allSatisfy { $0.key == $1.key && $0.action == $1.action }
  }

  /// The action bound to `key`, if any.
  public func action(for key: Key) -> KeyAction? {
    bindings.first { $0.key == key }?.action
  }

  /// The keys bound to `action`, first the one hints show.
  public func keys(for action: KeyAction) -> [Key] {
    bindings.filter { $0.action == action }.map(\.key)
  }

  /// Binds `key` to `action`, replacing what the key did before.
  public mutating func bind(_ key: Key, to action: KeyAction) {
    if let i = bindings.firstIndex(where: { $0.key == key }) {
      bindings[i].action = action
    } else {
      bindings.append((key, action))
    }
  }

  /// Removes a key's binding.
  public mutating func unbind(_ key: Key) {
    bindings.removeAll { $0.key == key }
  }

  /// Removes every key of an action (a keymap file's `action: none`).
  public mutating func unbind(action: KeyAction) {
    bindings.removeAll { $0.action == action }
  }

  /// The keys and conventions of docs/ux-conventions.md §2: vim and arrow movement, Tab and digits
  /// for panes, Enter/→ in and Esc/← back, `/` filter, `:` commands, `?` help, space to pause, `.`
  /// to step, `<` `>` for speed; upper-case or distinct letters for actions that change the world,
  /// none of them next to a read-only key of the same letter.
  public static let standard = Keymap(bindings: [
    (.down, .moveDown), (.char("j"), .moveDown),
    (.up, .moveUp), (.char("k"), .moveUp),
    (.pageDown, .pageDown), (.ctrl("f"), .pageDown),
    (.pageUp, .pageUp), (.ctrl("b"), .pageUp),
    (.char("g"), .top), (.home, .top),
    (.char("G"), .bottom), (.end, .bottom),
    (.tab, .nextPane), (.backTab, .previousPane),
    (.char("1"), .focusClusters), (.char("2"), .focusServices), (.char("3"), .focusInstances),
    (.char("4"), .focusTasks), (.char("5"), .focusTargets), (.char("6"), .focusEvents),
    (.enter, .drillDown), (.right, .drillDown), (.char("l"), .drillDown),
    (.escape, .back), (.left, .back), (.char("h"), .back),
    (.char("z"), .zoom),
    (.char("/"), .filter),
    (.char("o"), .sortNext), (.char("O"), .sortReverse),
    (.char("d"), .describe),
    (.char("w"), .why),
    (.char("?"), .help), (.f(1), .help),
    (.char(":"), .command),
    (.char(" "), .pause),
    (.char("."), .step),
    (.char(">"), .faster), (.char("+"), .faster),
    (.char("<"), .slower), (.char("-"), .slower),
    (.char("t"), .launchTask),
    (.char("s"), .scaleService),
    (.char("u"), .rollingUpgrade),
    (.char("x"), .stopTask),
    (.char("D"), .drainInstance),
    (.char("A"), .activateInstance),
    (.char("p"), .pushImage),
    (.char("F"), .injectFault),
    (.char("#"), .cycleGlyphs),
    (.char("q"), .quit),
  ])

  /// The hint bar for a pane: the actions that matter there, each with its first key; mutating
  /// ones are left out when `readonly`.
  public func hints(for pane: PaneKind, readonly: Bool) -> [KeyHint] {
    actionHints(for: pane, readonly: readonly).map(\.hint)
  }

  /// The hints that fit in `width` columns (hints `spacing` apart): the least needed go first
  /// (speed, pause, fault, why, describe, …), the pane's own actions late, and `q quit` never,
  /// so a narrow terminal still says how to leave.
  public func hints(for pane: PaneKind, readonly: Bool, width: Int, spacing: Int) -> [KeyHint] {
    var kept = actionHints(for: pane, readonly: readonly)
    func total() -> Int {
      kept.reduce(0) { sum, h in
        let label = displayWidth(h.hint.label)
        return sum + displayWidth(h.hint.key) + (label > 0 ? 1 + label : 0)
      } + max(0, kept.count - 1) * max(0, spacing)
    }
    let dropOrder: [KeyAction] = [
      .slower, .pause, .injectFault, .why, .describe, .nextPane, .command, .filter, .drillDown,
      .launchTask, .activateInstance, .stopTask, .rollingUpgrade, .drainInstance, .scaleService, .help,
    ]
    for action in dropOrder where total() > width {
      kept.removeAll { $0.action == action }
    }
    return kept.map(\.hint)
  }

  func actionHints(for pane: PaneKind, readonly: Bool) -> [(action: KeyAction, hint: KeyHint)] {
    var actions: [KeyAction] = [.help, .command, .nextPane, .drillDown, .filter, .describe, .why]
    switch pane {
    case .services: actions += [.scaleService, .rollingUpgrade]
    case .tasks: actions += [.launchTask, .stopTask]
    case .instances: actions += [.drainInstance, .activateInstance]
    case .clusters, .targets, .events: actions += [.launchTask]
    }
    actions += [.injectFault, .pause, .slower, .quit]
    return actions.compactMap { a in
      if readonly && a.mutates { return nil }
      if let panes = a.panes, !panes.contains(pane) { return nil }
      guard let key = keys(for: a).first else { return nil }
      if a == .slower, let faster = keys(for: .faster).first {
        return (a, KeyHint("\(key.label)\(faster.label)", "speed"))
      }
      return (a, KeyHint(key, a.hint))
    }
  }
}
