/// Everything a key can be bound to. The raw value is the name a keymap file uses.
///
/// docs/architecture.md §4 "keys are data": this table carries each action's description, whether
/// it changes the simulated world (so it asks for confirmation and `--readonly` hides it) and the
/// panes where it applies. The help overlay and the hint bar are drawn from it and from the
/// bindings in effect, so a rebinding shows up in both at once.
public enum KeyAction: String, CaseIterable, Hashable, Sendable {
  // Moving
  case moveUp = "move-up"
  case moveDown = "move-down"
  case pageUp = "page-up"
  case pageDown = "page-down"
  case top
  case bottom
  case nextPane = "next-pane"
  case previousPane = "previous-pane"
  case focusClusters = "focus-clusters"
  case focusServices = "focus-services"
  case focusInstances = "focus-instances"
  case focusTasks = "focus-tasks"
  case focusTargets = "focus-targets"
  case focusEvents = "focus-events"
  case drillDown = "drill-down"
  case back
  case zoom
  // Looking
  case filter
  case sortNext = "sort-next"
  case sortReverse = "sort-reverse"
  case describe
  case why
  case help
  case command
  // Time
  case pause
  case step
  case faster
  case slower
  // Acting on the world (each asks for confirmation, Cancel focused)
  case launchTask = "launch-task"
  case scaleService = "scale-service"
  case rollingUpgrade = "rolling-upgrade"
  case stopTask = "stop-task"
  case drainInstance = "drain-instance"
  case activateInstance = "activate-instance"
  case pushImage = "push-image"
  case injectFault = "inject-fault"
  // Display
  case cycleGlyphs = "cycle-glyphs"
  case quit

  /// One line for the help overlay.
  public var help: String {
    switch self {
    case .moveUp: "Select the row above"
    case .moveDown: "Select the row below"
    case .pageUp: "Up one page"
    case .pageDown: "Down one page"
    case .top: "First row"
    case .bottom: "Last row"
    case .nextPane: "Focus the next pane"
    case .previousPane: "Focus the previous pane"
    case .focusClusters: "Focus Clusters"
    case .focusServices: "Focus Services"
    case .focusInstances: "Focus Container instances"
    case .focusTasks: "Focus Tasks"
    case .focusTargets: "Focus ALB port mappings"
    case .focusEvents: "Focus Events"
    case .drillDown: "Drill down: cluster → instances, tasks, services; service → tasks, targets; instance → tasks"
    case .back: "Go back up (or clear the filter)"
    case .zoom: "Show the focused pane alone / all panes"
    case .filter: "Filter rows (a leading ! keeps rows that do not match)"
    case .sortNext: "Sort by the next column"
    case .sortReverse: "Reverse the sort"
    case .describe: "Show the selected item as ECS JSON"
    case .why: "Why? Explain a pending task, a stuck service or a stalled deployment"
    case .help: "This help"
    case .command: "Type a command (Tab completes, ↑/↓ history)"
    case .pause: "Pause / resume the simulation clock"
    case .step: "Step to the next engine event (pauses)"
    case .faster: "Faster (up to ×64)"
    case .slower: "Slower (down to ×0.25)"
    case .launchTask: "Launch tasks (run-task)"
    case .scaleService: "Scale the selected service"
    case .rollingUpgrade: "Start a rolling upgrade of the selected service"
    case .stopTask: "Stop the selected task"
    case .drainInstance: "Drain the selected container instance"
    case .activateInstance: "Set the selected container instance ACTIVE"
    case .pushImage: "Push an image to ECR"
    case .injectFault: "Inject a fault: terminate, Spot interruption, agent disconnect, bad release"
    case .cycleGlyphs: "Graph glyphs: blocks → braille → ASCII"
    case .quit: "Quit"
    }
  }

  /// The hint bar's short label.
  public var hint: String {
    switch self {
    case .moveUp, .moveDown: "move"
    case .drillDown: "open"
    case .back: "back"
    case .nextPane: "pane"
    case .filter: "filter"
    case .describe: "describe"
    case .why: "why?"
    case .help: "help"
    case .command: "cmd"
    case .pause: "pause"
    case .step: "step"
    case .faster: "faster"
    case .slower: "slower"
    case .launchTask: "launch"
    case .scaleService: "scale"
    case .rollingUpgrade: "upgrade"
    case .stopTask: "stop"
    case .drainInstance: "drain"
    case .activateInstance: "activate"
    case .pushImage: "push"
    case .injectFault: "fault"
    case .quit: "quit"
    case .sortNext: "sort"
    default: rawValue
    }
  }

  /// Changes the simulated world: confirmed with Cancel focused, hidden by `--readonly`.
  public var mutates: Bool {
    switch self {
    case .launchTask, .scaleService, .rollingUpgrade, .stopTask, .drainInstance, .activateInstance,
      .pushImage, .injectFault:
      true
    default: false
    }
  }

  /// The panes where the action means something (nil: everywhere).
  public var panes: Set<PaneKind>? {
    switch self {
    case .scaleService, .rollingUpgrade: [.services]
    case .stopTask: [.tasks]
    case .drainInstance, .activateInstance: [.instances]
    case .drillDown: [.clusters, .services, .instances, .tasks, .targets]
    default: nil
    }
  }

  /// The help overlay's sections.
  public var section: String {
    switch self {
    case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .nextPane, .previousPane,
      .focusClusters, .focusServices, .focusInstances, .focusTasks, .focusTargets, .focusEvents,
      .drillDown, .back, .zoom:
      "Move"
    case .filter, .sortNext, .sortReverse, .describe, .why, .help, .command, .cycleGlyphs, .quit:
      "Look"
    case .pause, .step, .faster, .slower: "Time"
    default: "Act (asks first, Cancel focused)"
    }
  }

  /// The pane a focus action picks.
  var focusTarget: PaneKind? {
    switch self {
    case .focusClusters: .clusters
    case .focusServices: .services
    case .focusInstances: .instances
    case .focusTasks: .tasks
    case .focusTargets: .targets
    case .focusEvents: .events
    default: nil
    }
  }
}
