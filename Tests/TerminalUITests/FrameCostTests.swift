import TerminalUI
import Testing

/// A dashboard-shaped frame at 200×60: a header, a table over 100,000 tasks, a side pane of
/// gauges, bars and a graph, and the hint bar.
func dashboardFrame(selected: Int) -> Grid {
  var grid = Grid(width: 200, height: 60)
  let (top, body, bottom) = {
    let r = grid.bounds.rows([.length(1), .rest, .length(1)])
    return (r[0], r[1], r[2])
  }()
  grid.fill(top, style: Style(fg: .black, bg: .cyan))
  grid.put(
    "ecsim  cluster prod  SIMULATION  t=01:23:45.000  ×4", at: top.origin,
    style: Style(fg: .black, bg: .cyan, bold: true))
  let panes = body.columns([.rest, .length(44)])
  grid.drawBox(panes[0], border: .rounded, title: "Tasks (100000)")
  let table = Table(
    columns: [
      TableColumn("TASK", width: .fixed(10)), TableColumn("SERVICE", width: .min(12)),
      TableColumn("STATUS", width: .fixed(8)), TableColumn("INSTANCE", width: .fixed(12)),
      TableColumn("CPU", width: .fixed(5), alignment: .right), TableColumn("MEM", width: .fixed(6), alignment: .right),
      TableColumn("PORTS", width: .flex(2)), TableColumn("AGE", width: .fixed(6), alignment: .right),
    ],
    selectedRow: selected, scrollOffset: selected - 20, sort: TableSort(column: 1))
  let names = ["web", "api", "worker", "日本-batch", "cron"]
  table.render(rowCount: 100_000, in: panes[0].inset(1), on: &grid) { i in
    TableRow(
      [
        "1f2e\(i)", names[i % 5], i % 7 == 0 ? "PENDING" : "RUNNING", "i-0a1b2c\(i % 97)", "\(256 * (i % 4 + 1))",
        "\(512 * (i % 3 + 1))", "32768->80/tcp", "\(i % 60)m",
      ],
      cellStyles: [nil, nil, Style(fg: i % 7 == 0 ? .yellow : .green)])
  }
  grid.drawBox(panes[1], title: "Cluster")
  let side = panes[1].inset(1).rows([.length(1), .length(1), .length(1), .length(1), .length(1), .rest])
  for (i, ratio) in [0.62, 0.35, 0.91, 0.08].enumerated() {
    Gauge(ratio: ratio, filledStyle: Style(fg: .green)).render(in: side[i], on: &grid)
  }
  ProgressBar(value: 7, total: 12, filledStyle: Style(fg: .cyan)).render(in: side[4], on: &grid)
  Sparkline(counts: (0..<120).map { ($0 * 37) % 50 }, glyphs: .braille, style: Style(fg: .magenta))
    .render(in: side[5], on: &grid)
  StatusBar(
    hints: [
      KeyHint("q", "Quit"), KeyHint("/", "Filter"), KeyHint(":", "Command"), KeyHint("?", "Help"),
      KeyHint("s", "Scale"), KeyHint("u", "Upgrade"), KeyHint("x", "Stop"), KeyHint("D", "Drain"),
      KeyHint(" ", "Pause"), KeyHint(">", "Faster"),
    ],
    trailing: "100000 tasks  seed 42", barStyle: Style(bg: .blue), keyStyle: Style(fg: .yellow, bg: .blue, bold: true),
    labelStyle: Style(fg: .white, bg: .blue)
  ).render(in: bottom, on: &grid)
  return grid
}

@Suite struct FrameCostTests {
  /// A full frame's grid work stays far below the dashboard's 8 ms budget. This is a debug
  /// build (unoptimised, several times slower than release) on a shared machine, so the bound
  /// is loose: it catches work that grows with the row count or per-cell allocation, not
  /// microseconds.
  @Test func aFullFrameOverAHundredThousandTasksIsCheap() {
    _ = dashboardFrame(selected: 1)
    let clock = ContinuousClock()
    let frames = 20
    var checksum = 0
    let elapsed = clock.measure {
      for f in 0..<frames { checksum &+= dashboardFrame(selected: 50_000 + f).cells.count }
    }
    #expect(checksum == frames * 200 * 60)
    let perFrame = elapsed / frames
    print("200×60 dashboard frame: \(perFrame) per frame (debug build)")
    #expect(perFrame < .milliseconds(30))
  }

  @Test func theFrameLooksLikeADashboard() {
    let grid = dashboardFrame(selected: 50_000)
    #expect(grid.line(0) == "ecsim  cluster prod  SIMULATION  t=01:23:45.000  ×4")
    #expect(grid.line(1).hasPrefix("╭ Tasks (100000) ─"))
    #expect(grid.line(2).hasPrefix("│TASK       SERVICE↑"))
    #expect(grid.line(23).hasPrefix("│1f2e50000 "))  // the offset (selected - 20) is kept: row 20 of the table
    #expect(grid[1, 23].style == Style(reverse: true))
    #expect(grid.line(59).hasPrefix("q Quit  / Filter  : Command"))
    #expect(grid.line(59).hasSuffix("100000 tasks  seed 42"))
  }
}
