/// A terminal made of a script: it replays events in order and keeps every frame it is shown.
///
/// App-level tests run the real loop against it (docs/terminal.md §10): script ticks, keys and
/// resizes, then assert the final state and compare `frames[i].textDump()` with the expected
/// screen. Nothing waits on a clock, so a session of thousands of ticks runs instantly and the
/// same script always gives the same frames.
public struct InMemoryTerminal: TerminalBackend, Sendable {
  public private(set) var size: Size
  /// The events still to be delivered, in order.
  public private(set) var script: [TerminalEvent]
  /// How many events have been delivered so far.
  public private(set) var delivered: Int = 0
  /// The grids passed to `present`, oldest first: all of them, or the last `maximumFrames`.
  public private(set) var frames: [Grid] = []
  /// How many grids have been presented in all (frames dropped by `maximumFrames` included).
  public private(set) var presentedCount: Int = 0
  /// Keep only this many of the latest frames (nil keeps all). A 200×60 grid is about 384 KB,
  /// so a test that runs thousands of ticks keeps the few frames it looks at.
  public var maximumFrames: Int?
  /// Every timeout the loop asked for, one per `nextEvent` call: lets a test check that a
  /// paused dashboard waits without ticking.
  public private(set) var requestedTimeouts: [Int] = []

  public init(width: Int, height: Int, script: [TerminalEvent] = [], maximumFrames: Int? = nil) {
    self.size = Size(width: width, height: height)
    self.script = script
    self.maximumFrames = maximumFrames
  }

  /// The last frame presented, if any.
  public var lastFrame: Grid? { frames.last }

  /// True once every scripted event has been delivered: from then on `nextEvent` times out
  /// (returns nil) forever, so a loop under test should stop when it sees this.
  public var isExhausted: Bool { delivered >= script.count }

  /// Appends events to the script (for tests that react to a frame before scripting more).
  public mutating func enqueue(_ events: [TerminalEvent]) { script.append(contentsOf: events) }

  /// Delivers the next scripted event; a `.resize` changes `size` first. Returns nil (a
  /// timeout) when the script is used up.
  public mutating func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
    requestedTimeouts.append(timeoutMilliseconds)
    guard delivered < script.count else { return nil }
    let event = script[delivered]
    delivered += 1
    if case .resize(let w, let h) = event { size = Size(width: w, height: h) }
    return event
  }

  public mutating func present(_ grid: Grid) {
    presentedCount += 1
    frames.append(grid)
    if let limit = maximumFrames, frames.count > max(0, limit) {
      frames.removeFirst(frames.count - max(0, limit))
    }
  }
}
