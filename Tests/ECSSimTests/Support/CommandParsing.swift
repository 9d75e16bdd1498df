import Testing
@testable import ECSSim

// Helpers shared by the command-parser suites.

struct WrongCommand: Error, CustomStringConvertible { var description: String }

func parse(_ line: String) throws -> Command {
  try #require(try CommandParser.parse(line))
}

/// The command a line parses to, narrowed to one case.
func command<T>(_ line: String, _ extract: (Command) -> T?) throws -> T {
  let cmd = try parse(line)
  guard let v = extract(cmd) else { throw WrongCommand(description: "'\(line)' parsed to \(cmd)") }
  return v
}

/// The error a line gives, or nil when it parses.
func failure(_ line: String) -> CommandError? {
  do throws(CommandError) {
    _ = try CommandParser.parse(line)
    return nil
  } catch {
    return error
  }
}
