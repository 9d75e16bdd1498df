import ArgumentParser
import ECSSim
import Foundation

struct Benchmark: Sendable {
  var name: String
  var run: @Sendable () throws -> [(String, JSONValue)]
}
