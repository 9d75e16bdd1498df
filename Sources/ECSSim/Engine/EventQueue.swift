import HeapModule

/// Timed work ordered by (time, sequence): equal times pop in the order they were scheduled.
///
/// `Heap` is not stable, so the sequence number is what makes replays identical.
public struct EventQueue<Payload> {
  struct Entry: Comparable {
    var time: SimTime
    var sequence: UInt64
    var payload: Payload
    static func < (a: Entry, b: Entry) -> Bool { (a.time, a.sequence) < (b.time, b.sequence) }
    static func == (a: Entry, b: Entry) -> Bool { a.time == b.time && a.sequence == b.sequence }
  }

  private var heap = Heap<Entry>()
  private var sequence: UInt64 = 0

  public init() {}

  public var count: Int { heap.count }
  public var isEmpty: Bool { heap.isEmpty }
  public var nextTime: SimTime? { heap.min?.time }

  public mutating func schedule(_ payload: Payload, at time: SimTime) {
    sequence &+= 1
    heap.insert(Entry(time: time, sequence: sequence, payload: payload))
  }

  /// Removes and returns the earliest entry if it is due at or before `time`.
  public mutating func popDue(notAfter time: SimTime) -> (time: SimTime, payload: Payload)? {
    guard let first = heap.min, first.time <= time else { return nil }
    let e = heap.removeMin()
    return (e.time, e.payload)
  }
}
