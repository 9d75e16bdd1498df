import Subprocess
import SystemPackage

/// A program run to completion with its standard output and error collected: the plain case,
/// left to swift-subprocess (pipes read while the child runs, so a full pipe never blocks it;
/// the child reaped through a pidfd; killed if the calling task is cancelled). Anything that
/// needs a terminal, exact signal set-up or no pipes at all goes through `Spawn` instead.
public struct CapturedCommand: Sendable {
  /// A path, or a bare name looked up on `PATH`.
  public var executable: String
  public var arguments: [String]
  /// Changes to the inherited environment; nil removes a variable.
  public var environment: [String: String?]
  public var workingDirectory: String?

  public init(
    _ executable: String, _ arguments: [String] = [], environment: [String: String?] = [:],
    workingDirectory: String? = nil
  ) {
    self.executable = executable
    self.arguments = arguments
    self.environment = environment
    self.workingDirectory = workingDirectory
  }

  /// Each stream is collected up to this many bytes; more is an error, not a silent cut.
  public static let outputLimit = 64 << 20

  /// Runs with standard input from /dev/null and returns once the child has ended and both
  /// streams are read. After `timeout` the child is killed and the run throws.
  public func run(timeout: Duration? = nil) async throws -> ProcessOutput {
    guard let timeout else { return try await runToEnd() }
    return try await withThrowingTaskGroup(of: ProcessOutput?.self) { group in
      group.addTask { try await self.runToEnd() }
      group.addTask {
        try await Task.sleep(for: timeout)
        return nil
      }
      let first = try await group.next() ?? nil
      // Cancelling the run makes swift-subprocess kill the child.
      group.cancelAll()
      guard let output = first else {
        throw ProcessSupportError("\(executable) \(arguments.joined(separator: " ")): still running after \(timeout)")
      }
      return output
    }
  }

  private func runToEnd() async throws -> ProcessOutput {
    let result = try await Subprocess.run(
      executable.contains("/") ? .path(FilePath(executable)) : .name(executable),
      arguments: Arguments(arguments),
      environment: .inherit.updating(Dictionary(uniqueKeysWithValues: environment.map { (Environment.Key(stringLiteral: $0.key), $0.value) })),
      workingDirectory: workingDirectory.map { FilePath($0) },
      input: .none,
      output: .string(limit: Self.outputLimit),
      error: .string(limit: Self.outputLimit))
    let status: ExitStatus
    switch result.terminationStatus {
    case .exited(let code): status = .exited(code)
    case .signaled(let signal): status = .signaled(signal)
    }
    return ProcessOutput(status: status, stdout: result.standardOutput, stderr: result.standardError)
  }
}
