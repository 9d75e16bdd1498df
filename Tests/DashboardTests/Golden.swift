import Foundation
import Testing
import TerminalUI

/// Golden screens: `Golden/<name>.txt` beside this file holds a frame's text dump, a line
/// `--- styles ---`, then its style dump.
///
/// `RECORD_GOLDEN=1 swift test --filter DashboardTests` writes every file and fails each test
/// with "recorded <path>" (so a recording run is never mistaken for a passing one); read the
/// recorded screens before committing them. A missing file fails with its path and the screen.
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
  static let separator = "--- styles ---"

  static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

  static func contents(_ grid: Grid) -> String {
    grid.textDump() + "\n" + separator + "\n" + grid.styleDump() + "\n"
  }

  static func check(_ grid: Grid, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    check(text: contents(grid), name, sourceLocation: sourceLocation)
  }

  static func check(text actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let url = directory.appendingPathComponent(name + ".txt")
    if isRecording {
      do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded \(url.path)", sourceLocation: sourceLocation)
      } catch {
        Issue.record("could not record \(url.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "missing golden \(url.path) (run with RECORD_GOLDEN=1 to record it); actual:\n\(actual)",
        sourceLocation: sourceLocation)
      return
    }
    guard expected != actual else { return }
    let lines = diff(expected: expected, actual: actual)
    Issue.record("golden \(name) differs:\n\(lines)", sourceLocation: sourceLocation)
  }

  /// The lines that differ, numbered from 1, expected (`-`) above actual (`+`); at most 40.
  static func diff(expected: String, actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    var shown = 0
    for i in 0..<max(e.count, a.count) {
      let x = i < e.count ? String(e[i]) : nil
      let y = i < a.count ? String(a[i]) : nil
      guard x != y else { continue }
      shown += 1
      if shown > 40 {
        out.append("… more lines differ")
        break
      }
      out.append(String(format: "%4d", i + 1) + " - " + (x ?? "<no line>"))
      out.append(String(format: "%4d", i + 1) + " + " + (y ?? "<no line>"))
    }
    return out.joined(separator: "\n")
  }
}
