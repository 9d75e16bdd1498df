#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pseudo-terminal pair: the master side stays here, the slave is what a program under test
/// sees as its terminal (a child started on it, or ncurses in this very process).
///
/// The master is opened through `/dev/ptmx` and the two Linux ioctls that `unlockpt` and
/// `ptsname` wrap (`grantpt` is a no-op with devpts): those functions are hidden from Swift's
/// Glibc module, and only NcursesTerminal may see C. Linux only, like the benchmark and the
/// end-to-end tests that use it.
public final class PseudoTerminal: Sendable {
  /// The master side, close-on-exec; closed when the value goes.
  public let master: Int32
  /// `/dev/pts/N`: open it (or let `spawn` open it in the child) to get the terminal side.
  public let slavePath: String

  /// Opens a pair whose window is `width`×`height` cells.
  public init(width: UInt16, height: UInt16) throws(ProcessSupportError) {
    #if os(Linux)
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard master >= 0 else { throw ProcessSupportError("/dev/ptmx: \(String(cString: strerror(errno)))") }
    // TIOCSPTLCK = _IOW('T', 0x31, int) and TIOCGPTN = _IOR('T', 0x30, unsigned int), from
    // <asm-generic/ioctls.h>: unlock the slave, then ask its number.
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
      let reason = String(cString: strerror(errno))
      close(master)
      throw ProcessSupportError("cannot set up the pseudo-terminal: \(reason)")
    }
    self.master = master
    self.slavePath = "/dev/pts/\(number)"
    try resize(width: width, height: height)
    #else
    throw ProcessSupportError("pseudo-terminals need Linux (/dev/ptmx)")
    #endif
  }

  deinit {
    close(master)
  }

  /// Sets the window size the slave reports (`TIOCSWINSZ`); a session on it gets SIGWINCH.
  public func resize(width: UInt16, height: UInt16) throws(ProcessSupportError) {
    var size = winsize(ws_row: height, ws_col: width, ws_xpixel: 0, ws_ypixel: 0)
    guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else {
      throw ProcessSupportError("TIOCSWINSZ: \(String(cString: strerror(errno)))")
    }
  }

  /// Opens the slave in this process (not as controlling terminal); the caller owns the
  /// descriptor.
  public func openSlave() throws(ProcessSupportError) -> Int32 {
    let slave = open(slavePath, O_RDWR | O_NOCTTY)
    guard slave >= 0 else { throw ProcessSupportError("\(slavePath): \(String(cString: strerror(errno)))") }
    return slave
  }

  /// Starts `spawn` in a session of its own with the slave as stdin, stdout, stderr and
  /// controlling terminal. glibc's `posix_spawn` returns after the exec, so the child holds the
  /// slave by then and `readUntilClosed` ends only when it (and any child of its) has let go.
  public func spawn(_ spawn: Spawn) throws(ProcessSupportError) -> ChildProcess {
    var spawn = spawn
    spawn.startsSession = true
    // Opened in the child after setsid, without O_NOCTTY: the pty becomes its terminal.
    spawn.standardInput = .open(path: slavePath, flags: O_RDWR)
    spawn.standardOutput = .duplicate(0)
    spawn.standardError = .duplicate(0)
    return try spawn.start()
  }

  /// Everything written to the terminal until every holder of the slave has closed it (reads
  /// then fail with EIO), or until `timeout` has passed.
  public func readUntilClosed(timeout: Duration? = nil) -> [UInt8] {
    let clock = ContinuousClock()
    let deadline = timeout.map { clock.now + $0 }
    var output: [UInt8] = []
    while true {
      var waitMilliseconds: Int32 = -1
      if let deadline {
        let left = deadline - clock.now
        if left <= .zero { break }
        waitMilliseconds = Self.milliseconds(left) + 1
      }
      guard let chunk = readChunk(waitMilliseconds: waitMilliseconds) else { break }
      output += chunk
    }
    return output
  }

  /// Whatever the terminal has written and not yet been read, waiting at most `timeout` for the
  /// first byte (zero: only what is there now).
  public func readAvailable(waitingUpTo timeout: Duration = .zero) -> [UInt8] {
    var output: [UInt8] = []
    var wait = Self.milliseconds(timeout)
    while let chunk = readChunk(waitMilliseconds: wait), !chunk.isEmpty {
      output += chunk
      wait = 0
    }
    return output
  }

  /// Types `text` into the terminal, as a user's keys.
  public func write(_ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let n = bytes.withUnsafeBytes { systemWrite(master, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { return }
      bytes = bytes.dropFirst(n)
    }
  }

  private static func milliseconds(_ d: Duration) -> Int32 {
    Int32(clamping: d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000)
  }

  /// One `read` once `poll` says there is something: the bytes, empty when nothing came in
  /// `waitMilliseconds` (-1: no limit), nil once the slave side is closed for good.
  private func readChunk(waitMilliseconds: Int32) -> [UInt8]? {
    var pending = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let ready = poll(&pending, 1, waitMilliseconds)
    if ready < 0 { return errno == EINTR ? [] : nil }
    if ready == 0 { return [] }
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let n = read(master, &buffer, buffer.count)
      if n > 0 { return Array(buffer[0..<n]) }
      if n < 0 && errno == EINTR { continue }
      return nil
    }
  }
}

/// `write(2)` under a name the method above does not shadow.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
  write(fd, bytes, count)
}
