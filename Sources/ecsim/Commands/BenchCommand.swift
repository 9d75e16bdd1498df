import ArgumentParser
import ECSSim
import Foundation

/// Engine benchmarks. Run them in a release build: `swift run -c release ecsim bench`.
/// Each prints one JSON object per line with at least `name`, `wall_seconds` and
/// `peak_memory_mb`; timings use the wall clock here, outside the engine.
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run benchmarks (release build) and print one JSON object per line."
  )

  @Argument(help: "Workloads to run: \(Benchmarks.all.map(\.name).joined(separator: ", ")) (default: all).")
  var names: [String] = []

  func run() throws {
    let chosen = names.isEmpty ? Benchmarks.all : try names.map { (n) throws(InputError) -> Benchmark in
      guard let b = Benchmarks.all.first(where: { $0.name == n }) else {
        throw InputError("error: unknown benchmark '\(n)'; available: \(Benchmarks.all.map(\.name).joined(separator: ", "))")
      }
      return b
    }
    #if DEBUG
    FileHandle.standardError.write(Data("warning: this is a debug build; figures are meaningful only with `swift run -c release ecsim bench`\n".utf8))
    #endif
    for b in chosen {
      let result = try b.run()
      FileHandle.standardOutput.write(Data((JSONValue.object(result).serialized() + "\n").utf8))
    }
  }
}
