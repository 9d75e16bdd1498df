import Foundation
import ProcessSupport
import Testing

/// `ecsim themes`: the list, `--check` and `--show`, run as a user would.
@Suite(.serialized) struct ThemesCommandTests {
  @Test func listsTheShippedThemesAndTheUserFolder() async throws {
    let r = try await CLITests.ecsim(["themes"])
    #expect(r.status == .exited(0), "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first?.hasPrefix("NAME") == true && lines.first?.contains("FROM") == true)
    let names = lines.dropFirst().prefix { !$0.isEmpty }.map { $0.split(separator: " ").first.map(String.init) ?? "" }
    for name in ["default", "ansi16", "colorblind", "light", "presenter", "monochrome"] {
      #expect(names.contains(name), "\(name) missing from:\n\(r.stdout)")
    }
    #expect(r.stdout.contains("Dark, on the terminal's own background (the reference, with every role commented)"))
    #expect(r.stdout.contains("Put your own themes in "))
    #expect(r.stdout.contains("/ecsim/themes/NAME.yaml\n"))
  }

  @Test func checkAcceptsAShippedTheme() async throws {
    let r = try await CLITests.ecsim(["themes", "--check", "colorblind"])
    #expect(r.status == .exited(0), "\(r.stderr)")
    #expect(r.stdout == "ok: colorblind (42 roles)\n")
  }

  @Test func checkReportsABrokenFileWithItsLocation() async throws {
    let path = try CLITests.tempFile("broken-theme.yaml", """
      description: broken on purpose
      styles:
        text: {fg: default}
        selecton: {fg: default, bg: blue}

      """)
    let r = try await CLITests.ecsim(["themes", "--check", path])
    #expect(r.status == .exited(2))
    #expect(r.stdout == "")
    #expect(r.stderr == "\(path):4:3: error: styles: unknown role 'selecton'; did you mean 'selection'?\n")
  }

  @Test func checkReportsAnUnknownName() async throws {
    let r = try await CLITests.ecsim(["themes", "--check", "ligth"])
    #expect(r.status == .exited(2))
    #expect(r.stderr.hasPrefix("error: no theme named 'ligth'; the themes are default, ansi16, colorblind, light, presenter"))
    #expect(r.stderr.hasSuffix("; did you mean 'light'?\n"))
  }

  @Test func showPrintsAThemeThatChecksClean() async throws {
    let r = try await CLITests.ecsim(["themes", "--show", "presenter"])
    #expect(r.status == .exited(0))
    #expect(r.stdout.contains("\nborder: heavy\n"))
    let path = try CLITests.tempFile("copy.yaml", r.stdout)
    let check = try await CLITests.ecsim(["themes", "--check", path])
    #expect(check.stdout == "ok: copy (42 roles)\n", "\(check.stderr)")
  }
}
