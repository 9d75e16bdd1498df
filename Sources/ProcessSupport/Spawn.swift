import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A program to start with `posix_spawnp`, for the cases swift-subprocess (see `CapturedCommand`)
/// cannot express:
/// - a pseudo-terminal as the child's controlling terminal: the slave must be opened *in the
///   child, after* `setsid`, which only a spawn file action does (swift-subprocess hands the
///   child descriptors opened in the parent, which never become its controlling terminal);
/// - output to files rather than pipes, for a child that leaves a daemon behind (tmux's first
///   command forks the tmux server, which would keep a pipe open, so a read to end-of-file
///   would never end);
/// - a synchronous call with nothing in between: the first-frame benchmark times from just
///   before the spawn to the child's exit, and the tmux tests poll the screen every 50 ms.
///
/// Every child starts with an empty signal mask, every signal at its default disposition, and
/// no descriptor above 2 (a child started from a thread that blocks signals — Foundation's
/// `Process` does — would otherwise never see SIGWINCH or SIGINT, and a daemon it leaves could
/// hold another test's pipe open).
public struct Spawn: Sendable {
  /// Where one of the child's standard descriptors comes from.
  public enum Stream: Sendable {
    /// The parent's own descriptor.
    case inherit
    /// `/dev/null`, for reading and writing.
    case nullDevice
    /// A file created (or truncated) for writing, readable by its owner only.
    case file(String)
    /// `path` opened in the child with `flags`; a terminal opened so after `setsid` becomes
    /// the child's controlling terminal.
    case open(path: String, flags: Int32)
    /// A copy of the child's descriptor `fd`, set up before this one (stdout and stderr on the
    /// terminal stdin was opened on).
    case duplicate(Int32)
  }

  /// A path, or a bare name looked up on the parent's `PATH`; also the child's `argv[0]`.
  public var executable: String
  public var arguments: [String]
  public var environment: [String: String]
  public var standardInput: Stream = .nullDevice
  public var standardOutput: Stream = .inherit
  public var standardError: Stream = .inherit
  /// Starts the child in a session of its own (`setsid`), with no controlling terminal until it
  /// opens one.
  public var startsSession = false

  public init(_ executable: String, _ arguments: [String] = [], environment: [String: String] = Spawn.inheritedEnvironment) {
    self.executable = executable
    self.arguments = arguments
    self.environment = environment
  }

  /// The running process's environment, the default for a child.
  public static var inheritedEnvironment: [String: String] { ProcessInfo.processInfo.environment }

  /// Starts the child; the caller must `wait` for it.
  public func start() throws(ProcessSupportError) -> ChildProcess {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for (fd, stream) in [(Int32(0), standardInput), (1, standardOutput), (2, standardError)] {
      switch stream {
      case .inherit: break
      case .nullDevice: posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", O_RDWR, 0)
      case .file(let path): posix_spawn_file_actions_addopen(&actions, fd, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      case .open(let path, let flags): posix_spawn_file_actions_addopen(&actions, fd, path, flags, 0)
      case .duplicate(let source): posix_spawn_file_actions_adddup2(&actions, source, fd)
      }
    }
    Self.closeDescriptorsFromThree(&actions)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
    if startsSession { flags |= Self.setsidFlag }
    posix_spawnattr_setflags(&attributes, Int16(flags))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let rc = posix_spawnp(&pid, executable, &actions, &attributes, argv, envp)
    guard rc == 0 else {
      throw ProcessSupportError("posix_spawnp \(executable): \(String(cString: strerror(rc)))")
    }
    return ChildProcess(pid: pid)
  }

  /// Runs the child to completion with its output and errors in temporary files (not pipes: see
  /// the type's notes), read back after it has been reaped. After `timeout` the child is killed
  /// and the run throws.
  public func run(timeout: Duration? = nil) throws(ProcessSupportError) -> ProcessOutput {
    let outPath = Self.temporaryPath("out"), errPath = Self.temporaryPath("err")
    defer {
      unlink(outPath)
      unlink(errPath)
    }
    var spawn = self
    spawn.standardOutput = .file(outPath)
    spawn.standardError = .file(errPath)
    let child = try spawn.start()
    let status: ExitStatus
    if let timeout {
      guard let finished = child.wait(timeout: timeout) else {
        child.kill()
        _ = child.wait()
        throw ProcessSupportError("\(executable) \(arguments.joined(separator: " ")): still running after \(timeout)")
      }
      status = finished
    } else {
      status = child.wait()
    }
    func text(_ path: String) -> String {
      FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
    return ProcessOutput(status: status, stdout: text(outPath), stderr: text(errPath))
  }

  /// `POSIX_SPAWN_SETSID`, which Swift's Glibc module does not import (glibc ≥ 2.26).
  static var setsidFlag: Int32 {
    #if os(Linux)
    0x80
    #else
    Int32(POSIX_SPAWN_SETSID)
    #endif
  }

  /// Adds "close every descriptor from 3 up" to the spawn. glibc ≥ 2.34 does it atomically
  /// (`posix_spawn_file_actions_addclosefrom_np`, looked up at run time because Swift's Glibc
  /// module does not show it); elsewhere the descriptors open now are closed one by one.
  static func closeDescriptorsFromThree(_ actions: inout posix_spawn_file_actions_t) {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    if let symbol = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addclosefrom_np") {
      _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
      return
    }
    let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    for fd in open.compactMap({ Int32($0) }) where fd > 2 {
      posix_spawn_file_actions_addclose(&actions, fd)
    }
  }

  static func temporaryPath(_ kind: String) -> String {
    "\(NSTemporaryDirectory())/ecsim-spawn-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).\(kind)"
  }
}
