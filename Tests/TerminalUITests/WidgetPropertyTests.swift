import PropertyBased
import TerminalUI
import Testing

/// A widget built from random numbers, for checking every widget the same way.
struct SampleWidget: Widget {
  let name: String
  let draw: (Rect, inout Grid) -> Void
  func render(in area: Rect, on grid: inout Grid) { draw(area, &grid) }
}

/// Every widget, in every glyph set, with contents drawn from the random numbers.
func sampleWidgets(_ n: [Int], _ pieces: [Int]) -> [SampleWidget] {
  let words = (0..<6).map { i in text(Array(pieces.dropFirst(i * 3).prefix(2 + abs(n[i]) % 5))) }
  var widgets: [SampleWidget] = []
  for glyphs in GraphGlyphs.allCases {
    let gauge = Gauge(ratio: Double(n[0]) / 100, label: n[1] % 3 == 0 ? words[0] : nil, glyphs: glyphs)
    let bar = ProgressBar(value: n[2], total: n[3], glyphs: glyphs)
    let spark = Sparkline(values: n.map { Double($0) / 7 }, maximum: n[4] % 2 == 0 ? nil : Double(n[5]), glyphs: glyphs)
    widgets += [
      SampleWidget(name: "gauge \(glyphs)", draw: gauge.render),
      SampleWidget(name: "progress \(glyphs)", draw: bar.render),
      SampleWidget(name: "sparkline \(glyphs)", draw: spark.render),
    ]
  }
  let status = StatusBar(
    hints: [KeyHint("q", words[1]), KeyHint(words[2], "Help"), KeyHint(.ctrl("d"), words[3])],
    trailing: n[6] % 2 == 0 ? words[4] : nil)
  let dialog = Dialog(
    title: words[0], lines: Array(words.prefix(abs(n[7]) % 4)),
    buttons: Array(["Cancel", words[5], "OK"].prefix(abs(n[8]) % 4)),
    focusedButton: n[9])
  var input = TextInput(text: words[1] + words[2], prompt: n[10] % 2 == 0 ? ":" : "")
  for _ in 0..<(abs(n[11]) % 8) { input.moveLeft() }
  let table = Table(
    columns: [
      TableColumn("NAME", width: .fixed(abs(n[0]) % 12)), TableColumn(words[3], width: .min(abs(n[1]) % 9)),
      TableColumn("N", width: .flex(abs(n[2]) % 3), alignment: .right),
    ],
    selectedRow: n[3], scrollOffset: n[4], sort: TableSort(column: abs(n[5]) % 4, ascending: n[6] % 2 == 0),
    showsHeader: n[7] % 3 != 0, placeholder: words[0])
  let rowCount = abs(n[8]) * 1000
  widgets += [
    SampleWidget(name: "status bar", draw: status.render),
    SampleWidget(name: "dialog", draw: dialog.render),
    SampleWidget(name: "text input", draw: input.render),
    SampleWidget(name: "table") { area, grid in
      table.render(rowCount: rowCount, in: area, on: &grid) { i in TableRow([words[i % 6], "\(i)", words[(i + 1) % 6]])
      }
    },
  ]
  return widgets
}

@Suite struct WidgetPropertyTests {
  /// Any widget in any area of any size from 1×1: the grid keeps exactly width × height cells,
  /// nothing outside the area changes, wide characters stay whole, and nothing crashes.
  @Test func everyWidgetStaysInsideItsAreaAtEverySize() async {
    await propertyCheck(input: Gen.int(in: -50...150).array(of: 16), Gen.int(in: 0...40).array(of: 20)) { n, pieces in
      let width = 1 + abs(n[12]) % 40
      let height = 1 + abs(n[13]) % 12
      let area = Rect(x: abs(n[14]) % 3, y: abs(n[15]) % 3, width: width, height: height)
      let background = Grid(width: area.maxX + 2, height: area.maxY + 2, fill: Cell("."))
      for widget in sampleWidgets(n, pieces) {
        var grid = background
        widget.render(in: area, on: &grid)
        #expect(grid.cells.count == background.width * background.height, "\(widget.name)")
        #expect(widePairsAreWhole(grid), "\(widget.name)")
        for y in 0..<grid.height {
          for x in 0..<grid.width where !area.contains(Point(x: x, y: y)) {
            #expect(grid[x, y] == background[x, y], "\(widget.name) wrote (\(x), \(y)) outside \(area)")
          }
        }
        let alone = widget.rendered(width: width, height: height)
        #expect(alone.size == Size(width: width, height: height), "\(widget.name)")
        #expect(alone.cells.count == width * height, "\(widget.name)")
      }
    }
  }
}
