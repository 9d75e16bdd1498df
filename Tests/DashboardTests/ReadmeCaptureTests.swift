import Foundation
import Testing

/// The README shows a text capture of the dashboard; it must be the screen the golden test
/// records, so the picture a newcomer sees first never drifts from what the app draws.
@Suite struct ReadmeCaptureTests {
  @Test func readmeShowsTheServicesGolden() throws {
    let golden = try String(contentsOf: Golden.directory.appendingPathComponent("all-120x40-services.txt"), encoding: .utf8)
    let screen = golden.components(separatedBy: "--- styles ---")[0].trimmingCharacters(in: .newlines)
    let readmeURL = Golden.directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("README.md")
    let readme = try String(contentsOf: readmeURL, encoding: .utf8)
    #expect(readme.contains("```text\n" + screen + "\n```"), "README.md's capture differs from Golden/all-120x40-services.txt: paste the golden's text part into README.md")
  }
}
