import Foundation
import ProcessSupport
import Testing

/// `PseudoTerminal`: the first-frame benchmark's terminal, and the one ncurses draws on in
/// NcursesTerminalTests.
@Suite struct PseudoTerminalPairTests {
  @Test func aChildSeesTheWindowSizeAndOwnsTheTerminal() throws {
    let terminal = try PseudoTerminal(width: 100, height: 30)
    // Writing to /dev/tty works only for a process whose controlling terminal this is.
    let child = try terminal.spawn(Spawn("sh", ["-c", "stty size; echo mine > /dev/tty"]))
    let output = String(decoding: terminal.readUntilClosed(timeout: .seconds(30)), as: UTF8.self)
    #expect(child.wait() == .exited(0))
    #expect(output.contains("30 100"), "\(output.debugDescription)")
    #expect(output.contains("mine"), "\(output.debugDescription)")
  }

  @Test func resizeChangesWhatTheSlaveReports() throws {
    let terminal = try PseudoTerminal(width: 80, height: 24)
    try terminal.resize(width: 132, height: 50)
    let child = try terminal.spawn(Spawn("stty", ["size"]))
    let output = String(decoding: terminal.readUntilClosed(timeout: .seconds(30)), as: UTF8.self)
    #expect(child.wait() == .exited(0))
    #expect(output.hasPrefix("50 132"), "\(output.debugDescription)")
  }

  @Test func typedTextReachesTheSlaveAndReadsHonourTheirDeadline() throws {
    let terminal = try PseudoTerminal(width: 40, height: 10)
    let slave = try terminal.openSlave()
    defer { close(slave) }
    #expect(terminal.readAvailable(waitingUpTo: .milliseconds(50)).isEmpty)
    var raw = termios()
    tcgetattr(slave, &raw)
    cfmakeraw(&raw)
    tcsetattr(slave, TCSANOW, &raw)
    terminal.write("hi")
    var buffer = [UInt8](repeating: 0, count: 8)
    let n = read(slave, &buffer, buffer.count)
    #expect(n == 2 && buffer[0..<2] == [0x68, 0x69])
    _ = write(slave, "ok", 2)
    #expect(terminal.readAvailable(waitingUpTo: .seconds(5)) == Array("ok".utf8))
  }
}
