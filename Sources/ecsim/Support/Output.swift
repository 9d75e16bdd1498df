import ECSSim
import Foundation

/// Buffered standard output: event streams can be hundreds of thousands of lines.
struct Output {
  private var buffer: [UInt8] = []

  mutating func line(_ s: String) {
    buffer.append(contentsOf: s.utf8)
    buffer.append(10)
    if buffer.count > 1 << 16 { flush() }
  }

  mutating func flush() {
    guard !buffer.isEmpty else { return }
    FileHandle.standardOutput.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}

extension Output {
  mutating func events(_ events: [SimEvent], format: EventFormat) {
    for e in events { line(format == .json ? e.json.serialized() : e.textLine) }
  }
}
