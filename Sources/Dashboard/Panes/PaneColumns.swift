import TerminalUI

/// Each pane's columns: titles, widths and alignment. The sort keys follow the same order.
public enum PaneColumns {
  public static func columns(for pane: PaneKind) -> [TableColumn] {
    switch pane {
    case .clusters:
      [
        TableColumn("NAME", width: .min(7)), TableColumn("STATUS", width: .fixed(6)),
        TableColumn("INST", width: .fixed(4), alignment: .right), TableColumn("RUN", width: .fixed(3), alignment: .right),
        TableColumn("PEN", width: .fixed(3), alignment: .right), TableColumn("SVC", width: .fixed(3), alignment: .right),
        TableColumn("CPU", width: .fixed(7)), TableColumn("MEMORY", width: .fixed(7)),
      ]
    case .services:
      [
        TableColumn("SERVICE", width: .min(12)),
        TableColumn("DES", width: .fixed(3), alignment: .right), TableColumn("RUN", width: .fixed(3), alignment: .right),
        TableColumn("PEN", width: .fixed(3), alignment: .right), TableColumn("BOUNDS · PROGRESS", width: .fixed(24)),
        TableColumn("STATE", width: .fixed(11)),
      ]
    case .instances:
      [
        TableColumn("INSTANCE", width: .fixed(19)), TableColumn("TYPE", width: .fixed(10)),
        TableColumn("AZ", width: .fixed(10)), TableColumn("OPTION", width: .fixed(9)),
        TableColumn("STATUS", width: .fixed(8)), TableColumn("AGENT", width: .fixed(5)),
        TableColumn("CPU", width: .fixed(13)), TableColumn("MEMORY", width: .fixed(13)),
        TableColumn("TASKS", width: .fixed(5), alignment: .right), TableColumn("HOST PORTS", width: .min(10)),
      ]
    case .tasks:
      [
        TableColumn("TASK", width: .fixed(8)), TableColumn("DEFINITION", width: .fixed(12)),
        TableColumn("STATUS → DESIRED", width: .fixed(22)), TableColumn("HEALTH", width: .fixed(9)),
        TableColumn("HOST / ENI IP", width: .fixed(19)), TableColumn("PORTS (container→host)", width: .fixed(22)),
        TableColumn("AGE", width: .fixed(6), alignment: .right), TableColumn("STOPPED", width: .min(10)),
      ]
    case .targets:
      [
        // `:443 →`, `i-0123abcd:65535 →`: wide enough for the arrows; every column fits from 67
        // columns (the all-panes layout gives this pane 67 at 120 wide, REASON cut to 6).
        TableColumn("ALB", width: .fixed(6)), TableColumn("GROUP", width: .min(10)),
        TableColumn("TARGET", width: .fixed(18)), TableColumn("TASK:PORT", width: .fixed(13)),
        TableColumn("STATE", width: .fixed(9)), TableColumn("REASON", width: .min(6)),
      ]
    case .events:
      [TableColumn("TIME", width: .fixed(8)), TableColumn("EVENT", width: .min(20))]
    }
  }

  /// How much each column matters when a pane is too narrow for all of them (higher stays
  /// longer): the id and status of a row stay, details go first. At 120 columns and up every
  /// pane shows every column; at 80 an instance still shows its CPU and memory gauges and a task
  /// its stop reason.
  public static func priorities(for pane: PaneKind) -> [Int] {
    switch pane {
    case .clusters: [9, 6, 5, 8, 7, 4, 6, 6]
    case .services: [9, 8, 8, 7, 6, 7]
    case .instances: [9, 3, 4, 5, 8, 6, 7, 7, 6, 2]
    case .tasks: [9, 8, 9, 6, 5, 4, 3, 7]
    case .targets: [5, 6, 8, 7, 9, 4]
    case .events: [8, 9]
    }
  }
}
