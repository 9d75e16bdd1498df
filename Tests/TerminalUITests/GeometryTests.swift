import TerminalUI
import Testing

@Suite struct GeometryTests {
  let screen = Rect(x: 0, y: 0, width: 80, height: 24)

  @Test func rowsGiveFixedRowsFirstAndTheRestToFill() {
    let parts = screen.rows([.length(1), .rest, .length(1)])
    #expect(
      parts == [
        Rect(x: 0, y: 0, width: 80, height: 1),
        Rect(x: 0, y: 1, width: 80, height: 22),
        Rect(x: 0, y: 23, width: 80, height: 1),
      ])
  }

  @Test func columnsTakePercentagesOfTheSpaceAfterGaps() {
    // 80 columns, one gap of 2: 78 to share; 25% of 78 is 19 (rounded down), fill gets 59.
    let parts = screen.columns([.percent(25), .fill(1)], spacing: 2)
    #expect(parts.map(\.x) == [0, 21])
    #expect(parts.map(\.width) == [19, 59])
  }

  @Test func fillsShareByWeightAndTheRemainderGoesToTheFirst() {
    let parts = Rect(x: 5, y: 0, width: 10, height: 1).columns([.fill(1), .fill(2)])
    // 10 × 1/3 = 3, 10 × 2/3 = 6, one left over goes to the first fill.
    #expect(parts.map(\.width) == [4, 6])
    #expect(parts.map(\.x) == [5, 9])
  }

  @Test func fixedPiecesThatDoNotFitShrinkFromTheEnd() {
    let parts = Rect(x: 0, y: 0, width: 10, height: 3).rows([.length(1), .length(2), .length(2), .rest])
    #expect(parts.map(\.height) == [1, 2, 0, 0])
    #expect(parts.map(\.y) == [0, 1, 3, 3])
  }

  @Test func splitAlwaysReturnsOnePiecePerConstraint() {
    let parts = Rect.zero.rows([.length(3), .percent(50), .rest], spacing: 1)
    #expect(parts.count == 3)
    #expect(parts.allSatisfy { $0.isEmpty })
  }

  @Test func gapsAreDroppedWhenTheyDoNotFit() {
    let parts = Rect(x: 0, y: 0, width: 2, height: 1).columns([.rest, .rest, .rest], spacing: 1)
    #expect(parts.map(\.width) == [1, 1, 0])
    #expect(parts.map(\.x) == [0, 1, 2])
  }

  @Test func insetsNeverGoNegative() {
    #expect(screen.inset(1) == Rect(x: 1, y: 1, width: 78, height: 22))
    #expect(screen.inset(by: EdgeInsets(vertical: 1, horizontal: 2)) == Rect(x: 2, y: 1, width: 76, height: 22))
    let tiny = Rect(x: 3, y: 3, width: 1, height: 1).inset(1)
    #expect(tiny.isEmpty)
    #expect(tiny.width == 0 && tiny.height == 0)
  }

  @Test func centeredPutsTheOddCellBelowAndRightAndClampsToTheArea() {
    #expect(
      Rect(x: 0, y: 0, width: 11, height: 5).centered(Size(width: 4, height: 2))
        == Rect(x: 3, y: 1, width: 4, height: 2))
    #expect(
      Rect(x: 2, y: 2, width: 6, height: 3).centered(Size(width: 40, height: 10))
        == Rect(x: 2, y: 2, width: 6, height: 3))
  }

  @Test func intersectionAndContainment() {
    let a = Rect(x: 0, y: 0, width: 5, height: 5)
    let b = Rect(x: 3, y: 4, width: 5, height: 5)
    #expect(a.intersection(b) == Rect(x: 3, y: 4, width: 2, height: 1))
    #expect(a.intersection(Rect(x: 10, y: 10, width: 1, height: 1)).isEmpty)
    #expect(a.contains(Point(x: 4, y: 4)))
    #expect(!a.contains(Point(x: 5, y: 0)))
    #expect(a.maxX == 5 && a.maxY == 5)
  }

  @Test func negativeSizesClampToZero() {
    #expect(Size(width: -3, height: 4) == Size(width: 0, height: 4))
    #expect(Rect(x: 1, y: 1, width: -1, height: -1).isEmpty)
    #expect(Size(width: 80, height: 24).description == "80×24")
  }

  @Test func rowOfARectIsClippedToIt() {
    let r = Rect(x: 2, y: 3, width: 4, height: 2)
    #expect(r.row(1) == Rect(x: 2, y: 4, width: 4, height: 1))
    #expect(r.row(2).isEmpty)
    #expect(r.row(-1).isEmpty)
  }
}
